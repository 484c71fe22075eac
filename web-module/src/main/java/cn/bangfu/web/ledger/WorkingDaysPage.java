package cn.bangfu.web.ledger;

import cn.bangfu.ledger.boundary.WorkingDays;
import cn.bangfu.ledger.entity.CalendarDayData;
import cn.bangfu.ledger.entity.CalendarYear;
import cn.bangfu.web.platform.DialogSave;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * 工作日历 (ledger/calendar.xhtml): a year's holidays and make-up working days as the State Council announced them,
 * which the deadlines count. Everyone reads it; a system administrator of the province enters a later year (or
 * corrects one), the whole year saved at once, every bad day told beside its row.
 */
@Named
@ViewScoped
public class WorkingDaysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    WorkingDays workingDays;

    @Inject
    DialogSave dialogSave;

    @Inject
    Clock clock;

    private int year;
    private List<Day> days;

    /** One row of the year, editable. */
    public static class Day implements Serializable {
        private static final long serialVersionUID = 1L;
        private LocalDate date;
        private String kind = "HOLIDAY";
        private String name;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @PostConstruct
    void init() {
        year = LocalDate.now(clock).getYear();
        load();
    }

    public void load() {
        days = new ArrayList<>();
        for (CalendarDayData d : workingDays.year(year).days()) {
            Day day = new Day();
            day.setDate(d.date());
            day.setKind(d.kind());
            day.setName(d.name());
            days.add(day);
        }
    }

    public void add() {
        days.add(new Day());
    }

    public void remove(Day day) {
        days.remove(day);
    }

    public void save() {
        List<CalendarDayData> sent = days.stream().map(d -> new CalendarDayData(d.getDate(), d.getKind(), d.getName())).toList();
        if (dialogSave.run(() -> workingDays.replace(year, new CalendarYear(year, sent)), Map.of(), "common.saved") != null) {
            load();
        }
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(clock).getYear();
        return IntStream.rangeClosed(now - 2, now + 2).boxed().toList();
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Day> getDays() {
        return days;
    }
}
