package cn.bangfu.appraisal.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** One unit's values and records as {@link UnitMetrics} tallies them; every metric starts at 0. */
final class UnitTally {

    private final Map<Metric, Double> values = new EnumMap<>(Metric.class);
    private final Map<Metric, List<SourceRef>> sources = new EnumMap<>(Metric.class);

    UnitTally() {
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
