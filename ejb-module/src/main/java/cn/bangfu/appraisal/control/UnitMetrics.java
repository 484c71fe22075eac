package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.control.TargetMetrics.Helped;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.platform.control.ChunkedLookup;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The {@link Metric}s of many units of one campaign in one appraisal period, each with the records behind it
 * ({@link UnitFigures}). A province (20,000 units, a million problems, millions of visits) is scored in a fixed number of
 * queries per {@link ChunkedLookup#CHUNK} units, never one per unit: the queries read scalar columns (ids, versions, days,
 * states), tallied here, because every number must name its records. Each part reads its own records and says what it
 * counts: {@link ProblemMetrics} the ledger's problems, {@link TargetMetrics} the assignments (the targets the other parts
 * go by), {@link PlanMetrics} the assistance plans, {@link VisitMetrics} the visits, {@link InspectionMetrics} the
 * findings and rectifications. Plan statuses and rectification states are those of today: a record keeps no state of the
 * past, so a period that ended is judged by today's state.
 */
@Dependent
public class UnitMetrics {

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
        MetricsPeriod period = new MetricsPeriod(campaign, from, to, end);
        List<Long> units = List.copyOf(new LinkedHashSet<>(unitIds));
        ScalarRows rows = new ScalarRows(em);
        Map<Long, UnitFigures> figures = new LinkedHashMap<>();
        ChunkedLookup.inChunks(units, ChunkedLookup.CHUNK, slice -> List.of(chunk(rows, period, slice))).forEach(figures::putAll);
        return figures;
    }

    private static Map<Long, UnitFigures> chunk(ScalarRows rows, MetricsPeriod p, List<Long> units) {
        Map<Long, UnitTally> tallies = new LinkedHashMap<>();
        units.forEach(u -> tallies.put(u, new UnitTally()));
        new ProblemMetrics(rows).tally(p, units, tallies);
        Map<Long, Map<Long, Helped>> helped = new TargetMetrics(rows).tally(p, units, tallies);
        new PlanMetrics(rows).tally(p, units, helped, tallies);
        new VisitMetrics(rows).tally(p, units, helped, tallies);
        new InspectionMetrics(rows).tally(p, units, tallies);
        Map<Long, UnitFigures> figures = new LinkedHashMap<>();
        tallies.forEach((u, t) -> figures.put(u, t.figures()));
        return figures;
    }
}
