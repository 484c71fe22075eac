package cn.bangfu.appraisal.control;

import static cn.bangfu.appraisal.control.ScalarRows.id;

import cn.bangfu.campaign.entity.UnitRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets each unit helps in the period ({@link UnitMetrics}), from one query of its assignments: the TARGETS metric,
 * and what the plan and visit metrics go by. The targets are those of the assignments that name the unit, as leading unit
 * or co-unit, and are valid on some day from {@code from} to {@code end}; an assignment is valid from {@code validFrom} up
 * to the day before {@code validTo} (the day its successor takes over).
 */
final class TargetMetrics {

    // every assignment of the units up to the end, not only the valid ones: a run of assignments starts before the period
    static final String ASSIGNMENTS = "select au.unit.id, au.role, a.id, a.version, a.target.id, a.validFrom, a.validTo"
            + " from AssignmentUnit au join au.assignment a where a.campaign.id = :campaign and au.unit.id in :units"
            + " and a.validFrom <= :until";

    private final ScalarRows rows;

    TargetMetrics(ScalarRows rows) {
        this.rows = rows;
    }

    /**
     * Tallies the targets of every unit.
     *
     * @return unit id → target id → how the unit helps the target in the period; units and targets without a valid
     *         assignment are absent
     */
    Map<Long, Map<Long, Helped>> tally(MetricsPeriod p, List<Long> units, Map<Long, UnitTally> tallies) {
        Map<Long, Map<Long, Helped>> helped = helped(p, units);
        helped.forEach((unit, targets) -> {
            UnitTally tally = tallies.get(unit);
            tally.set(Metric.TARGETS, targets.size());
            targets.values().forEach(t -> t.valid().forEach(h -> tally.add(Metric.TARGETS, h.ref())));
        });
        return helped;
    }

    private Map<Long, Map<Long, Helped>> helped(MetricsPeriod p, List<Long> units) {
        Map<Long, Map<Long, List<Held>>> held = new HashMap<>();
        for (Object[] r : rows.of(ASSIGNMENTS).setParameter("campaign", p.campaignId()).setParameter("units", units)
                .setParameter("until", p.end()).getResultList()) {
            Held h = new Held((UnitRole) r[1], id(r[2]), id(r[3]), id(r[4]), (LocalDate) r[5], (LocalDate) r[6]);
            held.computeIfAbsent(id(r[0]), k -> new HashMap<>()).computeIfAbsent(h.targetId(), k -> new ArrayList<>()).add(h);
        }
        Map<Long, Map<Long, Helped>> helped = new HashMap<>();
        held.forEach((unit, byTarget) -> byTarget.forEach((target, list) -> {
            Helped h = Helped.of(target, list, p);
            if (h != null) {
                helped.computeIfAbsent(unit, k -> new HashMap<>()).put(target, h);
            }
        }));
        return helped;
    }

    /** One unit's part in one assignment of the campaign. */
    record Held(UnitRole role, long id, long version, long targetId, LocalDate validFrom, LocalDate validTo) {

        static final Comparator<Held> BY_START = Comparator.comparing(Held::validFrom).thenComparingLong(Held::id);

        /** Valid on some day from {@code from} to {@code end}; {@code validTo} is the successor's first day. */
        boolean valid(LocalDate from, LocalDate end) {
            return !validFrom.isAfter(end) && (validTo == null || validTo.isAfter(from) && validTo.isAfter(validFrom));
        }

        SourceRef ref() {
            return new SourceRef(SourceRef.ASSIGNMENT, id, version);
        }
    }

    /**
     * A target a unit helps in the period.
     *
     * @param valid the unit's assignments of the target valid in the period, earliest first
     * @param since the day the unit helps the target since, as {@link cn.bangfu.campaign.control.FirstVisits} counts it: the
     *              start of its earliest valid assignment of it, or of the unbroken run of assignments of it that leads up
     *              to that one, so a unit kept on by a reassignment does not start again
     * @param run   the assignments from {@code since} on: the unbroken run before the valid ones, and those
     */
    record Helped(long targetId, List<Held> valid, LocalDate since, List<Held> run) {

        /** How the unit helps the target by all its assignments of it up to the end; null when none is valid in the period. */
        static Helped of(long targetId, List<Held> held, MetricsPeriod p) {
            List<Held> valid = held.stream().filter(h -> h.valid(p.from(), p.end())).sorted(Held.BY_START).toList();
            if (valid.isEmpty()) {
                return null;
            }
            LocalDate since = valid.get(0).validFrom();
            List<Held> run = new ArrayList<>(valid);
            List<Held> ended = held.stream().filter(h -> h.validTo() != null && h.validTo().isAfter(h.validFrom()) && !valid.contains(h))
                    .sorted(Held.BY_START.reversed()).toList();
            for (Held h : ended) {
                if (h.validTo().equals(since)) {
                    since = h.validFrom();
                    run.add(h);
                }
            }
            return new Helped(targetId, valid, since, run);
        }

        boolean led() {
            return valid.stream().anyMatch(h -> h.role() == UnitRole.LEADING);
        }
    }
}
