package cn.bangfu.appraisal.control;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One unit's metrics for one appraisal period ({@link UnitMetrics}), with the records behind each. Whatever it is built from,
 * it holds a value for every {@link Metric} and a list of records for every metric (empty when none), each list sorted by
 * {@link SourceRef#ORDER} without a record twice; both maps are unmodifiable.
 *
 * @param values  every metric's value: rates from 0 to 1, counts, days
 * @param sources every metric's records
 */
public record UnitFigures(Map<Metric, Double> values, Map<Metric, List<SourceRef>> sources) implements Serializable {

    /**
     * @throws IllegalArgumentException when a metric has no value
     */
    public UnitFigures {
        EnumMap<Metric, Double> v = new EnumMap<>(Metric.class);
        EnumMap<Metric, List<SourceRef>> s = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            Double value = values == null ? null : values.get(m);
            if (value == null) {
                throw new IllegalArgumentException("no value of " + m.key());
            }
            v.put(m, value);
            s.put(m, sorted(sources == null ? null : sources.get(m)));
        }
        values = Collections.unmodifiableMap(v);
        sources = Collections.unmodifiableMap(s);
    }

    /** The value of a metric. */
    public double value(Metric metric) {
        return values.get(metric);
    }

    /** The records behind a metric. */
    public List<SourceRef> sources(Metric metric) {
        return sources.get(metric);
    }

    private static List<SourceRef> sorted(List<SourceRef> refs) {
        if (refs == null || refs.isEmpty()) {
            return List.of();
        }
        TreeSet<SourceRef> once = new TreeSet<>(SourceRef.ORDER);
        once.addAll(refs);
        return List.copyOf(once);
    }
}
