package cn.bangfu.web.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results as Markdown: the data it ran on, then one row per request. */
record BenchmarkReport(double scale, int reps, ProvinceData data, Map<String, Double> fill, Map<String, Long> rows,
                       List<Timing> timings, ProvinceBenchmarkIT.Export export, boolean heapRead, Long heapBeforeMb, Long heapAfterMb, boolean statementsCounted,
                       List<String> failures) {

    /** Slower than this median is listed as slow. */
    static final double SLOW_MS = 200;

    String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Bangfu benchmark, ").append(ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("\n\n");
        md.append(String.format(Locale.ROOT, "Scale %s: %d counties, %,d units, %,d enterprises, %,d campaigns, %,d visits. "
                + "%d warm-up requests, then %d timed, one at a time, on PostgreSQL; %s, %d CPUs.%n%n", scale, data.counties,
                data.units, data.enterprises, data.campaigns, data.visits, 3, reps, System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors()));
        md.append("## Data\n\n| table | rows |\n| --- | ---: |\n");
        rows.forEach((table, n) -> md.append(String.format(Locale.ROOT, "| %s | %,d |%n", table, n)));
        double total = fill.values().stream().mapToDouble(Double::doubleValue).sum();
        md.append(String.format(Locale.ROOT, "%nFilled in %.0f s (", total));
        fill.forEach((table, s) -> md.append(String.format(Locale.ROOT, "%s %.1f s, ", table, s)));
        md.setLength(md.length() - 2);
        md.append(").\n\n## Requests\n\n");
        md.append("P = provincial office (OFFICE, 430000), C = county office (OFFICE, ").append(data.countyCode(0))
                .append("), U = a unit (UNIT, leads ~7 and helps ~20 targets). SQL = statements the request sent to the database"
                        + (statementsCounted ? "" : " (not counted: no statement log)") + ".\n\n");
        md.append("| request | user | median ms | p95 ms | bytes | items | SQL | path |\n| --- | --- | ---: | ---: | ---: | --- | ---: | --- |\n");
        for (Timing t : timings) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %,d | %s | %s | `%s` |%n", t.name(), t.user().substring(6, 7)
                    .toUpperCase(Locale.ROOT), t.median(), t.p95(), t.bytes(), t.items(), t.statements() < 0 ? "?" : t.statements(),
                    t.path()));
        }
        md.append("\n## Slow (median > ").append((int) SLOW_MS).append(" ms)\n\n");
        timings.stream().filter(t -> t.median() > SLOW_MS).forEach(t -> md.append(String.format(Locale.ROOT, "- %s (%s): %.0f ms%n",
                t.name(), t.user(), t.median())));
        md.append("\n## Enterprise export (Excel, everything P sees)\n\n");
        md.append(export == null ? "Not measured.\n" : String.format(Locale.ROOT, "%d runs: %s ms; %,d bytes; %s SQL statements. Heap in use after a full GC %s MB before,"
                + " %s MB after; highest heap in use while exporting (sampled with jcmd, garbage included) %s MB.%n",
                export.millis().size(), export.millis().stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList(),
                export.bytes(), export.statements() < 0 ? "?" : export.statements(), export.heapBeforeMb(), export.heapAfterMb(),
                export.heapPeakMb()));
        md.append("\n## Server heap\n\n");
        md.append(heapRead
                ? String.format(Locale.ROOT, "Used after a full GC: %s MB before the requests, %s MB after them (-Xmx1g).%n",
                        heapBeforeMb, heapAfterMb)
                : "Not read: the Payara Micro process was not found for jcmd.\n");
        if (!failures.isEmpty()) {
            md.append("\n## Failed requests\n\n");
            failures.forEach(f -> md.append("- ").append(f.lines().findFirst().orElse(f)).append('\n'));
        }
        return md.toString();
    }
}
