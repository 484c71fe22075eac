package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.ledger.entity.ServiceLevels;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Messages;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the daily reminders (每日提醒) work on, read with a few grouped queries whatever the number of units and
 * problems: each unit's problems to accept (ROUTED), YELLOW and RED as responsible unit (主办), counted by the database on
 * {@link LightWindow}'s conditions; and the problems RED long enough to be escalated (督办) by themselves, found on their
 * stored dates and checked one by one with {@link Problem#redFor}.
 */
@Dependent
public class DailyDigest {

    private static final String COUNT_BY_UNIT = "select p.responsibleUnitId, count(p) from Problem p";
    private static final String DUE = "select p from Problem p join fetch p.campaign join fetch p.target left join fetch p.responsibleUnit";
    /** On stored dates, what {@link Problem#redFor} then decides: RED since :redSince or earlier, or paused that far overdue. */
    private static final String RED_SINCE = "((p.state in :movingStates and (p.deadline.inForce <= :redSince"
            + " or (p.state = :routed and p.acceptBy <= :redSince))) or (p.state = :paused and p.pausedDaysLeft <= :pausedLeft))";

    @PersistenceContext
    EntityManager em;

    /** One unit's digest of the day: its problems to accept, YELLOW and RED. */
    public record Counts(long unitId, long toAccept, long yellow, long red) {

        /** Whether the unit has anything to do: a unit with nothing gets no digest. */
        public boolean anything() {
            return toAccept > 0 || yellow > 0 || red > 0;
        }

        /** What its inbox notice and mail say ({@link ProblemNotice#DIGEST}). */
        public Map<String, String> notice(LocalDate day) {
            return ProblemNotice.digest(day, toAccept, yellow, red);
        }
    }

    /** A problem due for automatic escalation, and after how many working days RED its campaign escalates. */
    public record Due(Problem problem, int redDays) {
    }

    /** Every unit with a problem to accept, YELLOW or RED today, in unit id order: three grouped queries. */
    public List<Counts> counts(LightWindow window) {
        Map<Long, long[]> byUnit = new TreeMap<>();
        count(byUnit, 0, new Where().and("p.state = :routed", "routed", ProblemState.ROUTED));
        count(byUnit, 1, window.narrow(new Where(), Light.YELLOW));
        count(byUnit, 2, window.narrow(new Where(), Light.RED));
        List<Counts> counts = new ArrayList<>(byUnit.size());
        byUnit.forEach((unit, c) -> counts.add(new Counts(unit, c[0], c[1], c[2])));
        return counts;
    }

    private void count(Map<Long, long[]> byUnit, int column, Where where) {
        for (Object[] row : where.bind(em.createQuery(COUNT_BY_UNIT + where.clause() + " group by p.responsibleUnitId", Object[].class))
                .getResultList()) {
            if (row[0] != null) {
                byUnit.computeIfAbsent(((Number) row[0]).longValue(), u -> new long[3])[column] = ((Number) row[1]).longValue();
            }
        }
    }

    /** The e-mail addresses of those of these units that have one, by unit id. */
    public Map<Long, String> emails(List<Long> unitIds) {
        Map<Long, String> found = new HashMap<>();
        ChunkedLookup.all(em, Unit.EMAILS_OF, Object[].class, "ids", unitIds).forEach(r -> found.put(((Number) r[0]).longValue(), (String) r[1]));
        return found;
    }

    /**
     * The running, not yet escalated problems that have been RED for their campaign's
     * {@link ServiceLevels#getEscalateAfterRedDays} working days: one query for each number of days the campaigns set.
     */
    public List<Due> dueForEscalation(WorkCalendar calendar, LocalDate today) {
        Map<Long, Integer> own = new HashMap<>();
        for (Object[] row : em.createNamedQuery(ServiceLevels.ESCALATE_AFTER, Object[].class).getResultList()) {
            own.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        Map<Integer, List<Long>> campaignsByDays = new TreeMap<>();
        own.forEach((campaign, days) -> campaignsByDays.computeIfAbsent(days, d -> new ArrayList<>()).add(campaign));
        List<Due> due = new ArrayList<>();
        campaignsByDays.forEach((days, campaigns) -> due.addAll(due(calendar, today, days,
                new Where().and("p.campaignId in :campaigns", "campaigns", campaigns))));
        Where others = own.isEmpty() ? new Where() : new Where().and("p.campaignId not in :campaigns", "campaigns", List.copyOf(own.keySet()));
        due.addAll(due(calendar, today, ServiceLevels.defaults().getEscalateAfterRedDays(), others));
        return due;
    }

    private List<Due> due(WorkCalendar calendar, LocalDate today, int days, Where where) {
        where.and("p.escalatedOn is null").and(RED_SINCE).param("movingStates", ProblemState.MOVING).param("routed", ProblemState.ROUTED)
                .param("paused", ProblemState.PAUSED).param("redSince", redSince(calendar, today, days)).param("pausedLeft", -days);
        // The audit snapshot of an escalated problem names its assisting units: read in one more query, not one a problem.
        return where.bind(em.createQuery(DUE + where.clause() + " order by p.id", Problem.class)).setHint("eclipselink.batch", "p.assistingUnits")
                .setHint("eclipselink.batch.type", "IN").getResultList().stream()
                .filter(p -> p.redFor(days, calendar, today)).map(p -> new Due(p, days)).toList();
    }

    /**
     * The last day a deadline may have passed for its problem to be RED {@code days} working days today: the day before
     * the {@code days}-th working day counted back from today (today included), so that the working days after it up to
     * today are {@code days}; with 0, yesterday.
     */
    public static LocalDate redSince(WorkCalendar calendar, LocalDate today, int days) {
        LocalDate d = today;
        for (int left = days; left > 0; d = d.minusDays(1)) {
            if (calendar.isWorkingDay(d) && --left == 0) {
                return d.minusDays(1);
            }
        }
        return today.minusDays(1);
    }

    /** The reason an automatic escalation gives, in the office's words (Chinese, as the ledger stores reasons). */
    public static String reason(int redDays) {
        return Messages.get(Messages.CHINESE, "ledger.escalation.auto", redDays);
    }
}
