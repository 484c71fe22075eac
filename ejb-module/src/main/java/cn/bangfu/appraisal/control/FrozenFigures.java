package cn.bangfu.appraisal.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A unit's figures as a form keeps them frozen, in two texts small enough for a province's batch: the metric values
 * ("collected=12;resolutionRate=0.9167;…") and the records behind them, one line a record: its type, id, version and the
 * metrics it stands behind as a hexadecimal bit set of {@link Metric} ordinals ("problem 4711 3 7f"). A record behind
 * several metrics is written once.
 */
public final class FrozenFigures {

    private FrozenFigures() {
    }

    public static String values(Map<Metric, Double> values) {
        StringBuilder b = new StringBuilder();
        for (Metric m : Metric.values()) {
            Double v = values.get(m);
            if (v != null) {
                if (b.length() > 0) {
                    b.append(';');
                }
                b.append(m.key()).append('=').append(plain(v));
            }
        }
        return b.toString();
    }

    public static Map<Metric, Double> values(String text) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        if (text == null || text.isEmpty()) {
            return values;
        }
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            Metric m = Metric.byKey(pair.substring(0, eq));
            if (m != null) {
                values.put(m, Double.valueOf(pair.substring(eq + 1)));
            }
        }
        return values;
    }

    public static String records(Map<Metric, List<SourceRef>> sources) {
        Map<String, long[]> merged = new TreeMap<>();
        for (Map.Entry<Metric, List<SourceRef>> e : sources.entrySet()) {
            for (SourceRef r : e.getValue()) {
                long[] vb = merged.computeIfAbsent(r.type() + " " + r.id(), k -> new long[]{r.version(), 0});
                vb[1] |= 1L << e.getKey().ordinal();
            }
        }
        StringBuilder b = new StringBuilder();
        merged.forEach((typeAndId, vb) -> b.append(typeAndId).append(' ').append(vb[0]).append(' ').append(Long.toHexString(vb[1])).append('\n'));
        return b.toString();
    }

    /** The records behind each metric, in the order written (type, then id as text). */
    public static Map<Metric, List<SourceRef>> records(String text) {
        Map<Metric, List<SourceRef>> sources = new EnumMap<>(Metric.class);
        if (text == null || text.isEmpty()) {
            return sources;
        }
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split(" ");
            SourceRef r = new SourceRef(f[0], Long.parseLong(f[1]), Long.parseLong(f[2]));
            long bits = Long.parseUnsignedLong(f[3], 16);
            for (Metric m : Metric.values()) {
                if ((bits & (1L << m.ordinal())) != 0) {
                    sources.computeIfAbsent(m, k -> new ArrayList<>()).add(r);
                }
            }
        }
        return sources;
    }

    /** The values of some metrics, by key in the metrics' order, for an item's {@code inputs}. */
    public static Map<String, Double> inputs(Map<Metric, Double> values, Iterable<Metric> metrics) {
        Map<Metric, Double> picked = new EnumMap<>(Metric.class);
        for (Metric m : metrics) {
            if (values.containsKey(m)) {
                picked.put(m, values.get(m));
            }
        }
        Map<String, Double> inputs = new LinkedHashMap<>();
        picked.forEach((m, v) -> inputs.put(m.key(), v));
        return inputs;
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.format(Locale.ROOT, "%s", v);
    }
}
