package cn.bangfu.web.ledger;

import cn.bangfu.ledger.entity.MetricsRow;
import cn.bangfu.ledger.entity.ProblemCounts;
import cn.bangfu.web.platform.Labels;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The dashboard's charts as Chart.js configurations for p:chart (JSON only: the pages' content security policy runs
 * no inline script). Rates are percentages from the exact ratios; a rate with nothing to count is left out, not drawn as 0.
 */
final class LedgerCharts {

    private LedgerCharts() {
    }

    /** 化解率, 按时办结率 and 满意率 of each category, as bars. */
    static String rates(List<MetricsRow> rows, Labels labels) {
        JsonArrayBuilder names = Json.createArrayBuilder();
        rows.forEach(r -> names.add(r.name()));
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(dataset(labels.get("ledger.metrics.resolutionRate"), rows, r -> ProblemCounts.percentValue(r.resolved(), r.collected()), "#2e7d32"))
                .add(dataset(labels.get("ledger.metrics.onTimeRate"), rows, r -> ProblemCounts.percentValue(r.resolvedOnTime(), r.resolved()), "#1565c0"))
                .add(dataset(labels.get("ledger.metrics.satisfactionRate"), rows, r -> ProblemCounts.percentValue(r.satisfied(), r.rated()), "#ef6c00"));
        return chart("bar", names, sets, 100);
    }

    /** Problems collected and resolved by month raised, as lines. */
    static String trend(List<MetricsRow> rows, Labels labels) {
        JsonArrayBuilder months = Json.createArrayBuilder();
        rows.forEach(r -> months.add(r.key()));
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(counts(labels.get("ledger.metrics.collected"), rows, MetricsRow::collected, "#1565c0"))
                .add(counts(labels.get("ledger.metrics.resolved"), rows, MetricsRow::resolved, "#2e7d32"));
        return chart("line", months, sets, null);
    }

    private static JsonObjectBuilder dataset(String label, List<MetricsRow> rows, Function<MetricsRow, BigDecimal> percent, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        for (MetricsRow r : rows) {
            BigDecimal v = percent.apply(r);
            if (v == null) {
                data.addNull();
            } else {
                data.add(v);
            }
        }
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", colour).add("borderColor", colour);
    }

    private static JsonObjectBuilder counts(String label, List<MetricsRow> rows, Function<MetricsRow, Long> count, String colour) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(count.apply(r)));
        return Json.createObjectBuilder().add("label", label).add("data", data).add("borderColor", colour).add("backgroundColor", colour)
                .add("fill", false).add("tension", 0.2);
    }

    private static String chart(String type, JsonArrayBuilder labels, JsonArrayBuilder datasets, Integer max) {
        JsonObjectBuilder y = Json.createObjectBuilder().add("beginAtZero", true);
        if (max != null) {
            y.add("max", max);
        }
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("y", y)))
                .build().toString();
    }
}
