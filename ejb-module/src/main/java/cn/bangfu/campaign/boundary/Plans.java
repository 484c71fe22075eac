package cn.bangfu.campaign.boundary;

import cn.bangfu.campaign.control.PlanNotice;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.Text;
import java.time.Clock;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.control.CampaignPlans;
import cn.bangfu.campaign.control.Teams;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.AssistancePlan;
import cn.bangfu.platform.entity.AttachmentInfo;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.MeasureData;
import cn.bangfu.campaign.entity.PlanActor;
import cn.bangfu.campaign.entity.PlanAttachment;
import cn.bangfu.campaign.entity.PlanData;
import cn.bangfu.campaign.entity.PlanRow;
import cn.bangfu.campaign.entity.PlanStatus;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.org.control.CallerScope;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assistance plans (帮扶方案): the leading unit of a target files and submits it, the target's units
 * comment, the office approves or returns it with a reason; the office lists missing and late plans.
 * Units see the plans of the targets they help now, the office those of its region; 404 otherwise.
 * Every change is in the audit trail.
 */
@Stateless
public class Plans {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CampaignPlans campaignPlans;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    Teams teams;

    @Inject
    AuditTrail audit;

    /** A file as stored: name, content type and bytes. */
    public record FileData(String fileName, String contentType, byte[] content) implements Serializable {
    }

    /**
     * Files the plan of a target (creates it, or changes the draft or the returned plan; send the version
     * read then). With {@code status} SUBMITTED it is submitted at once. Only the target's leading unit.
     */
    @RolesAllowed(Roles.UNIT)
    public PlanData file(String campaignCode, PlanData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        Teams.Team team = teams.of(scope, campaign, data.target(), data.targetId());
        PlanActor actor = team.actor(scope);
        if (team.assignment() == null) {
            throw new ConflictException(FieldError.of("target", "plan.target.notAssigned"));
        }
        if (!actor.leading()) {
            throw new ForbiddenException(scope.login() + " is not the leading unit of target " + team.target().getId());
        }
        List<AssistancePlan.MeasureInput> measures = measures(team, data.measures());
        AssistancePlan plan = em.createNamedQuery(AssistancePlan.OF_TARGET, AssistancePlan.class).setParameter("campaign", campaign)
                .setParameter("target", team.target()).getResultStream().findFirst().orElse(null);
        boolean submitted = PlanStatus.SUBMITTED.name().equalsIgnoreCase(data.status() == null ? "" : data.status().strip());
        Unit leading = team.assignment().leadingUnit();
        if (plan == null) {
            plan = new AssistancePlan(campaign, team.target(), leading);
            fill(plan, actor, data.goals(), measures, submitted);
            em.persist(plan);
            em.flush();
            audit.created(plan);
        } else {
            checkVersion(plan, data.version());
            AssistancePlan stored = plan;
            audit.update(stored, () -> {
                if (!stored.getLeadingUnit().equals(leading)) {
                    stored.handOver(leading);
                }
                fill(stored, actor, data.goals(), measures, submitted);
            });
            em.flush();
        }
        if (submitted) {
            em.persist(PlanNotice.submitted(plan, LocalDate.now(clock), clock.instant()));
        }
        return data(plan, actor);
    }

    /** What the leading unit wrote, and its submission if it submits it now. */
    private void fill(AssistancePlan plan, PlanActor actor, String goals, List<AssistancePlan.MeasureInput> measures, boolean submit) {
        plan.edit(actor, goals, measures);
        if (submit) {
            plan.submit(actor, clock.instant(), LocalDate.now(clock));
        }
    }

    /** The leading unit submits its plan to the office, which is told in its inbox. */
    @RolesAllowed(Roles.UNIT)
    public PlanData submit(String campaignCode, long planId, Long version) {
        return act(campaignCode, planId, version, "SUBMIT", (plan, actor) -> {
            plan.submit(actor, clock.instant(), LocalDate.now(clock));
            em.persist(PlanNotice.submitted(plan, LocalDate.now(clock), clock.instant()));
        });
    }

