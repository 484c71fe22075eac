package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.InspectionSchedules;
import cn.bangfu.inspection.entity.InspectionVisitData;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Moving one visit of a round's schedule by hand: another team, another day within the round's window, pinned so that
 * solving again keeps it; no team and no day take it off the schedule. A move that breaks a hard rule is refused with
 * the rule in words, shown in the dialog.
 */
@Named
@ViewScoped
public class VisitMoveDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("visits[0].team", "moveForm:team", "visits[0].date", "moveForm:date");

    @Inject
    InspectionRoundPage page;

    @Inject
    InspectionSchedules schedules;

    private InspectionVisitData visit;
    private Long team;
    private LocalDate date;
    private boolean pinned;

    public void open(InspectionVisitData v) {
        visit = v;
        team = v.team();
        date = v.date();
        pinned = Boolean.TRUE.equals(v.pinned());
    }

    public void save() {
        InspectionVisitData move = new InspectionVisitData(visit.id(), team, null, null, date, team != null && pinned, visit.version());
        page.change(() -> schedules.move(page.getCampaign(), page.getRound(), List.of(move)), INPUTS, "common.saved");
    }

    public InspectionVisitData getVisit() {
        return visit;
    }

    public Long getTeam() {
        return team;
    }

    public void setTeam(Long team) {
        this.team = team;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }
}
