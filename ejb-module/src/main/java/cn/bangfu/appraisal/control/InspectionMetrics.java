package cn.bangfu.appraisal.control;

import static cn.bangfu.appraisal.control.ScalarRows.id;

import cn.bangfu.inspection.entity.RectificationState;
import cn.bangfu.inspection.entity.Severity;
import java.util.List;
import java.util.Map;

/**
 * The inspection's metrics of units ({@link UnitMetrics}), in two queries.
 * <ul>
 * <li><b>Findings</b> are dated by their inspection visit's day (made on site; a round's schedule no longer moves once
 * findings can be filed) and count for the unit responsible.
 * <li><b>Rectifications overdue</b> are those of the unit's findings in the campaign still OPEN with their deadline before
 * {@code end}, as {@link cn.bangfu.inspection.entity.Rectification#overdue} says it on that day. A rectification keeps no
 * state of the past, so a period that ended is judged by today's state.
 * </ul>
 */
final class InspectionMetrics {

    static final String FINDINGS = "select f.unit.id, f.id, f.version, f.severity from Finding f join f.visit v join f.round rd"
            + " where rd.campaign.id = :campaign and f.unit.id in :units and v.day >= :from and v.day <= :until";

    // the rectification's unit is its finding's, copied when issued (neither changes): its index holds unit, state and deadline
    static final String RECTIFICATIONS_OVERDUE = "select r.unit.id, r.id, r.version from Rectification r join r.finding f"
            + " join f.round rd where rd.campaign.id = :campaign and r.unit.id in :units and r.state = :open and r.deadline < :until";

    private final ScalarRows rows;

    InspectionMetrics(ScalarRows rows) {
        this.rows = rows;
    }

    void tally(MetricsPeriod p, List<Long> units, Map<Long, UnitTally> tallies) {
        findings(p, units, tallies);
        rectificationsOverdue(p, units, tallies);
    }

    private void findings(MetricsPeriod p, List<Long> units, Map<Long, UnitTally> tallies) {
        for (Object[] r : rows.of(FINDINGS).setParameter("campaign", p.campaignId()).setParameter("units", units)
                .setParameter("from", p.from()).setParameter("until", p.end()).getResultList()) {
            Metric metric = switch ((Severity) r[3]) {
                case MINOR -> Metric.FINDINGS_MINOR;
                case MAJOR -> Metric.FINDINGS_MAJOR;
                case SERIOUS -> Metric.FINDINGS_SERIOUS;
            };
            tallies.get(id(r[0])).count(metric, new SourceRef(SourceRef.FINDING, id(r[1]), id(r[2])));
        }
    }

    private void rectificationsOverdue(MetricsPeriod p, List<Long> units, Map<Long, UnitTally> tallies) {
        for (Object[] r : rows.of(RECTIFICATIONS_OVERDUE).setParameter("campaign", p.campaignId())
                .setParameter("units", units).setParameter("open", RectificationState.OPEN).setParameter("until", p.end()).getResultList()) {
            tallies.get(id(r[0])).count(Metric.RECTIFICATIONS_OVERDUE, new SourceRef(SourceRef.RECTIFICATION, id(r[1]), id(r[2])));
        }
    }
}
