package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.InspectionSchedules;
import cn.bangfu.inspection.entity.MyInspectionData;
import cn.bangfu.web.platform.Labels;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 我的督查 (inspection/mine.xhtml): an inspector's inspections in published rounds, day by day (the last two weeks' too,
 * for findings filed after the day), each opening the page he files findings on, sized for the phone he carries on
 * site. Nothing on it changes, so it lives for one request.
 */
@Named
@RequestScoped
public class MyInspectionsPage {

    /** One day of inspections: the date, whether it is today or past, its weekday in the reader's language, and the visits. */
    public record Day(LocalDate date, boolean today, boolean past, String weekday, List<MyInspectionData> visits) {
    }

    @Inject
    InspectionSchedules schedules;

    @Inject
    Clock clock;

    @Inject
    Labels labels;

    private List<Day> days;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now(clock);
        Map<LocalDate, List<MyInspectionData>> byDay = new TreeMap<>();
        for (MyInspectionData v : schedules.mine()) {
            byDay.computeIfAbsent(v.date(), d -> new ArrayList<>()).add(v);
        }
        days = byDay.entrySet().stream().map(e -> new Day(e.getKey(), e.getKey().equals(today), e.getKey().isBefore(today),
                e.getKey().getDayOfWeek().getDisplayName(TextStyle.SHORT, labels.locale()), List.copyOf(e.getValue()))).toList();
    }

    public List<Day> getDays() {
        return days;
    }
}
