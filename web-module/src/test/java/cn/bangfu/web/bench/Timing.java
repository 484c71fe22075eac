package cn.bangfu.web.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One request measured: its times in ms after warm-up, its answer's size, and the SQL it caused. */
record Timing(String name, String user, String path, List<Double> millis, long bytes, String items, int statements, int selects) {

    double median() {
        return percentile(50);
    }

    double p95() {
        return percentile(95);
    }

    /** Nearest-rank percentile. */
    private double percentile(int p) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
