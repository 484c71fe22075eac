package cn.bangfu.web.campaign;

import java.time.Clock;
import cn.bangfu.campaign.boundary.Visits;
import cn.bangfu.campaign.entity.AssignmentUnitData;
import cn.bangfu.campaign.entity.VisitData;
import cn.bangfu.campaign.entity.VisitMode;
import cn.bangfu.org.entity.CadreData;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The "log a visit" dialog on a target's timeline, for the units of its team: day, form, the units and
 * cadres present, what was learned and what follows up.
 */
@Named
@ViewScoped
public class VisitLog implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("visitDate", "visitForm:visitDate", "form", "visitForm:form",
            "units", "visitForm:units", "cadres", "visitForm:cadres", "learned", "visitForm:learned", "followUps", "visitForm:followUps");

    @Inject
    TargetTimelinePage page;

    @Inject
    Visits visits;

    private LocalDate visitDate;
    private String visitForm;
    private List<String> visitUnits = new ArrayList<>();
    private List<String> visitCadres = new ArrayList<>();
    private String learned;
    private String followUps;
    private List<CadreData> cadreChoices;

    /** Opens the dialog: today, a field visit, every unit of the team preselected. */
    public void newVisit() {
        visitDate = LocalDate.now(clock);
        visitForm = VisitMode.FIELD.name();
        visitUnits = new ArrayList<>(page.getTimeline().team().units().stream().map(AssignmentUnitData::code).toList());
        visitCadres = new ArrayList<>();
        learned = null;
        followUps = null;
    }

    public void logVisit() {
        List<Long> cadres = visitCadres.stream().map(Long::valueOf).toList();
        VisitData visit = new VisitData(null, null, null, page.getTarget(), visitDate, visitForm, visitUnits, null, cadres, null, learned,
                followUps, null, null, null, null, null);
        page.act(() -> visits.log(page.getCampaign(), visit), INPUTS, "visit.logged");
    }

    /** The cadres of the team's units, for the "cadres present" picker. */
    public List<CadreData> getCadreChoices() {
        if (cadreChoices == null) {
            cadreChoices = page.isMember() ? visits.cadres(page.getCampaign(), page.getTarget(), "") : List.of();
        }
        return cadreChoices;
    }

    public List<String> getForms() {
        return Arrays.stream(VisitMode.values()).map(Enum::name).toList();
    }

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public void setVisitDate(LocalDate visitDate) {
        this.visitDate = visitDate;
    }

    public String getVisitForm() {
        return visitForm;
    }

    public void setVisitForm(String visitForm) {
        this.visitForm = visitForm;
    }

    public List<String> getVisitUnits() {
        return visitUnits;
    }

    public void setVisitUnits(List<String> visitUnits) {
        this.visitUnits = visitUnits;
    }

    public List<String> getVisitCadres() {
        return visitCadres;
    }

    public void setVisitCadres(List<String> visitCadres) {
        this.visitCadres = visitCadres;
    }

    public String getLearned() {
        return learned;
    }

    public void setLearned(String learned) {
        this.learned = learned;
    }

    public String getFollowUps() {
        return followUps;
    }

    public void setFollowUps(String followUps) {
        this.followUps = followUps;
    }
}
