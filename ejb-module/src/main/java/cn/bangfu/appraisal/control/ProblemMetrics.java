package cn.bangfu.appraisal.control;

import static cn.bangfu.appraisal.control.ScalarRows.id;

import cn.bangfu.ledger.entity.ProblemCounts;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.ledger.entity.Rating;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The ledger's metrics of units ({@link UnitMetrics}), from COLLECTED to SATISFACTION_RATE, in one query. The problems are
 * the campaign's problems routed to the unit and raised from {@code from} to {@code to}, withdrawn ones aside: the ledger's
 * own filter ({@link cn.bangfu.ledger.control.LedgerMetrics}), and the counts make a {@link ProblemCounts}, so that the
 * appraisal's rates are the ledger's to the last digit. A rate whose denominator is 0 is 1.0: a unit with no problem (or
 * none resolved, or none rated) left nothing unresolved and loses no points.
 */
final class ProblemMetrics {

    // the flags compared as the ledger compares them (LedgerMetrics), so that a stray value counts alike in both
    static final String PROBLEMS = "select p.responsibleUnitId, p.id, p.version, p.state, case when p.onTime = :yes then 1 else 0 end,"
            + " case when p.onTimeOriginal = :yes then 1 else 0 end, p.rating from Problem p where p.campaignId = :campaign"
            + " and p.responsibleUnitId in :units and p.raisedOn >= :from and p.raisedOn <= :to and p.state <> :withdrawn";

    private final ScalarRows rows;

    ProblemMetrics(ScalarRows rows) {
        this.rows = rows;
    }

    void tally(MetricsPeriod p, List<Long> units, Map<Long, UnitTally> tallies) {
        Map<Long, ProblemCounts> counts = new HashMap<>();
        for (Object[] r : rows.of(PROBLEMS).setParameter("campaign", p.campaignId()).setParameter("units", units).setParameter("from", p.from())
                .setParameter("to", p.to()).setParameter("withdrawn", ProblemState.WITHDRAWN).setParameter("yes", Boolean.TRUE).getResultList()) {
            long unit = id(r[0]);
            ProblemCounts one = counted((ProblemState) r[3], yes(r[4]), yes(r[5]), (Rating) r[6]);
            counts.merge(unit, one, ProblemCounts::plus);
            cite(tallies.get(unit), one, new SourceRef(SourceRef.PROBLEM, id(r[1]), id(r[2])));
        }
        tallies.forEach((unit, tally) -> rates(tally, counts.getOrDefault(unit, ProblemCounts.NONE)));
    }

    /** One problem as the ledger counts it (the sums of the ledger's metrics). */
    private static ProblemCounts counted(ProblemState state, boolean onTime, boolean onTimeOriginal, Rating rating) {
        boolean resolved = state == ProblemState.RESOLVED || state == ProblemState.CLOSED;
        return new ProblemCounts(1, resolved ? 1 : 0, state == ProblemState.CLOSED ? 1 : 0, resolved && onTime ? 1 : 0,
                resolved && onTimeOriginal ? 1 : 0, rating != null ? 1 : 0,
                rating == Rating.SATISFIED || rating == Rating.BASICALLY_SATISFIED ? 1 : 0);
    }

    /** A problem behind each count it is in, and behind the rates over those counts. */
    private static void cite(UnitTally tally, ProblemCounts one, SourceRef ref) {
        tally.add(Metric.COLLECTED, ref);
        tally.add(Metric.RESOLUTION_RATE, ref);
        tally.add(Metric.CLOSURE_RATE, ref);
        if (one.resolved() > 0) {
            tally.add(Metric.RESOLVED, ref);
            tally.add(Metric.ON_TIME_RATE, ref);
            tally.add(Metric.ON_TIME_RATE_ORIGINAL, ref);
        }
        if (one.closed() > 0) {
            tally.add(Metric.CLOSED, ref);
        }
        if (one.rated() > 0) {
            tally.add(Metric.SATISFACTION_RATE, ref);
        }
    }

    private static void rates(UnitTally tally, ProblemCounts c) {
        tally.set(Metric.COLLECTED, c.collected());
        tally.set(Metric.RESOLVED, c.resolved());
        tally.set(Metric.CLOSED, c.closed());
        tally.set(Metric.RESOLUTION_RATE, rate(c.resolutionRate()));
        tally.set(Metric.CLOSURE_RATE, rate(c.closureRate()));
        tally.set(Metric.ON_TIME_RATE, rate(c.onTimeRate()));
        tally.set(Metric.ON_TIME_RATE_ORIGINAL, rate(c.onTimeRateOriginal()));
        tally.set(Metric.SATISFACTION_RATE, rate(c.satisfactionRate()));
    }

    /** Nothing to count is nothing left undone (see the class comment). */
    private static double rate(Double rate) {
        return rate == null ? 1.0 : rate;
    }

    /** A flag of {@link #PROBLEMS}: 1 where the ledger counts it. */
    private static boolean yes(Object flag) {
        return ((Number) flag).intValue() == 1;
    }
}
