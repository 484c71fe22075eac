package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.AttachmentInfo;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The assistance plan (帮扶方案) of one target in one campaign, filed by its leading unit before the
 * campaign's plan deadline: goals, measures (each with a responsible unit and a due date), comments of
 * the co-units, attachments. States: DRAFT → SUBMITTED → APPROVED, or → RETURNED (with a reason) →
 * SUBMITTED again. Only the leading unit files and submits, the units of the target comment, only the
 * office approves or returns. A plan first submitted after the deadline stays late by the days it was late.
 */
@Entity
@Table(name = "assistance_plan")
@NamedQuery(name = AssistancePlan.OF_TARGET, query = "select p from AssistancePlan p join fetch p.leadingUnit"
        + " where p.campaign = :campaign and p.target = :target")
@NamedQuery(name = AssistancePlan.BY_ID, query = "select p from AssistancePlan p join fetch p.campaign c join fetch c.region"
        + " join fetch p.target t join fetch t.region join fetch p.leadingUnit where p.id = :id")
// rows of (target id, plan): see CampaignPlans
@NamedQuery(name = AssistancePlan.OF_CAMPAIGN, query = "select p.target.id, p from AssistancePlan p where p.campaign = :campaign")
// rows of (campaign id, target id, plan) for one page of targets of several campaigns: see LedTargetSearch
@NamedQuery(name = AssistancePlan.OF_TARGETS, query = "select p.campaign.id, p.target.id, p from AssistancePlan p"
        + " where p.campaign.id in :campaigns and p.target.id in :targets")
public class AssistancePlan implements Audited, Versioned {

