package cn.bangfu.appraisal.control;

import cn.bangfu.campaign.entity.AssistancePlan;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.PlanStatus;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.inspection.entity.RectificationState;
import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.ledger.entity.ProblemCounts;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.ledger.entity.Rating;
import cn.bangfu.platform.control.ChunkedLookup;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The {@link Metric}s of many units of one campaign in one appraisal period, each with the records behind it
 * ({@link UnitFigures}). A province (20,000 units, a million problems, millions of visits) is scored in a fixed number of
 * queries per {@link ChunkedLookup#CHUNK} units, never one per unit: the queries read scalar columns (ids, versions, days,
 * states), tallied here, because every number must name its records.
 * <ul>
 * <li><b>Problems</b> are the campaign's problems routed to the unit and raised from {@code from} to {@code to}, withdrawn
 * ones aside: the ledger's own filter ({@link cn.bangfu.ledger.control.LedgerMetrics}), and the counts make a
 * {@link ProblemCounts}, so that the appraisal's rates are the ledger's to the last digit. A rate whose denominator is 0 is
 * 1.0: a unit with no problem (or none resolved, or none rated) left nothing unresolved and loses no points.
 * <li><b>Targets</b> are those of the assignments that name the unit, as leading unit or co-unit, and are valid on some day
 * from {@code from} to {@code end}; an assignment is valid from {@code validFrom} up to the day before {@code validTo}
 * (the day its successor takes over).
 * <li><b>Plans</b> are those of the targets the unit leads in such an assignment. A plan is filed when SUBMITTED or APPROVED
 * and first submitted by {@code end} (a first submission after {@code end} was not there then); on time when that was by
 * the plan deadline, or always without one; days late as {@link AssistancePlan#daysLate} counts them, up to {@code end} for
 * a plan not submitted by then. A late target without any plan names its assignment instead.
 * <li><b>Visits</b> are those from {@code from} to {@code end} the unit took part in, whatever the target.
 * <li><b>First visits</b> follow {@link cn.bangfu.campaign.control.FirstVisits}: the unit helps a target since the start of
 * its earliest valid assignment of it, or since the start of the unbroken run of assignments of it that leads up to that
 * one, so a unit kept on by a reassignment does not start again. Its first visit is the first it took part in on or after
 * that day, by {@code end} (earlier ones, before it helped, do not count); an unvisited target counts the days up to
 * {@code end} and names its assignments.
 * <li><b>Findings</b> are dated by their inspection visit's day (made on site; a round's schedule no longer moves once
 * findings can be filed) and count for the unit responsible.
 * <li><b>Rectifications overdue</b> are those of the unit's findings in the campaign still OPEN with their deadline before
 * {@code end}, as {@link cn.bangfu.inspection.entity.Rectification#overdue} says it on that day.
 * </ul>
 * Plan statuses and rectification states are those of today: a record keeps no state of the past, so a period that ended
 * is judged by today's state (the dates it keeps, first submission and deadline, are the period's).
 */
@Dependent
public class UnitMetrics {

    // the flags compared as the ledger compares them (LedgerMetrics), so that a stray value counts alike in both
    static final String PROBLEMS = "select p.responsibleUnitId, p.id, p.version, p.state, case when p.onTime = :yes then 1 else 0 end,"
            + " case when p.onTimeOriginal = :yes then 1 else 0 end, p.rating from Problem p where p.campaignId = :campaign"
            + " and p.responsibleUnitId in :units and p.raisedOn >= :from and p.raisedOn <= :to and p.state <> :withdrawn";

    // every assignment of the units up to the end, not only the valid ones: a run of assignments starts before the period
    static final String ASSIGNMENTS = "select au.unit.id, au.role, a.id, a.version, a.target.id, a.validFrom, a.validTo"
            + " from AssignmentUnit au join au.assignment a where a.campaign.id = :campaign and au.unit.id in :units"
            + " and a.validFrom <= :until";

