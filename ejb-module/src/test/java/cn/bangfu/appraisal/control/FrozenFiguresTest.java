package cn.bangfu.appraisal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A form's frozen figures as text (what the appraisal table keeps): the metric values come back exactly as computed, and
 * the records behind each metric come back for that metric, a record behind several metrics written on one line.
 */
class FrozenFiguresTest {

    private static final SourceRef P4711 = new SourceRef(SourceRef.PROBLEM, 4711, 3);
    private static final SourceRef P4712 = new SourceRef(SourceRef.PROBLEM, 4712, 1);
    private static final SourceRef P9 = new SourceRef(SourceRef.PROBLEM, 9, 0);
    private static final SourceRef F88 = new SourceRef(SourceRef.FINDING, 88, 2);
    private static final SourceRef R5 = new SourceRef(SourceRef.RECTIFICATION, 5, 7);
    private static final SourceRef V31 = new SourceRef(SourceRef.VISIT, 31, 1);

    /** The records of each metric in the order a form shows them (by type, then id). */
    private static Map<Metric, List<SourceRef>> sorted(Map<Metric, List<SourceRef>> sources) {
        Map<Metric, List<SourceRef>> m = new EnumMap<>(Metric.class);
        sources.forEach((k, v) -> {
            List<SourceRef> l = new ArrayList<>(v);
            l.sort(SourceRef.ORDER);
            m.put(k, l);
        });
        return m;
    }

    // --- values -------------------------------------------------------------------------------------------------

    @Test
    void everyMetricsValueComesBackExactly() {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        double v = 0;
        for (Metric m : Metric.values()) {
            values.put(m, switch (m.kind()) {
                case RATE -> 2161.0 / 2184 - v / 1000;
                case COUNT -> 2184 + v;
                case DAYS -> 17.5 + v / 3;
            });
            v++;
        }
        values.put(Metric.PLAN_DAYS_LATE, 0.0);
        values.put(Metric.SATISFACTION_RATE, 1e-7);
        values.put(Metric.TARGETS, 1e16);
        assertEquals(values, FrozenFigures.values(FrozenFigures.values(values)));
    }

    @Test
    void theValuesAreWrittenByKeyInTheMetricsOrderWholeNumbersWithoutDecimals() {
        Map<Metric, Double> values = new LinkedHashMap<>();
        values.put(Metric.RESOLUTION_RATE, 0.9167);
        values.put(Metric.RESOLVED, 11.0);
        values.put(Metric.COLLECTED, 12.0);
        values.put(Metric.FINDINGS_MINOR, 0.0);
        assertEquals("collected=12;resolved=11;resolutionRate=0.9167;findingsMinor=0", FrozenFigures.values(values));
    }

    @Test
    void noValuesAreNoText() {
        assertEquals("", FrozenFigures.values(Map.of()));
        assertEquals(Map.of(), FrozenFigures.values(""));
        assertEquals(Map.of(), FrozenFigures.values((String) null));
    }

    // --- records ------------------------------------------------------------------------------------------------

    @Test
    void theRecordsBehindEachMetricComeBackForThatMetric() {
        Map<Metric, List<SourceRef>> sources = new EnumMap<>(Metric.class);
        sources.put(Metric.COLLECTED, List.of(P4712, P9, P4711));
        sources.put(Metric.RESOLVED, List.of(P4711, P9));
        sources.put(Metric.RESOLUTION_RATE, List.of(P4711, P9, P4712));
        sources.put(Metric.VISITS, List.of(V31));
        sources.put(Metric.FINDINGS_SERIOUS, List.of(F88));
        sources.put(Metric.RECTIFICATIONS_OVERDUE, List.of(R5));
        Map<Metric, List<SourceRef>> back = FrozenFigures.records(FrozenFigures.records(sources));
        assertEquals(sorted(sources), sorted(back));
        assertEquals(List.of(R5), back.get(Metric.RECTIFICATIONS_OVERDUE), "the last metric's bit survives");
        assertEquals(null, back.get(Metric.CLOSED), "a metric without records has none");
    }

    @Test
    void aRecordBehindSeveralMetricsIsWrittenOnceWithItsVersion() {
        Map<Metric, List<SourceRef>> sources = new EnumMap<>(Metric.class);
        sources.put(Metric.COLLECTED, List.of(P4711, P4712));
        sources.put(Metric.RESOLVED, List.of(P4711));
        sources.put(Metric.CLOSED, List.of(P4711));
        sources.put(Metric.FINDINGS_MAJOR, List.of(F88));
        String text = FrozenFigures.records(sources);
        assertEquals("finding 88 2 10000\nproblem 4711 3 7\nproblem 4712 1 1\n", text,
                "one line a record: type, id, version, the metrics as a bit set of their ordinals");
        Map<Metric, List<SourceRef>> back = FrozenFigures.records(text);
        assertEquals(List.of(P4711), back.get(Metric.CLOSED));
        assertEquals(Set.of(P4711, P4712), Set.copyOf(back.get(Metric.COLLECTED)));
        assertEquals(3, back.get(Metric.RESOLVED).get(0).version(), "the version it had when counted");
    }

    @Test
    void noRecordsAreNoText() {
        assertEquals("", FrozenFigures.records(Map.of()));
        assertEquals(Map.of(), FrozenFigures.records(""));
        assertEquals(Map.of(), FrozenFigures.records((String) null));
    }

    // --- an item's inputs ---------------------------------------------------------------------------------------

    @Test
    void anItemsInputsAreTheValuesOfItsMetricsByKeyInTheMetricsOrder() {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.COLLECTED, 12.0);
        values.put(Metric.FINDINGS_MINOR, 2.0);
        values.put(Metric.FINDINGS_SERIOUS, 1.0);
        values.put(Metric.VISITS, 30.0);
        Map<String, Double> inputs = FrozenFigures.inputs(values, List.of(Metric.FINDINGS_SERIOUS, Metric.FINDINGS_MAJOR, Metric.FINDINGS_MINOR));
        assertEquals(List.of("findingsMinor", "findingsSerious"), List.copyOf(inputs.keySet()), "in the metrics' order; no value, no input");
        assertEquals(Map.of("findingsMinor", 2.0, "findingsSerious", 1.0), inputs);
        assertTrue(FrozenFigures.inputs(values, Set.of()).isEmpty());
    }
}
