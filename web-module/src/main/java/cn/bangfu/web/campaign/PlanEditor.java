package cn.bangfu.web.campaign;

import cn.bangfu.campaign.boundary.Plans;
import cn.bangfu.campaign.entity.MeasureData;
import cn.bangfu.campaign.entity.PlanAction;
import cn.bangfu.campaign.entity.PlanData;
import cn.bangfu.org.boundary.MyAccount;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/**
 * The plan editor on a target's timeline: its leading unit drafts the plan (goals, measures each with a
 * responsible unit and a due date), saves or submits it, and attaches files. Shown while the timeline's
 * plan actions allow it (none yet, a draft or a returned plan).
 */
@Named
@ViewScoped
public class PlanEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("goals", "planForm:goals", "measures", "planForm:measures");

    @Inject
    TargetTimelinePage page;

    @Inject
    Plans plans;

    @Inject
    MyAccount myAccount;

    private String goals;
    /** Null until shown: then filled from the plan as stored, and again after each save. */
    private List<MeasureRow> measures;

    /** One editable measure row of the plan form. */
    public static class MeasureRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String text;
        private String unit;
        private LocalDate dueDate;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public LocalDate getDueDate() {
            return dueDate;
        }

        public void setDueDate(LocalDate dueDate) {
            this.dueDate = dueDate;
        }

        boolean blank() {
            return (text == null || text.isBlank()) && (unit == null || dueDate == null);
        }
    }

    private void fill() {
        PlanData p = page.getTimeline() == null ? null : page.getTimeline().plan();
        goals = p == null ? null : p.goals();
        measures = new ArrayList<>();
        if (p != null) {
            for (MeasureData m : p.measures()) {
                MeasureRow r = new MeasureRow();
                r.text = m.text();
                r.unit = m.unit();
                r.dueDate = m.dueDate();
                measures.add(r);
            }
        }
        if (measures.isEmpty()) {
            addMeasure();
        }
    }

    /** A new row, the caller's own unit responsible for it until he picks another. */
    public void addMeasure() {
        MeasureRow r = new MeasureRow();
        r.unit = myAccount.scope().unitCode();
        getMeasures().add(r);
    }

    public void removeMeasure(MeasureRow r) {
        getMeasures().remove(r);
    }

    public void savePlan() {
        file(false);
    }

    public void submitPlan() {
        file(true);
    }

    private void file(boolean submit) {
        PlanData stored = page.getTimeline().plan();
        List<MeasureData> list = getMeasures().stream().filter(m -> !m.blank()).map(m -> new MeasureData(m.text, m.unit, null, m.dueDate)).toList();
        PlanData data = PlanData.of(page.getTarget(), goals, list, submit, stored == null ? null : stored.version());
        if (page.act(() -> plans.file(page.getCampaign(), data), INPUTS, submit ? "plan.submitted" : "common.saved")) {
            measures = null;
        }
    }

    /** The leading unit attaches a file to its plan (pdf, doc(x), xls(x), jpg, png; at most 10 MB). */
    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        byte[] content = event.getFile().getContent();
        page.act(() -> plans.attach(page.getCampaign(), page.getTimeline().plan().id(), name, content), Map.of(), "plan.attached", name);
    }

    /** None yet, a draft or a returned plan, and the caller its leading unit. */
    public boolean isEditable() {
        return page.may(PlanAction.EDIT);
    }

    public boolean isAttachable() {
        return page.may(PlanAction.ATTACH);
    }

    public String getGoals() {
        if (measures == null) {
            fill();
        }
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public List<MeasureRow> getMeasures() {
        if (measures == null) {
            fill();
        }
        return measures;
    }
}