    static final String PLANS = "select distinct p.target.id, p.id, p.version, p.status, p.submittedOn from AssistancePlan p,"
            + " AssignmentUnit au join au.assignment a where p.campaign.id = :campaign and au.unit.id in :units and au.role = :leading"
            + " and a.campaign.id = :campaign and a.target = p.target and a.validFrom <= :until";

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

    static final String FINDINGS = "select f.unit.id, f.id, f.version, f.severity from Finding f join f.visit v join f.round rd"
            + " where rd.campaign.id = :campaign and f.unit.id in :units and v.day >= :from and v.day <= :until";

    // the rectification's unit is its finding's, copied when issued (neither changes): its index holds unit, state and deadline
    static final String RECTIFICATIONS_OVERDUE = "select r.unit.id, r.id, r.version from Rectification r join r.finding f"
            + " join f.round rd where rd.campaign.id = :campaign and r.unit.id in :units and r.state = :open and r.deadline < :until";

    // H2 tests a bound IN list value by value for every row it reads, a list written into the SQL as a hash set: three times
    // as fast on a province (20,000 units, 2 million visits). PostgreSQL plans both alike, and the ledger's own aggregates
    // are written out so already (EclipseLink does it for their CASE parameters). The values are ids, days and enums.
    private static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

    @PersistenceContext
    EntityManager em;

    /**
     * The metrics of every unit asked, in the order asked.
     *
     * @param from    the period's first day
     * @param to      the period's last day
     * @param end     the period's end as the metrics see it: {@code to}, or today while the period runs (at most {@code to})
     * @param unitIds the units (each once; a unit without any record gets zeros, and rates of 1)
     */
    public Map<Long, UnitFigures> of(Campaign campaign, LocalDate from, LocalDate to, LocalDate end, Collection<Long> unitIds) {
        Period period = new Period(campaign, from, to, end);
        List<Long> units = List.copyOf(new LinkedHashSet<>(unitIds));
        Map<Long, UnitFigures> figures = new LinkedHashMap<>();
        ChunkedLookup.inChunks(units, ChunkedLookup.CHUNK, slice -> List.of(chunk(period, slice))).forEach(figures::putAll);
        return figures;
    }

    private Map<Long, UnitFigures> chunk(Period p, List<Long> units) {
        Map<Long, Sheet> sheets = new LinkedHashMap<>();
        units.forEach(u -> sheets.put(u, new Sheet()));
        problems(p, units, sheets);
        Map<Long, Map<Long, Helped>> helped = helped(p, units);
        targets(helped, sheets);
        plans(p, units, helped, sheets);
        visits(p, units, helped, sheets);
        findings(p, units, sheets);
        rectificationsOverdue(p, units, sheets);
        Map<Long, UnitFigures> figures = new LinkedHashMap<>();
        sheets.forEach((u, s) -> figures.put(u, s.figures()));
        return figures;
    }

    private void problems(Period p, List<Long> units, Map<Long, Sheet> sheets) {
        Map<Long, ProblemCounts> counts = new HashMap<>();
        for (Object[] r : rows(PROBLEMS).setParameter("campaign", p.campaignId()).setParameter("units", units).setParameter("from", p.from())
                .setParameter("to", p.to()).setParameter("withdrawn", ProblemState.WITHDRAWN).setParameter("yes", Boolean.TRUE).getResultList()) {
            long unit = id(r[0]);
            ProblemCounts one = counted((ProblemState) r[3], yes(r[4]), yes(r[5]), (Rating) r[6]);
            counts.merge(unit, one, ProblemCounts::plus);
            cite(sheets.get(unit), one, new SourceRef(SourceRef.PROBLEM, id(r[1]), id(r[2])));
        }
        sheets.forEach((unit, sheet) -> rates(sheet, counts.getOrDefault(unit, ProblemCounts.NONE)));
    }

