package cn.bangfu.ledger.entity;

import jakarta.json.bind.annotation.JsonbNillable;
import java.io.Serializable;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;

/**
 * The ledger's counts and rates of one group (a unit as responsible unit, a region, a category, a month, or the total),
 * as the API, the pages and the exports show them ({@link ProblemCounts} defines them). Rates are 0–1, 4 decimals,
 * null when their denominator is 0.
 */
@JsonbNillable
public record MetricsRow(String key, String name, long collected, long resolved, long closed, long resolvedOnTime, long resolvedOnTimeOriginal,
                         long rated, long satisfied, Double resolutionRate, Double closureRate, Double onTimeRate, Double onTimeRateOriginal,
                         Double satisfactionRate) implements Serializable {

    /** What rows may be ranked by, by JSON name. */
    public static final Map<String, Function<MetricsRow, Number>> MEASURES = Map.ofEntries(
            Map.entry("collected", MetricsRow::collected), Map.entry("resolved", MetricsRow::resolved), Map.entry("closed", MetricsRow::closed),
            Map.entry("resolvedOnTime", MetricsRow::resolvedOnTime), Map.entry("resolvedOnTimeOriginal", MetricsRow::resolvedOnTimeOriginal),
            Map.entry("rated", MetricsRow::rated), Map.entry("satisfied", MetricsRow::satisfied),
            Map.entry("resolutionRate", MetricsRow::resolutionRate), Map.entry("closureRate", MetricsRow::closureRate),
            Map.entry("onTimeRate", MetricsRow::onTimeRate), Map.entry("onTimeRateOriginal", MetricsRow::onTimeRateOriginal),
            Map.entry("satisfactionRate", MetricsRow::satisfactionRate));

    /** The rates as pages show them, one decimal from the exact ratio ({@link ProblemCounts#percent}). */
    public String resolutionPercent() {
        return ProblemCounts.percent(resolved, collected);
    }

    public String closurePercent() {
        return ProblemCounts.percent(closed, collected);
    }

    public String onTimePercent() {
        return ProblemCounts.percent(resolvedOnTime, resolved);
    }

    public String onTimeOriginalPercent() {
        return ProblemCounts.percent(resolvedOnTimeOriginal, resolved);
    }

    public String satisfactionPercent() {
        return ProblemCounts.percent(satisfied, rated);
    }

    /**
     * The order of a ranking by a measure: highest first (lowest with {@code ascending}), rows without a value last,
     * ties by more problems collected, then by key.
     */
    public static Comparator<MetricsRow> ranking(String measure, boolean ascending) {
        Function<MetricsRow, Number> m = MEASURES.get(measure);
        Comparator<Double> values = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing((MetricsRow r) -> m.apply(r) == null ? null : m.apply(r).doubleValue(), Comparator.nullsLast(values))
                .thenComparing(Comparator.comparingLong(MetricsRow::collected).reversed())
                .thenComparing(MetricsRow::key, Comparator.nullsLast(Comparator.naturalOrder()));
    }
}
