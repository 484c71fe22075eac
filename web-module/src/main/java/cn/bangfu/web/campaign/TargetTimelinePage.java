package cn.bangfu.web.campaign;

import cn.bangfu.campaign.boundary.Plans;
import cn.bangfu.campaign.boundary.Visits;
import cn.bangfu.campaign.entity.AssignmentUnitData;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.campaign.entity.MeasureData;
import cn.bangfu.campaign.entity.PlanData;
import cn.bangfu.campaign.entity.Timeline;
import cn.bangfu.campaign.entity.VisitData;
import cn.bangfu.campaign.entity.VisitMode;
import cn.bangfu.org.boundary.MyAccount;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.web.platform.FacesErrors;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A target's team timeline (campaign/target.xhtml?campaign=…&amp;target=…): the team, each unit's share
 * of the visits, the plan (filed and submitted by the leading unit, commented by the co-units, approved
 * or returned by the office) and every visit and plan event newest first; the "log a visit" dialog.
 */
@Named
@ViewScoped
public class TargetTimelinePage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> PLAN_INPUTS = Map.of("goals", "planForm:goals", "measures", "planForm:measures",
            "reason", "decideForm:reason", "text", "commentForm:comment");
    private static final Map<String, String> VISIT_INPUTS = Map.of("visitDate", "visitForm:visitDate", "form", "visitForm:form",
            "units", "visitForm:units", "cadres", "visitForm:cadres", "learned", "visitForm:learned", "followUps", "visitForm:followUps");

    @Inject
    Clock clock;

    @Inject
    Visits visits;

    @Inject
    Plans plans;

    @Inject
    FacesErrors errors;

    @Inject
    MyAccount myAccount;

    private String myUnitCode;

    private String campaign;
    private Long target;
    private Timeline timeline;
    private boolean missing;

    private String goals;
    private List<MeasureRow> measures = new ArrayList<>();
    private String comment;
    private String reason;

    private LocalDate visitDate;
    private String visitForm;
    private List<String> visitUnits = new ArrayList<>();
    private List<String> visitCadres = new ArrayList<>();
    private String learned;
    private String followUps;
    private List<CadreData> cadreChoices;

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
    }

    /** Called by f:viewAction once the parameters are set. */
    public void load() {
        if (campaign == null || target == null) {
            missing = true;
            return;
        }
        try {
            timeline = visits.timeline(campaign, target);
            missing = false;
            fillPlanForm();
        } catch (NotFoundException | ForbiddenException | EJBAccessException e) {
            missing = true;
            timeline = null;
        }
    }

    private void fillPlanForm() {
        PlanData p = timeline.plan();
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

    public void addMeasure() {
        MeasureRow r = new MeasureRow();
        r.unit = isLeading() ? myUnit() : null;
        measures.add(r);
    }

    public void removeMeasure(MeasureRow r) {
        measures.remove(r);
    }

    public void savePlan() {
        filePlan(null);
    }

    public void submitPlan() {
        filePlan("SUBMITTED");
    }

    private void filePlan(String status) {
        PlanData p = timeline.plan();
        List<MeasureData> list = measures.stream().filter(m -> m.text != null && !m.text.isBlank() || m.unit != null && m.dueDate != null)
                .map(m -> new MeasureData(m.text, m.unit, null, m.dueDate)).toList();
        PlanData data = new PlanData(null, null, null, target, null, null, goals, status, list, null, null, null, null, null, null, null, 0,
                p == null ? null : p.version());
        try {
            plans.file(campaign, data);
            errors.info(status == null ? "common.saved" : "plan.submitted");
            load();
        } catch (InvalidInputException e) {
            errors.show(e, PLAN_INPUTS);
        } catch (ForbiddenException | EJBAccessException e) {
            errors.error("common.forbidden");
        }
    }

    public void approve() {
        decide(() -> plans.approve(campaign, timeline.plan().id(), timeline.plan().version()), "plan.approved");
    }

    public void returnPlan() {
        decide(() -> plans.returnPlan(campaign, timeline.plan().id(), reason, timeline.plan().version()), "plan.returned");
    }

    public void addComment() {
        decide(() -> plans.comment(campaign, timeline.plan().id(), comment), "plan.commented");
    }

    private void decide(Runnable action, String done) {
        try {
            action.run();
            errors.info(done);
            comment = null;
            reason = null;
            load();
        } catch (InvalidInputException e) {
            errors.show(e, PLAN_INPUTS);
        } catch (ForbiddenException | EJBAccessException e) {
            errors.error("common.forbidden");
        }
    }

    /** The leading unit attaches a file to its plan (pdf, doc(x), xls(x), jpg, png; at most 10 MB). */
    public void upload(org.primefaces.event.FileUploadEvent event) {
        try {
            plans.attach(campaign, timeline.plan().id(), event.getFile().getFileName(), event.getFile().getContent());
            errors.info("plan.attached", event.getFile().getFileName());
            load();
        } catch (InvalidInputException e) {
            errors.show(e, Map.of());
        } catch (ForbiddenException | EJBAccessException e) {
            errors.error("common.forbidden");
        }
    }

    /** An attachment of the plan, for the download link. */
    public org.primefaces.model.StreamedContent download(long attachmentId) {
        Plans.FileData f = plans.attachment(campaign, timeline.plan().id(), attachmentId);
        byte[] bytes = f.content();
        return org.primefaces.model.DefaultStreamedContent.builder().name(f.fileName()).contentType(f.contentType())
                .contentLength((long) bytes.length).stream(() -> new java.io.ByteArrayInputStream(bytes)).build();
    }

    /** Opens the visit dialog: today, a field visit, every unit of the team preselected. */
    public void newVisit() {
        visitDate = LocalDate.now(clock);
        visitForm = VisitMode.FIELD.name();
        visitUnits = new ArrayList<>(timeline.team().units().stream().map(AssignmentUnitData::code).toList());
        visitCadres = new ArrayList<>();
        learned = null;
        followUps = null;
    }

    public void logVisit() {
        List<Long> cadres = visitCadres.stream().map(Long::valueOf).toList();
        try {
            visits.log(campaign, new VisitData(null, null, null, target, visitDate, visitForm, visitUnits, null, cadres, null, learned,
                    followUps, null, null, null, null, null));
            errors.info("visit.logged");
            load();
        } catch (InvalidInputException e) {
            errors.show(e, VISIT_INPUTS);
        } catch (ForbiddenException | EJBAccessException e) {
            errors.error("common.forbidden");
        }
    }

    public List<CadreData> getCadreChoices() {
        if (cadreChoices == null) {
            cadreChoices = isMember() ? visits.cadres(campaign, target, "") : List.of();
        }
        return cadreChoices;
    }

    public List<String> getForms() {
        return java.util.Arrays.stream(VisitMode.values()).map(Enum::name).toList();
    }

    /** The caller's unit's code; null for users without a unit. */
    public String myUnit() {
        if (myUnitCode == null) {
            myUnitCode = myAccount.scope().unitCode();
        }
        return myUnitCode;
    }

    public boolean isMember() {
        return timeline != null && timeline.myRole() != null;
    }

    public boolean isLeading() {
        return timeline != null && "LEADING".equals(timeline.myRole());
    }

    /** The leading unit may change the plan: none yet, a draft or a returned one. */
    public boolean isPlanEditable() {
        PlanData p = timeline == null ? null : timeline.plan();
        return isLeading() && (p == null || "DRAFT".equals(p.status()) || "RETURNED".equals(p.status()));
    }

    public boolean isDecidable() {
        return timeline != null && timeline.plan() != null && "SUBMITTED".equals(timeline.plan().status());
    }

    public String unitName(String code) {
        if (timeline == null || timeline.team() == null) {
            return code;
        }
        return timeline.team().units().stream().filter(u -> u.code().equals(code)).map(AssignmentUnitData::name).findFirst().orElse(code);
    }

    public Map<String, FirstVisit> getShares() {
        Map<String, FirstVisit> m = new HashMap<>();
        if (timeline != null) {
            timeline.shares().forEach(s -> m.put(s.unit(), s));
        }
        return m;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public Timeline getTimeline() {
        return timeline;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getGoals() {
        return goals;
    }

    public void setGoals(String goals) {
        this.goals = goals;
    }

    public List<MeasureRow> getMeasures() {
        return measures;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
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