    /** The office approves a submitted plan. */
    @RolesAllowed(Roles.OFFICE)
    public PlanData approve(String campaignCode, long planId, Long version) {
        return act(campaignCode, planId, version, "APPROVE", (plan, actor) -> plan.approve(actor, clock.instant()));
    }

    /** The office returns a submitted plan with a reason. */
    @RolesAllowed(Roles.OFFICE)
    public PlanData returnPlan(String campaignCode, long planId, String reason, Long version) {
        return act(campaignCode, planId, version, "RETURN", (plan, actor) -> plan.returnWith(actor, reason, clock.instant()));
    }

    /** A unit of the target (or the office) comments on the plan. */
    @RolesAllowed({Roles.UNIT, Roles.OFFICE})
    public PlanData comment(String campaignCode, long planId, String text) {
        Scope scope = caller.get();
        Loaded l = load(scope, campaignCode, planId);
        Unit unit = scope.unitId() == null ? null : em.find(Unit.class, scope.unitId());
        PlanActor actor = l.team.actor(scope);
        audit.change(l.plan, "COMMENT", () -> l.plan.comment(actor, unit, text, clock.instant()));
        em.flush();
        return data(l.plan, actor);
    }

    /** The leading unit attaches a file (pdf, doc(x), xls(x), jpg, png; at most 10 MB). */
    @RolesAllowed(Roles.UNIT)
    public PlanData attach(String campaignCode, long planId, String fileName, byte[] content) {
        Scope scope = caller.get();
        Loaded l = load(scope, campaignCode, planId);
        PlanActor actor = l.team.actor(scope);
        if (!actor.leading()) {
            throw new ForbiddenException(scope.login() + " is not the leading unit of plan " + planId);
        }
        audit.change(l.plan, (PlanAttachment a) -> "ATTACH " + a.getFileName(), () -> {
            PlanAttachment a = new PlanAttachment(l.plan, fileName, content, scope.login(), clock.instant());
            em.persist(a);
            em.flush();
            return a;
        });
        return data(l.plan, actor);
    }

