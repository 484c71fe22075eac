package cn.bangfu.report.control;

import cn.bangfu.campaign.control.FirstVisits;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.campaign.entity.PlanStatus;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.inspection.entity.RectificationState;
import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.ledger.control.LedgerMetrics;
import cn.bangfu.ledger.control.LightWindow;
import cn.bangfu.ledger.control.ProblemScope;
import cn.bangfu.ledger.control.WorkCalendars;
import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.MetricsFilter;
import cn.bangfu.ledger.entity.MetricsGrouping;
import cn.bangfu.ledger.entity.MetricsReport;
import cn.bangfu.ledger.entity.MetricsRow;
import cn.bangfu.ledger.entity.ProblemCounts;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.report.entity.Briefing;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Gathers one month's figures of a campaign for its briefing, over the records the caller reaches ({@link BriefingReach}),
 * in a fixed number of grouped queries whatever the number of units: the ledger's metrics by unit for the month and since
 * the start (its own queries, so the rates are the ledger's), problems resolved in the month and RED today by unit, visits
 * of the month by unit, plans filed and missing, the units' first visits (the campaign component's summary), findings of
 * the month by unit and severity, rectifications by unit. The units ahead and behind follow {@link BriefingRanking}.
 */
@Dependent
public class BriefingFigures {

    /** The month's days and instants: the month cut to the campaign's start and to today. */
    public record Period(LocalDate from, LocalDate to, Instant fromAt, Instant untilAt) {