    /** One problem as the ledger counts it (the sums of the ledger's metrics). */
    private static ProblemCounts counted(ProblemState state, boolean onTime, boolean onTimeOriginal, Rating rating) {
        boolean resolved = state == ProblemState.RESOLVED || state == ProblemState.CLOSED;
        return new ProblemCounts(1, resolved ? 1 : 0, state == ProblemState.CLOSED ? 1 : 0, resolved && onTime ? 1 : 0,
                resolved && onTimeOriginal ? 1 : 0, rating != null ? 1 : 0,
                rating == Rating.SATISFIED || rating == Rating.BASICALLY_SATISFIED ? 1 : 0);
    }

    /** A problem behind each count it is in, and behind the rates over those counts. */
    private static void cite(Sheet sheet, ProblemCounts one, SourceRef ref) {
        sheet.add(Metric.COLLECTED, ref);
        sheet.add(Metric.RESOLUTION_RATE, ref);
        sheet.add(Metric.CLOSURE_RATE, ref);
        if (one.resolved() > 0) {
            sheet.add(Metric.RESOLVED, ref);
            sheet.add(Metric.ON_TIME_RATE, ref);
            sheet.add(Metric.ON_TIME_RATE_ORIGINAL, ref);
        }
        if (one.closed() > 0) {
            sheet.add(Metric.CLOSED, ref);
        }
        if (one.rated() > 0) {
            sheet.add(Metric.SATISFACTION_RATE, ref);
        }
    }

    private static void rates(Sheet sheet, ProblemCounts c) {
        sheet.set(Metric.COLLECTED, c.collected());
        sheet.set(Metric.RESOLVED, c.resolved());
        sheet.set(Metric.CLOSED, c.closed());
        sheet.set(Metric.RESOLUTION_RATE, rate(c.resolutionRate()));
        sheet.set(Metric.CLOSURE_RATE, rate(c.closureRate()));
        sheet.set(Metric.ON_TIME_RATE, rate(c.onTimeRate()));
        sheet.set(Metric.ON_TIME_RATE_ORIGINAL, rate(c.onTimeRateOriginal()));
        sheet.set(Metric.SATISFACTION_RATE, rate(c.satisfactionRate()));
    }

    /** Nothing to count is nothing left undone (see the class comment). */
    private static double rate(Double rate) {
        return rate == null ? 1.0 : rate;
    }