    /** An attachment's file, for whoever sees the plan. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public FileData attachment(String campaignCode, long planId, long attachmentId) {
        Loaded l = load(caller.get(), campaignCode, planId);
        PlanAttachment a = em.find(PlanAttachment.class, attachmentId);
        if (a == null || !a.getPlan().equals(l.plan)) {
            throw new NotFoundException("PlanAttachment", attachmentId);
        }
        return new FileData(a.getFileName(), a.getContentType(), a.getContent());
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public PlanData get(String campaignCode, long planId) {
        Scope scope = caller.get();
        Loaded l = load(scope, campaignCode, planId);
        return data(l.plan, l.team.actor(scope));
    }

    /** The plan of a target, null while its leading unit has not drafted one. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public PlanData ofTarget(String campaignCode, long targetId) {
        Scope scope = caller.get();
        Teams.Team team = teams.of(scope, campaigns.visible(scope, campaignCode), targetId);
        return em.createNamedQuery(AssistancePlan.OF_TARGET, AssistancePlan.class).setParameter("campaign", team.campaign())
                .setParameter("target", team.target()).getResultStream().findFirst().map(p -> data(p, team.actor(scope))).orElse(null);
    }

    /**
     * Every target the caller sees with a current assignment in the campaign, with its plan's status and
     * lateness; {@code attentionOnly}: just the missing, unfiled and late ones (most days late first).
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public List<PlanRow> overview(String campaignCode, boolean attentionOnly) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        var q = em.createNamedQuery(scope.unitOnly() ? Assignment.CURRENT_OF_UNIT : Assignment.CURRENT_WITHIN, Assignment.class)
                .setParameter("campaign", campaign);
        if (scope.unitOnly()) {
            q.setParameter("unit", scope.unitId());
        } else {
            q.setParameter("region", scope.pathPattern());
        }
        List<Assignment> assignments = q.getResultList();
        Map<Long, AssistancePlan> plans = campaignPlans.byTarget(campaign);
        Map<Long, Unit> leading = new HashMap<>();
        List<Long> ids = assignments.stream().map(Assignment::getId).toList();
        for (AssignmentUnit au : ChunkedLookup.all(em, Assignment.UNITS_OF, AssignmentUnit.class, "ids", ids)) {
            if (au.getRole() == cn.bangfu.campaign.entity.UnitRole.LEADING) {
                leading.put(au.getAssignment().getId(), au.getUnit());
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<PlanRow> rows = new ArrayList<>();
        for (Assignment a : assignments) {
            AssistancePlan p = plans.get(a.getTarget().getId());
            Unit lu = leading.get(a.getId());
            PlanRow row = new PlanRow(campaign.getCode(), a.getTarget().getId(), a.getTarget().getName(), lu == null ? null : lu.getCode(),
                    lu == null ? null : lu.getName(), a.getContactLeader().getName(), p == null ? null : p.getId(),
                    p == null ? PlanRow.MISSING : p.getStatus().name(), campaign.getPlanDeadline(), p == null ? null : p.getSubmittedOn(),
                    p == null ? AssistancePlan.daysLate(campaign.getPlanDeadline(), null, today) : p.daysLate(today));
            if (!attentionOnly || row.attention()) {
                rows.add(row);
            }
        }
        rows.sort(Comparator.comparingInt(PlanRow::daysLate).reversed().thenComparing(PlanRow::targetName));
        return rows;
    }

    private interface Action {
        void apply(AssistancePlan plan, PlanActor actor);
    }

    private PlanData act(String campaignCode, long planId, Long version, String name, Action action) {
        Scope scope = caller.get();
        Loaded l = load(scope, campaignCode, planId);
        checkVersion(l.plan, version);
        PlanActor actor = l.team.actor(scope);
        audit.change(l.plan, name, () -> action.apply(l.plan, actor));
        em.flush();
        return data(l.plan, actor);
    }

    private record Loaded(AssistancePlan plan, Teams.Team team) {
    }

    private Loaded load(Scope scope, String campaignCode, long planId) {
        Campaign campaign = campaigns.visible(scope, campaignCode);
        AssistancePlan plan = em.createNamedQuery(AssistancePlan.BY_ID, AssistancePlan.class).setParameter("id", planId).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("AssistancePlan", planId));
        if (!plan.getCampaign().equals(campaign)) {
            throw new NotFoundException("AssistancePlan", planId);
        }
        try {
            return new Loaded(plan, teams.of(scope, campaign, plan.getTarget().getId()));
        } catch (NotFoundException e) {
            throw new NotFoundException("AssistancePlan", planId);
        }
    }

    private static void checkVersion(AssistancePlan plan, Long version) {
        plan.requireVersion(version);
    }

    /** The measures with their units, which must be units of the target's team. */
    private List<AssistancePlan.MeasureInput> measures(Teams.Team team, List<MeasureData> input) {
        Map<String, Unit> units = new HashMap<>();
        for (AssignmentUnit au : team.units()) {
            units.put(au.getUnit().getCode(), au.getUnit());
        }
        List<FieldError> errors = new ArrayList<>();
        List<AssistancePlan.MeasureInput> list = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            MeasureData m = input.get(i);
            if (m == null) {
                errors.add(FieldError.of("measures[" + i + "].text", "field.required"));
                continue;
            }
            String code = Text.clean(m.unit());
            if (code != null && !units.containsKey(code)) {
                errors.add(FieldError.of("measures[" + i + "].unit", "plan.measure.unit", code));
            }
            list.add(new AssistancePlan.MeasureInput(m.text(), code == null ? null : units.get(code), m.dueDate()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return list;
    }

    /** The plan as the actor sees it, with what he may do with it now. */
    private PlanData data(AssistancePlan plan, PlanActor actor) {
        List<AttachmentInfo> files = plan.getId() == null ? List.of()
                : em.createNamedQuery(PlanAttachment.INFO_OF, AttachmentInfo.class).setParameter("plan", plan.getId()).getResultList();
        return plan.data(LocalDate.now(clock), files, actor);
    }
}