        public static Period of(YearMonth month, LocalDate campaignStart, LocalDate today, ZoneId zone) {
            LocalDate from = month.atDay(1).isBefore(campaignStart) ? campaignStart : month.atDay(1);
            LocalDate to = month.atEndOfMonth().isAfter(today) ? today : month.atEndOfMonth();
            return new Period(from, to, from.atStartOfDay(zone).toInstant(), to.plusDays(1).atStartOfDay(zone).toInstant());
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    LedgerMetrics metrics;

    @Inject
    ProblemScope problemScope;

    @Inject
    WorkCalendars calendars;

    @Inject
    FirstVisits firstVisits;

    /**
     * The briefing of {@code month} as the caller may see it; {@code coverage} says in words what it is narrowed to (null:
     * the whole campaign).
     */
    public Briefing of(Scope scope, Campaign campaign, YearMonth month, LocalDate today, ZoneId zone, String coverage) {
        Period period = Period.of(month, campaign.getStartDate(), today, zone);
        BriefingReach reach = BriefingReach.of(scope, campaign);
        Units units = new Units();

        MetricsReport inMonth = metrics.report(scope, campaign, new MetricsFilter(period.from(), period.to(), null, null), MetricsGrouping.UNIT,
                Messages.CHINESE);
        MetricsReport sinceStart = metrics.report(scope, campaign, new MetricsFilter(campaign.getStartDate(), period.to(), null, null),
                MetricsGrouping.UNIT, Messages.CHINESE);
        inMonth.items().forEach(r -> units.of(r.key(), r.name()).collectedInMonth = r.collected());
        sinceStart.items().forEach(r -> units.of(r.key(), r.name()).cumulative = counts(r));
        long resolvedInMonth = resolvedInMonth(scope, campaign, period, units);
        long overdue = overdueProblems(scope, campaign, today, units);
        Briefing.Problems problems = new Briefing.Problems(counts(inMonth.total()), resolvedInMonth, counts(sinceStart.total()), overdue);

        Set<Long> targets = targets(reach, campaign);
        Briefing.Visits visits = visits(reach, campaign, period, targets, today, scope, units);
        Briefing.Plans plans = plans(reach, campaign, period, today, units);
        Briefing.Inspection inspection = inspection(reach, campaign, period, today, units);

        List<Briefing.UnitLine> lines = units.lines();
        List<Briefing.UnitLine> behind = BriefingRanking.behind(lines);
        return new Briefing(campaign.getName(), campaign.getRegion().getName(), campaign.getStartDate(), month, period.from(), period.to(), today,
                coverage, problems, visits, plans, inspection, lines, BriefingRanking.ahead(lines),
                behind.subList(0, Math.min(BriefingRanking.BEHIND_LISTED, behind.size())), behind.size());
    }

    /** Problems resolved (办结) in the month, whenever raised, by responsible unit; reopened ones lost their day of resolution. */
    private long resolvedInMonth(Scope scope, Campaign campaign, Period period, Units units) {
        Where where = problemScope.of(scope, campaign).and("(p.state = :resolved or p.state = :closed)", "resolved", ProblemState.RESOLVED)
                .param("closed", ProblemState.CLOSED).and("p.resolvedOn >= :from", "from", period.from()).and("p.resolvedOn <= :to", "to", period.to());
        return byUnit(where, (u, n) -> u.resolvedInMonth = n, units);
    }

    /** Problems RED today (the ledger's light: overdue, or not accepted in time), by responsible unit. */
    private long overdueProblems(Scope scope, Campaign campaign, LocalDate today, Units units) {
        Where where = LightWindow.of(calendars.current(), today).narrow(problemScope.of(scope, campaign), Light.RED);
        return byUnit(where, (u, n) -> u.overdueProblems = n, units);
    }

    private long byUnit(Where where, Setter setter, Units units) {
        long total = 0;
        for (Object[] r : where.bind(em.createQuery("select u.code, u.name, count(p) from Problem p left join p.responsibleUnit u"
                + where.clause() + " group by u.code, u.name", Object[].class)).getResultList()) {
            long n = n(r[2]);
            setter.set(units.of((String) r[0], (String) r[1]), n);
            total += n;
        }
        return total;
    }

    /** The ids of the targets the caller reaches with a current assignment in the campaign. */
    private Set<Long> targets(BriefingReach reach, Campaign campaign) {
        Where where = reach.targets(new Where().and("a.campaign.id = :campaign", "campaign", campaign.getId()).and("a.validTo is null"), "t");
        return new HashSet<>(where.bind(em.createQuery("select t.id from Assignment a join a.target t" + where.clause(), Long.class))
                .getResultList());
    }

    /**
     * The month's visits (each once, and per unit present), the targets visited, and the units' targets not visited past
     * their first-visit days ({@link FirstVisits}, kept to the targets the caller reaches).
     */
    private Briefing.Visits visits(BriefingReach reach, Campaign campaign, Period period, Set<Long> targets, LocalDate today, Scope scope,
                                   Units units) {
        Where where = reach.targets(new Where().and("v.campaign.id = :campaign", "campaign", campaign.getId())
                .and("v.visitDate >= :from", "from", period.from()).and("v.visitDate <= :to", "to", period.to()), "t");
        Object[] total = where.bind(em.createQuery("select count(v), count(distinct t.id) from Visit v join v.target t" + where.clause(),
                Object[].class)).getSingleResult();
        long visiting = 0;
        for (Object[] r : where.bind(em.createQuery("select u.code, u.name, count(v) from Visit v join v.target t join v.units u"
                + where.clause() + " group by u.code, u.name", Object[].class)).getResultList()) {
            units.of((String) r[0], (String) r[1]).visits = n(r[2]);
            visiting++;
        }
        long notVisited = 0;
        Set<String> notVisiting = new HashSet<>();
        for (FirstVisit f : firstVisits.of(scope, campaign)) {
            if (targets.contains(f.targetId()) && f.state(today) == FirstVisit.State.MISSING) {
                units.of(f.unit(), f.unitName()).targetsNotVisited++;
                notVisiting.add(f.unit());
                notVisited++;
            }
        }
        return new Briefing.Visits(n(total[0]), visiting, n(total[1]), targets.size(), notVisited, notVisiting.size());
    }

    /**
     * Plans first submitted in the month, and the targets without a filed plan today by leading unit (counted against the
     * unit only once the plan deadline has passed: before it, a plan still being written is no arrear).
     */
    private Briefing.Plans plans(BriefingReach reach, Campaign campaign, Period period, LocalDate today, Units units) {
        Where filed = reach.targets(new Where().and("p.campaign.id = :campaign", "campaign", campaign.getId())
                .and("p.submittedOn >= :from", "from", period.from()).and("p.submittedOn <= :to", "to", period.to()), "t");
        long filedInMonth = filed.bind(em.createQuery("select count(p) from AssistancePlan p join p.target t" + filed.clause(), Long.class))
                .getSingleResult();
        Where missing = reach.targets(new Where().and("a.campaign.id = :campaign", "campaign", campaign.getId()).and("a.validTo is null")
                .and("au.role = :leading", "leading", UnitRole.LEADING)
                .and("not exists (select fp from AssistancePlan fp where fp.campaign.id = :campaign and fp.target = a.target"
                        + " and (fp.status = :submitted or fp.status = :approved))", "submitted", PlanStatus.SUBMITTED)
                .param("approved", PlanStatus.APPROVED), "t");
        Briefing.Plans plans = new Briefing.Plans(filedInMonth, 0, campaign.getPlanDeadline());
        boolean late = plans.late(today);
        long missingNow = 0;
        for (Object[] r : missing.bind(em.createQuery("select u.code, u.name, count(a) from Assignment a join a.target t join a.units au"
                + " join au.unit u" + missing.clause() + " group by u.code, u.name", Object[].class)).getResultList()) {
            if (late) {
                units.of((String) r[0], (String) r[1]).plansMissing = n(r[2]);
            }
            missingNow += n(r[2]);
        }
        return new Briefing.Plans(filedInMonth, missingNow, campaign.getPlanDeadline());
    }

    /** Findings filed in the month by unit and severity; rectifications issued and closed in the month and overdue today, by unit. */
    private Briefing.Inspection inspection(BriefingReach reach, Campaign campaign, Period period, LocalDate today, Units units) {
        Map<Severity, Long> bySeverity = new HashMap<>();
        Where findings = reach.units(new Where().and("f.round.campaign.id = :campaign", "campaign", campaign.getId())
                .and("f.filedAt >= :fromAt", "fromAt", period.fromAt()).and("f.filedAt < :untilAt", "untilAt", period.untilAt()), "u",
                "f.visit.target.id");
        for (Object[] r : findings.bind(em.createQuery("select u.code, u.name, f.severity, count(f) from Finding f join f.unit u"
                + findings.clause() + " group by u.code, u.name, f.severity", Object[].class)).getResultList()) {
            Unit unit = units.of((String) r[0], (String) r[1]);
            Severity severity = (Severity) r[2];
            unit.findings += n(r[3]);
            if (severity == Severity.SERIOUS) {
                unit.seriousFindings += n(r[3]);
            }
            bySeverity.merge(severity, n(r[3]), Long::sum);
        }
        // Each of the three counts in one pass: issued in the month, closed (verified) in the month, open past the deadline today.
        Where rectifications = reach.units(new Where().and("r.finding.round.campaign.id = :campaign", "campaign", campaign.getId()), "u",
                "r.finding.visit.target.id")
                .and("((r.issuedAt >= :fromAt and r.issuedAt < :untilAt) or (r.closedAt >= :fromAt and r.closedAt < :untilAt)"
                        + " or (r.state = :open and r.deadline < :today))", "fromAt", period.fromAt())
                .param("untilAt", period.untilAt()).param("open", RectificationState.OPEN).param("today", today);
        long issued = 0;
        long closed = 0;
        long overdue = 0;
        for (Object[] r : rectifications.bind(em.createQuery("select u.code, u.name,"
                + " sum(case when r.issuedAt >= :fromAt and r.issuedAt < :untilAt then 1 else 0 end),"
                + " sum(case when r.closedAt >= :fromAt and r.closedAt < :untilAt then 1 else 0 end),"
                + " sum(case when r.state = :open and r.deadline < :today then 1 else 0 end)"
                + " from Rectification r join r.unit u" + rectifications.clause() + " group by u.code, u.name", Object[].class)).getResultList()) {
            issued += n(r[2]);
            closed += n(r[3]);
            units.of((String) r[0], (String) r[1]).overdueRectifications = n(r[4]);
            overdue += n(r[4]);
        }
        return new Briefing.Inspection(bySeverity.getOrDefault(Severity.MINOR, 0L), bySeverity.getOrDefault(Severity.MAJOR, 0L),
                bySeverity.getOrDefault(Severity.SERIOUS, 0L), issued, closed, overdue);
    }

    private static ProblemCounts counts(MetricsRow r) {
        return new ProblemCounts(r.collected(), r.resolved(), r.closed(), r.resolvedOnTime(), r.resolvedOnTimeOriginal(), r.rated(),
                r.satisfied());
    }

    private static long n(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private interface Setter {
        void set(Unit unit, long n);
    }

    /** The units met in the queries, by code (null: the ledger's problems not routed yet), filled in as each query reads. */
    private static final class Units {

        private final Map<String, Unit> byCode = new HashMap<>();

        Unit of(String code, String name) {
            return byCode.computeIfAbsent(code, c -> new Unit(c, c == null
                    ? Messages.get(Messages.CHINESE, "ledger.metrics.unrouted") : Objects.requireNonNullElse(name, c)));
        }

        List<Briefing.UnitLine> lines() {
            List<Briefing.UnitLine> lines = new ArrayList<>();
            for (Unit u : byCode.values()) {
                lines.add(new Briefing.UnitLine(u.code, u.name, u.collectedInMonth, u.resolvedInMonth, u.cumulative, u.overdueProblems,
                        u.visits, u.findings, u.seriousFindings, u.overdueRectifications, u.targetsNotVisited, u.plansMissing));
            }
            lines.sort(Comparator.comparing(Briefing.UnitLine::code, Comparator.nullsLast(Comparator.naturalOrder())));
            return lines;
        }
    }

    private static final class Unit {
        final String code;
        final String name;
        long collectedInMonth;
        long resolvedInMonth;
        ProblemCounts cumulative = ProblemCounts.NONE;
        long overdueProblems;
        long visits;
        long findings;
        long seriousFindings;
        long overdueRectifications;
        long targetsNotVisited;
        long plansMissing;

        Unit(String code, String name) {
            this.code = code;
            this.name = name;
        }
    }
}