    /** unit id → target id → how the unit helps the target in the period; units and targets without a valid assignment are absent. */
    private Map<Long, Map<Long, Helped>> helped(Period p, List<Long> units) {
        Map<Long, Map<Long, List<Held>>> held = new HashMap<>();
        for (Object[] r : rows(ASSIGNMENTS).setParameter("campaign", p.campaignId()).setParameter("units", units)
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

    private static void targets(Map<Long, Map<Long, Helped>> helped, Map<Long, Sheet> sheets) {
        helped.forEach((unit, targets) -> {
            Sheet sheet = sheets.get(unit);
            sheet.set(Metric.TARGETS, targets.size());
            targets.values().forEach(t -> t.valid().forEach(h -> sheet.add(Metric.TARGETS, h.ref())));
        });
    }

    private void plans(Period p, List<Long> units, Map<Long, Map<Long, Helped>> helped, Map<Long, Sheet> sheets) {
        if (helped.values().stream().flatMap(t -> t.values().stream()).noneMatch(Helped::led)) {
            return;
        }
        Map<Long, Plan> plans = new HashMap<>();
        for (Object[] r : rows(PLANS).setParameter("campaign", p.campaignId()).setParameter("units", units)
                .setParameter("leading", UnitRole.LEADING).setParameter("until", p.end()).getResultList()) {
            plans.put(id(r[0]), new Plan(id(r[1]), id(r[2]), (PlanStatus) r[3], (LocalDate) r[4]));
        }
        helped.forEach((unit, targets) -> targets.values().stream().filter(Helped::led)
                .forEach(t -> plan(sheets.get(unit), t, plans.get(t.targetId()), p)));
    }

    private static void plan(Sheet sheet, Helped target, Plan plan, Period p) {
        LocalDate submitted = plan == null ? null : plan.submittedBy(p.end());
        int late = AssistancePlan.daysLate(p.planDeadline(), submitted, p.end());
        if (late > 0) {
            sheet.plus(Metric.PLAN_DAYS_LATE, late);
        }
        if (plan == null) {
            if (late > 0) {
                target.valid().stream().filter(h -> h.role() == UnitRole.LEADING).forEach(h -> sheet.add(Metric.PLAN_DAYS_LATE, h.ref()));
            }
            return;
        }
        if (late > 0) {
            sheet.add(Metric.PLAN_DAYS_LATE, plan.ref());
        }
        if (submitted != null && plan.status().filed()) {
            sheet.count(Metric.PLANS_FILED, plan.ref());
            if (late == 0) {
                sheet.count(Metric.PLANS_ON_TIME, plan.ref());
            }
        }
    }

    private void visits(Period p, List<Long> units, Map<Long, Map<Long, Helped>> helped, Map<Long, Sheet> sheets) {
        Map<Long, Map<Long, List<Seen>>> inPeriod = seen(rows(VISITS).setParameter("campaign", p.campaignId())
                .setParameter("units", units).setParameter("from", p.from()).setParameter("until", p.end()).getResultList());
        inPeriod.forEach((unit, byTarget) -> visited(sheets.get(unit), byTarget, helped.getOrDefault(unit, Map.of())));
        Map<Long, Map<Long, LocalDate>> firstBefore = firstBefore(p, units, helped);
        Map<Long, Map<Long, List<Seen>>> before = seenOn(p, units, firstBefore);
        helped.forEach((unit, targets) -> firstVisits(sheets.get(unit), targets, inPeriod.getOrDefault(unit, Map.of()),
                firstBefore.getOrDefault(unit, Map.of()), before.getOrDefault(unit, Map.of()), p.end()));
    }

    private static void visited(Sheet sheet, Map<Long, List<Seen>> byTarget, Map<Long, Helped> targets) {
        int visited = 0;
        for (Map.Entry<Long, List<Seen>> e : byTarget.entrySet()) {
            boolean own = targets.containsKey(e.getKey());
            visited += own ? 1 : 0;
            for (Seen v : e.getValue()) {
                sheet.count(Metric.VISITS, v.ref());
                if (own) {
                    sheet.add(Metric.TARGETS_VISITED, v.ref());
                }
            }
        }
        sheet.set(Metric.TARGETS_VISITED, visited);
    }

    /**
     * unit id → target id → the day of the unit's first visit to the target before the period, on or after the day it
     * helps the target since: asked only for targets helped since before the period.
     */
    private Map<Long, Map<Long, LocalDate>> firstBefore(Period p, List<Long> units, Map<Long, Map<Long, Helped>> helped) {
        Map<Long, Map<Long, LocalDate>> first = new HashMap<>();
        if (helped.values().stream().flatMap(t -> t.values().stream()).noneMatch(t -> t.since().isBefore(p.from()))) {
            return first;
        }
        // unit id → assignment id → the unit's first visit during it
        Map<Long, Map<Long, LocalDate>> byAssignment = new HashMap<>();
        for (Object[] r : rows(FIRST_BEFORE).setParameter("campaign", p.campaignId()).setParameter("units", units)
                .setParameter("from", p.from()).setParameter("until", p.end()).getResultList()) {
            byAssignment.computeIfAbsent(id(r[0]), k -> new HashMap<>()).put(id(r[1]), (LocalDate) r[2]);
        }
        byAssignment.forEach((unit, days) -> helped.getOrDefault(unit, Map.of()).values().forEach(t -> t.run().stream()
                .map(h -> days.get(h.id())).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .ifPresent(day -> first.computeIfAbsent(unit, k -> new HashMap<>()).put(t.targetId(), day))));
        return first;
    }

    /** The units' visits on the days of {@code firstBefore} to the targets first visited on them, to name those visits. */
    private Map<Long, Map<Long, List<Seen>>> seenOn(Period p, List<Long> units, Map<Long, Map<Long, LocalDate>> firstBefore) {
        List<LocalDate> days = firstBefore.values().stream().flatMap(t -> t.values().stream()).distinct().sorted().toList();
        List<Object[]> found = ChunkedLookup.inChunks(days, ChunkedLookup.CHUNK, slice -> rows(VISITS_ON)
                .setParameter("campaign", p.campaignId()).setParameter("units", units).setParameter("days", slice).getResultList());
        found.removeIf(r -> !((LocalDate) r[4]).equals(firstBefore.getOrDefault(id(r[0]), Map.of()).get(id(r[3]))));
        return seen(found);
    }

    /**
     * The average days from the day the unit helps each target since to its first visit, or to {@code end}; the first
     * visits (all of its first day) or, for a target not visited, the assignments behind it.
     */
    private static void firstVisits(Sheet sheet, Map<Long, Helped> targets, Map<Long, List<Seen>> inPeriod, Map<Long, LocalDate> firstBefore,
                                    Map<Long, List<Seen>> before, LocalDate end) {
        long days = 0;
        for (Helped t : targets.values()) {
            List<Seen> first = firstBefore.containsKey(t.targetId()) ? before.getOrDefault(t.targetId(), List.of())
                    : firstOf(inPeriod.getOrDefault(t.targetId(), List.of()), t.since());
            LocalDate day = firstBefore.getOrDefault(t.targetId(), first.isEmpty() ? null : first.get(0).day());
            days += ChronoUnit.DAYS.between(t.since(), day == null ? end : day);
            if (day == null) {
                t.run().forEach(h -> sheet.add(Metric.FIRST_VISIT_DAYS, h.ref()));
            } else {
                first.forEach(v -> sheet.add(Metric.FIRST_VISIT_DAYS, v.ref()));
            }
        }
        sheet.set(Metric.FIRST_VISIT_DAYS, targets.isEmpty() ? 0 : (double) days / targets.size());
    }

    /** The visits of the earliest day on or after {@code since}; none when there is none. */
    private static List<Seen> firstOf(List<Seen> visits, LocalDate since) {
        LocalDate first = visits.stream().map(Seen::day).filter(d -> !d.isBefore(since)).min(Comparator.naturalOrder()).orElse(null);
        return first == null ? List.of() : visits.stream().filter(v -> v.day().equals(first)).toList();
    }

    /** Rows of [unit id, visit id, version, target id, day] by unit and target. */
    private static Map<Long, Map<Long, List<Seen>>> seen(List<Object[]> rows) {
        Map<Long, Map<Long, List<Seen>>> seen = new HashMap<>();
        for (Object[] r : rows) {
            Seen v = new Seen(id(r[1]), id(r[2]), (LocalDate) r[4]);
            seen.computeIfAbsent(id(r[0]), k -> new HashMap<>()).computeIfAbsent(id(r[3]), k -> new ArrayList<>()).add(v);
        }
        return seen;
    }

    private void findings(Period p, List<Long> units, Map<Long, Sheet> sheets) {
        for (Object[] r : rows(FINDINGS).setParameter("campaign", p.campaignId()).setParameter("units", units)
                .setParameter("from", p.from()).setParameter("until", p.end()).getResultList()) {
            Metric metric = switch ((Severity) r[3]) {
                case MINOR -> Metric.FINDINGS_MINOR;
                case MAJOR -> Metric.FINDINGS_MAJOR;
                case SERIOUS -> Metric.FINDINGS_SERIOUS;
            };
            sheets.get(id(r[0])).count(metric, new SourceRef(SourceRef.FINDING, id(r[1]), id(r[2])));
        }
    }

    private void rectificationsOverdue(Period p, List<Long> units, Map<Long, Sheet> sheets) {
        for (Object[] r : rows(RECTIFICATIONS_OVERDUE).setParameter("campaign", p.campaignId())
                .setParameter("units", units).setParameter("open", RectificationState.OPEN).setParameter("until", p.end()).getResultList()) {
            sheets.get(id(r[0])).count(Metric.RECTIFICATIONS_OVERDUE, new SourceRef(SourceRef.RECTIFICATION, id(r[1]), id(r[2])));
        }
    }

    /** A query of scalar rows, its parameters written into the SQL (see {@link #BIND_PARAMETERS}). */
    private TypedQuery<Object[]> rows(String jpql) {
        return em.createQuery(jpql, Object[].class).setHint(BIND_PARAMETERS, "false");
    }

    private static long id(Object value) {
        return ((Number) value).longValue();
    }

    /** A flag of {@link #PROBLEMS}: 1 where the ledger counts it. */
    private static boolean yes(Object flag) {
        return ((Number) flag).intValue() == 1;
    }

    /** The period and what of the campaign its metrics need. */
    private record Period(long campaignId, LocalDate planDeadline, LocalDate from, LocalDate to, LocalDate end) {

        Period(Campaign campaign, LocalDate from, LocalDate to, LocalDate end) {
            this(campaign.getId(), campaign.getPlanDeadline(), Objects.requireNonNull(from), Objects.requireNonNull(to),
                    Objects.requireNonNull(end));
            if (from.isAfter(to) || end.isAfter(to)) {
                throw new IllegalArgumentException("period " + from + ".." + to + " ending " + end);
            }
        }
    }

    /** One unit's part in one assignment of the campaign. */
    private record Held(UnitRole role, long id, long version, long targetId, LocalDate validFrom, LocalDate validTo) {

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
     * @param since the day the unit helps the target since (see the class comment)
     * @param run   the assignments from {@code since} on: the unbroken run before the valid ones, and those
     */
    private record Helped(long targetId, List<Held> valid, LocalDate since, List<Held> run) {

        /** How the unit helps the target by all its assignments of it up to the end; null when none is valid in the period. */
        static Helped of(long targetId, List<Held> held, Period p) {
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

    private record Plan(long id, long version, PlanStatus status, LocalDate submittedOn) {

        /** The first submission if it was made by {@code end}. */
        LocalDate submittedBy(LocalDate end) {
            return submittedOn == null || submittedOn.isAfter(end) ? null : submittedOn;
        }

        SourceRef ref() {
            return new SourceRef(SourceRef.PLAN, id, version);
        }
    }

    /** A visit a unit took part in. */
    private record Seen(long id, long version, LocalDate day) {

        SourceRef ref() {
            return new SourceRef(SourceRef.VISIT, id, version);
        }
    }

    /** One unit's values and records as they are tallied; every metric starts at 0. */
    private static final class Sheet {

        private final Map<Metric, Double> values = new EnumMap<>(Metric.class);
        private final Map<Metric, List<SourceRef>> sources = new EnumMap<>(Metric.class);

        Sheet() {
            for (Metric m : Metric.values()) {
                values.put(m, 0.0);
            }
        }

        void set(Metric metric, double value) {
            values.put(metric, value);
        }

        void plus(Metric metric, double value) {
            values.merge(metric, value, Double::sum);
        }

        void add(Metric metric, SourceRef ref) {
            sources.computeIfAbsent(metric, k -> new ArrayList<>()).add(ref);
        }

        /** One more of a count, and the record it is. */
        void count(Metric metric, SourceRef ref) {
            plus(metric, 1);
            add(metric, ref);
        }

        UnitFigures figures() {
            return new UnitFigures(values, sources);
        }
    }
}
