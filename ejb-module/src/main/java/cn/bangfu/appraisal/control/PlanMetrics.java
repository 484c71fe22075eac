package cn.bangfu.appraisal.control;

import static cn.bangfu.appraisal.control.ScalarRows.id;

import cn.bangfu.appraisal.control.TargetMetrics.Helped;
import cn.bangfu.campaign.entity.AssistancePlan;
import cn.bangfu.campaign.entity.PlanStatus;
import cn.bangfu.campaign.entity.UnitRole;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assistance plan metrics of units ({@link UnitMetrics}), in one query, asked only when some unit leads a target. The
 * plans are those of the targets the unit leads in an assignment valid in the period ({@link TargetMetrics}). A plan is
 * filed when SUBMITTED or APPROVED and first submitted by {@code end} (a first submission after {@code end} was not there
 * then); on time when that was by the plan deadline, or always without one; days late as {@link AssistancePlan#daysLate}
 * counts them, up to {@code end} for a plan not submitted by then. A late target without any plan names its assignment
 * instead. A plan keeps no status of the past, so a period that ended is judged by today's status (the dates it keeps,
 * first submission and deadline, are the period's).
 */
final class PlanMetrics {

    static final String PLANS = "select distinct p.target.id, p.id, p.version, p.status, p.submittedOn from AssistancePlan p,"
            + " AssignmentUnit au join au.assignment a where p.campaign.id = :campaign and au.unit.id in :units and au.role = :leading"
            + " and a.campaign.id = :campaign and a.target = p.target and a.validFrom <= :until";

    private final ScalarRows rows;

    PlanMetrics(ScalarRows rows) {
        this.rows = rows;
    }

    /** @param helped unit id → target id → how the unit helps the target ({@link TargetMetrics#tally}) */
    void tally(MetricsPeriod p, List<Long> units, Map<Long, Map<Long, Helped>> helped, Map<Long, UnitTally> tallies) {
        if (helped.values().stream().flatMap(t -> t.values().stream()).noneMatch(Helped::led)) {
            return;
        }
        Map<Long, Plan> plans = new HashMap<>();
        for (Object[] r : rows.of(PLANS).setParameter("campaign", p.campaignId()).setParameter("units", units)
                .setParameter("leading", UnitRole.LEADING).setParameter("until", p.end()).getResultList()) {
            plans.put(id(r[0]), new Plan(id(r[1]), id(r[2]), (PlanStatus) r[3], (LocalDate) r[4]));
        }
        helped.forEach((unit, targets) -> targets.values().stream().filter(Helped::led)
                .forEach(t -> plan(tallies.get(unit), t, plans.get(t.targetId()), p)));
    }

    private static void plan(UnitTally tally, Helped target, Plan plan, MetricsPeriod p) {
        LocalDate submitted = plan == null ? null : plan.submittedBy(p.end());
        int late = AssistancePlan.daysLate(p.planDeadline(), submitted, p.end());
        if (late > 0) {
            tally.plus(Metric.PLAN_DAYS_LATE, late);
        }
        if (plan == null) {
            if (late > 0) {
                target.valid().stream().filter(h -> h.role() == UnitRole.LEADING).forEach(h -> tally.add(Metric.PLAN_DAYS_LATE, h.ref()));
            }
            return;
        }
        if (late > 0) {
            tally.add(Metric.PLAN_DAYS_LATE, plan.ref());
        }
        if (submitted != null && plan.status().filed()) {
            tally.count(Metric.PLANS_FILED, plan.ref());
            if (late == 0) {
                tally.count(Metric.PLANS_ON_TIME, plan.ref());
            }
        }
    }

    private record Plan(long id, long version, PlanStatus status, LocalDate submittedOn) {

        /** The first submission if it was made by {@code end}. */
        LocalDate submittedBy(LocalDate end) {
            return submittedOn == null || submittedOn.isAfter(end) ? null : submittedOn;
        }

        SourceRef ref() {
            return new SourceRef(SourceRef.PLAN, id, version);
        }
    }
}
