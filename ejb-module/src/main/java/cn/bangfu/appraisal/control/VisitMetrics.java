package cn.bangfu.appraisal.control;

import static cn.bangfu.appraisal.control.ScalarRows.id;

import cn.bangfu.appraisal.control.TargetMetrics.Helped;
import cn.bangfu.platform.control.ChunkedLookup;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The visit metrics of units ({@link UnitMetrics}): one query of the period's visits, and for targets helped since before
 * the period one of the first visits' days and one per {@link ChunkedLookup#CHUNK} of those days.
 * <ul>
 * <li><b>Visits</b> are those from {@code from} to {@code end} the unit took part in, whatever the target.
 * <li><b>First visits</b> follow {@link cn.bangfu.campaign.control.FirstVisits}: the unit helps a target since the day
 * {@link TargetMetrics.Helped#since} gives. Its first visit is the first it took part in on or after that day, by
 * {@code end} (earlier ones, before it helped, do not count); an unvisited target counts the days up to {@code end} and
 * names its assignments.
 * </ul>
 */
final class VisitMetrics {

    static final String VISITS = "select u.id, v.id, v.version, v.target.id, v.visitDate from Visit v join v.units u"
            + " where v.campaign.id = :campaign and u.id in :units and v.visitDate >= :from and v.visitDate <= :until";

    // Before the period only each unit's first visit matters: its day per assignment held then, grouped by the database
    // (a quarter's appraisal would otherwise read the visits of all the quarters before), then the visits of those days.
    static final String FIRST_BEFORE = "select u.id, a.id, min(v.visitDate) from Visit v join v.units u,"
            + " AssignmentUnit au join au.assignment a where v.campaign.id = :campaign and u.id in :units and v.visitDate < :from"
            + " and v.visitDate <= :until and au.unit.id in :units and au.unit = u and a.campaign.id = :campaign and a.target = v.target"
            + " and a.validFrom <= v.visitDate and (a.validTo is null or a.validTo > v.visitDate) group by u.id, a.id";

    static final String VISITS_ON = "select u.id, v.id, v.version, v.target.id, v.visitDate from Visit v join v.units u"
            + " where v.campaign.id = :campaign and u.id in :units and v.visitDate in :days";

    private final ScalarRows rows;

    VisitMetrics(ScalarRows rows) {
        this.rows = rows;
    }

    /** @param helped unit id → target id → how the unit helps the target ({@link TargetMetrics#tally}) */
    void tally(MetricsPeriod p, List<Long> units, Map<Long, Map<Long, Helped>> helped, Map<Long, UnitTally> tallies) {
        Map<Long, Map<Long, List<Seen>>> inPeriod = seen(rows.of(VISITS).setParameter("campaign", p.campaignId())
                .setParameter("units", units).setParameter("from", p.from()).setParameter("until", p.end()).getResultList());
        inPeriod.forEach((unit, byTarget) -> visited(tallies.get(unit), byTarget, helped.getOrDefault(unit, Map.of())));
        Map<Long, Map<Long, LocalDate>> firstBefore = firstBefore(p, units, helped);
        Map<Long, Map<Long, List<Seen>>> before = seenOn(p, units, firstBefore);
        helped.forEach((unit, targets) -> firstVisits(tallies.get(unit), targets, inPeriod.getOrDefault(unit, Map.of()),
                firstBefore.getOrDefault(unit, Map.of()), before.getOrDefault(unit, Map.of()), p.end()));
    }

    private static void visited(UnitTally tally, Map<Long, List<Seen>> byTarget, Map<Long, Helped> targets) {
        int visited = 0;
        for (Map.Entry<Long, List<Seen>> e : byTarget.entrySet()) {
            boolean own = targets.containsKey(e.getKey());
            visited += own ? 1 : 0;
            for (Seen v : e.getValue()) {
                tally.count(Metric.VISITS, v.ref());
                if (own) {
                    tally.add(Metric.TARGETS_VISITED, v.ref());
                }
            }
        }
        tally.set(Metric.TARGETS_VISITED, visited);
    }

    /**
     * unit id → target id → the day of the unit's first visit to the target before the period, on or after the day it
     * helps the target since: asked only for targets helped since before the period.
     */
    private Map<Long, Map<Long, LocalDate>> firstBefore(MetricsPeriod p, List<Long> units, Map<Long, Map<Long, Helped>> helped) {
        Map<Long, Map<Long, LocalDate>> first = new HashMap<>();
        if (helped.values().stream().flatMap(t -> t.values().stream()).noneMatch(t -> t.since().isBefore(p.from()))) {
            return first;
        }
        // unit id → assignment id → the unit's first visit during it
        Map<Long, Map<Long, LocalDate>> byAssignment = new HashMap<>();
        for (Object[] r : rows.of(FIRST_BEFORE).setParameter("campaign", p.campaignId()).setParameter("units", units)
                .setParameter("from", p.from()).setParameter("until", p.end()).getResultList()) {
            byAssignment.computeIfAbsent(id(r[0]), k -> new HashMap<>()).put(id(r[1]), (LocalDate) r[2]);
        }
        byAssignment.forEach((unit, days) -> helped.getOrDefault(unit, Map.of()).values().forEach(t -> t.run().stream()
                .map(h -> days.get(h.id())).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .ifPresent(day -> first.computeIfAbsent(unit, k -> new HashMap<>()).put(t.targetId(), day))));
        return first;
    }

    /** The units' visits on the days of {@code firstBefore} to the targets first visited on them, to name those visits. */
    private Map<Long, Map<Long, List<Seen>>> seenOn(MetricsPeriod p, List<Long> units, Map<Long, Map<Long, LocalDate>> firstBefore) {
        List<LocalDate> days = firstBefore.values().stream().flatMap(t -> t.values().stream()).distinct().sorted().toList();
        List<Object[]> found = ChunkedLookup.inChunks(days, ChunkedLookup.CHUNK, slice -> rows.of(VISITS_ON)
                .setParameter("campaign", p.campaignId()).setParameter("units", units).setParameter("days", slice).getResultList());
        found.removeIf(r -> !((LocalDate) r[4]).equals(firstBefore.getOrDefault(id(r[0]), Map.of()).get(id(r[3]))));
        return seen(found);
    }

    /**
     * The average days from the day the unit helps each target since to its first visit, or to {@code end}; the first
     * visits (all of its first day) or, for a target not visited, the assignments behind it.
     */
    private static void firstVisits(UnitTally tally, Map<Long, Helped> targets, Map<Long, List<Seen>> inPeriod, Map<Long, LocalDate> firstBefore,
                                    Map<Long, List<Seen>> before, LocalDate end) {
        long days = 0;
        for (Helped t : targets.values()) {
            List<Seen> first = firstBefore.containsKey(t.targetId()) ? before.getOrDefault(t.targetId(), List.of())
                    : firstOf(inPeriod.getOrDefault(t.targetId(), List.of()), t.since());
            LocalDate day = firstBefore.getOrDefault(t.targetId(), first.isEmpty() ? null : first.get(0).day());
            days += ChronoUnit.DAYS.between(t.since(), day == null ? end : day);
            if (day == null) {
                t.run().forEach(h -> tally.add(Metric.FIRST_VISIT_DAYS, h.ref()));
            } else {
                first.forEach(v -> tally.add(Metric.FIRST_VISIT_DAYS, v.ref()));
            }
        }
        tally.set(Metric.FIRST_VISIT_DAYS, targets.isEmpty() ? 0 : (double) days / targets.size());
    }

    /** The visits of the earliest day on or after {@code since}; none when there is none. */
    private static List<Seen> firstOf(List<Seen> visits, LocalDate since) {
        LocalDate first = visits.stream().map(Seen::day).filter(d -> !d.isBefore(since)).min(Comparator.naturalOrder()).orElse(null);
        return first == null ? List.of() : visits.stream().filter(v -> v.day().equals(first)).toList();
    }

    /** Rows of [unit id, visit id, version, target id, day] by unit and target. */
    private static Map<Long, Map<Long, List<Seen>>> seen(List<Object[]> found) {
        Map<Long, Map<Long, List<Seen>>> seen = new HashMap<>();
        for (Object[] r : found) {
            Seen v = new Seen(id(r[1]), id(r[2]), (LocalDate) r[4]);
            seen.computeIfAbsent(id(r[0]), k -> new HashMap<>()).computeIfAbsent(id(r[3]), k -> new ArrayList<>()).add(v);
        }
        return seen;
    }

    /** A visit a unit took part in. */
    private record Seen(long id, long version, LocalDate day) {

        SourceRef ref() {
            return new SourceRef(SourceRef.VISIT, id, version);
        }
    }
}