    public static final String OF_TARGET = "AssistancePlan.ofTarget";
    public static final String BY_ID = "AssistancePlan.byId";
    public static final String OF_CAMPAIGN = "AssistancePlan.ofCampaign";
    public static final String OF_TARGETS = "AssistancePlan.ofTargets";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false, updatable = false)
    private AssistanceTarget target;

    /** The unit that filed it; after a reassignment the new leading unit takes it over. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leading_unit_id", nullable = false)
    private Unit leadingUnit;

    @Column(length = 4000)
    private String goals;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status;

    @Column(name = "submitted_on")
    private LocalDate submittedOn;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "return_reason", length = 1000)
    private String returnReason;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("seqNo")
    private List<PlanMeasure> measures = new ArrayList<>();

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @OrderBy("createdAt")
    private List<PlanComment> comments = new ArrayList<>();

    @Version
    private long version;

    protected AssistancePlan() {
    }

    /** A new draft of the target's leading unit. */
    public AssistancePlan(Campaign campaign, AssistanceTarget target, Unit leadingUnit) {
        this.campaign = Objects.requireNonNull(campaign);
        this.target = Objects.requireNonNull(target);
        this.leadingUnit = Objects.requireNonNull(leadingUnit);
        this.status = PlanStatus.DRAFT;
    }

    /** A measure as the leading unit enters it; the responsible unit is one of the target's units. */
    public record MeasureInput(String text, Unit responsibleUnit, LocalDate dueDate) {
    }

    /**
     * Replaces goals and measures. Only the leading unit, only while DRAFT or RETURNED.
     *
     * @throws ForbiddenException   for anyone but the leading unit
     * @throws ConflictException    when the plan is submitted or approved
     * @throws InvalidInputException for a measure without text
     */
    public void edit(PlanActor actor, String goals, List<MeasureInput> input) {
        requireLeading(actor);
        if (!status.editable()) {
            throw new ConflictException(FieldError.of("status", "plan.notEditable", status.name()));
        }
        List<FieldError> errors = new ArrayList<>();
        String g = Text.clean(goals);
        if (Text.longerThan(g, 4000)) {
            errors.add(FieldError.of("goals", "field.tooLong", 4000));
        }
        List<MeasureInput> list = input == null ? List.of() : input;
        for (int i = 0; i < list.size(); i++) {
            MeasureInput m = list.get(i);
            String t = m == null ? null : Text.clean(m.text());
            if (t == null) {
                errors.add(FieldError.of("measures[" + i + "].text", "field.required"));
            } else if (Text.longerThan(t, 1000)) {
                errors.add(FieldError.of("measures[" + i + "].text", "field.tooLong", 1000));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.goals = g;
        measures.clear();
        int seq = 0;
        for (MeasureInput m : list) {
            measures.add(new PlanMeasure(this, seq++, Text.clean(m.text()), m.responsibleUnit(), m.dueDate()));
        }
    }

    /**
     * Submits the plan to the office. It needs goals and at least one measure, each with a responsible
     * unit and a due date. The first submission fixes {@link #getSubmittedOn()}, which its lateness counts from.
     */
    public void submit(PlanActor actor, Instant now, LocalDate today) {
        requireLeading(actor);
        if (!status.editable()) {
            throw new ConflictException(FieldError.of("status", "plan.notSubmittable", status.name()));
        }
        List<FieldError> errors = new ArrayList<>();
        if (goals == null) {
            errors.add(FieldError.of("goals", "field.required"));
        }
        if (measures.isEmpty()) {
            errors.add(FieldError.of("measures", "plan.measures.required"));
        }
        for (int i = 0; i < measures.size(); i++) {
            if (measures.get(i).getResponsibleUnit() == null) {
                errors.add(FieldError.of("measures[" + i + "].unit", "field.required"));
            }
            if (measures.get(i).getDueDate() == null) {
                errors.add(FieldError.of("measures[" + i + "].dueDate", "field.required"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        status = PlanStatus.SUBMITTED;
        submittedAt = now;
        if (submittedOn == null) {
            submittedOn = today;
        }
        returnReason = null;
    }

    /** The office approves a submitted plan. */
    public void approve(PlanActor actor, Instant now) {
        requireOffice(actor);
        requireSubmitted();
        status = PlanStatus.APPROVED;
        decidedAt = now;
        decidedBy = actor.login();
    }

    /** The office returns a submitted plan to the leading unit; the reason is required. */
    public void returnWith(PlanActor actor, String reason, Instant now) {
        requireOffice(actor);
        String r = Text.clean(reason);
        if (r == null) {
            throw new InvalidInputException(FieldError.of("reason", "plan.returnReason.required"));
        }
        if (Text.longerThan(r, 1000)) {
            throw new InvalidInputException(FieldError.of("reason", "field.tooLong", 1000));
        }
        requireSubmitted();
        status = PlanStatus.RETURNED;
        decidedAt = now;
        decidedBy = actor.login();
        returnReason = r;
    }

    /** A unit of the target (a co-unit, or the leading unit answering) or the office comments, in any state. */
    public PlanComment comment(PlanActor actor, Unit unit, String text, Instant now) {
        if (actor.role() == null && !actor.office()) {
            throw new ForbiddenException(actor.login() + " is no unit of target " + target.getId());
        }
        String t = Text.clean(text);
        if (t == null) {
            throw new InvalidInputException(FieldError.of("text", "field.required"));
        }
        if (Text.longerThan(t, 2000)) {
            throw new InvalidInputException(FieldError.of("text", "field.tooLong", 2000));
        }
        PlanComment c = new PlanComment(this, actor.role() == null ? null : unit, actor.login(), t, now);
        comments.add(c);
        return c;
    }

    /** After a reassignment the new leading unit carries the plan on. */
    public void handOver(Unit newLeading) {
        this.leadingUnit = Objects.requireNonNull(newLeading);
    }

    /** Days after the campaign's plan deadline: today's for a plan not yet submitted, else those of its first submission. */
    public int daysLate(LocalDate today) {
        return daysLate(campaign.getPlanDeadline(), submittedOn, today);
    }

    /**
     * Days a plan is late against a deadline: none without a deadline or when submitted by it; the days
     * up to its first submission when submitted later; the days up to today while not submitted (also
     * for a plan that was never drafted at all).
     */
    public static int daysLate(LocalDate deadline, LocalDate submittedOn, LocalDate today) {
        if (deadline == null) {
            return 0;
        }
        LocalDate until = submittedOn != null ? submittedOn : today;
        return (int) Math.max(0, ChronoUnit.DAYS.between(deadline, until));
    }

    private void requireLeading(PlanActor actor) {
        if (!actor.leading()) {
            throw new ForbiddenException(actor.login() + " is not the leading unit of target " + target.getId());
        }
    }

    private static void requireOffice(PlanActor actor) {
        if (!actor.office()) {
            throw new ForbiddenException(actor.login() + " does not act for the campaign office");
        }
    }

    private void requireSubmitted() {
        if (status != PlanStatus.SUBMITTED) {
            throw new ConflictException(FieldError.of("status", "plan.notSubmitted", status.name()));
        }
    }


    /** The plan as pages and the API show it to the viewer, with what he may do with it. */
    public PlanData data(LocalDate today, List<AttachmentInfo> attachments, PlanActor viewer) {
        return new PlanData(id, campaign.getCode(), TargetRef.of(target), target.getId(), leadingUnit.getCode(), leadingUnit.getName(),
                goals, status.name(), measures.stream().map(PlanMeasure::data).toList(), comments.stream().map(PlanComment::data).toList(),
                attachments, submittedOn, submittedAt, decidedAt, decidedBy, returnReason, daysLate(today), version, status.actions(viewer));
    }

    @Override
    public String auditType() {
        return "AssistancePlan";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("campaign", campaign == null ? null : campaign.getCode());
        m.put("target", target == null ? null : target.getId() + " " + target.getName());
        m.put("leadingUnit", leadingUnit == null ? null : leadingUnit.getCode());
        m.put("goals", goals);
        m.put("measures", measures.isEmpty() ? null : measures.stream().map(PlanMeasure::auditText).collect(Collectors.joining("; ")));
        m.put("status", status == null ? null : status.name());
        m.put("submittedOn", submittedOn == null ? null : submittedOn.toString());
        m.put("returnReason", returnReason);
        m.put("comments", String.valueOf(comments.size()));
        return m;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public AssistanceTarget getTarget() {
        return target;
    }

    public Unit getLeadingUnit() {
        return leadingUnit;
    }

    public String getGoals() {
        return goals;
    }

    public PlanStatus getStatus() {
        return status;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getReturnReason() {
        return returnReason;
    }

    public List<PlanMeasure> getMeasures() {
        return Collections.unmodifiableList(measures);
    }

    public List<PlanComment> getComments() {
        return Collections.unmodifiableList(comments);
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, AssistancePlan::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
