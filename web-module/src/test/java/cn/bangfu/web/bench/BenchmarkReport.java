package cn.bangfu.web.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results as Markdown: the data it ran on, then one row per request. */
record BenchmarkReport(double scale, int reps, ProvinceData data, Map<String, Double> fill, Map<String, Long> rows,
                       List<Timing> timings, List<LedgerBench.Compared> ledger, List<Timing> digest, ProvinceBenchmarkIT.Export export, boolean heapRead, Long heapBeforeMb, Long heapAfterMb, boolean statementsCounted,
                       List<String> failures) {

    /** Slower than this median is listed as slow. */
    static final double SLOW_MS = 200;

    private static String user(Timing t) {
        return t.user().substring(6, 7).toUpperCase(Locale.ROOT);
    }

    private static String list(Timing t) {
        return t.millis().stream().map(ms -> String.format(Locale.ROOT, "%.0f", ms)).toList().toString();
    }

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
        if (!ledger.isEmpty()) {
            md.append("\n## Problem ledger beside raw SQL\n\nThe same answer fetched over JDBC with hand-written SQL on the same data (the page,"
                    + " its count and its assisting units; the aggregate with the names), timed alike. × = API median / SQL median.\n\n");
            // the first case is the floor: what any request costs the API (authentication, HTTP, JSON) beside its own SQL
            double floor = ledger.get(0).api().median() - ledger.get(0).raw().median();
            md.append(String.format(Locale.ROOT, "The first row is the floor of an API request (HTTP Basic authentication verifying the password,"
                    + " HTTP, JSON): %.1f ms more than its SQL. × net = (API median − floor) / SQL median.%n%n", floor));
            md.append("| request | user | API median ms | API p95 ms | SQL median ms | SQL p95 ms | × | × net | items | SQL statements | path |\n"
                    + "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | --- |\n");
            for (LedgerBench.Compared c : ledger) {
                Timing t = c.api();
                md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.1f | %.1f | %.1f | %.2f | %.2f | %s | %s | `%s` |%n", t.name(), user(t),
                        t.median(), t.p95(), c.raw().median(), c.raw().p95(), c.ratio(), c.raw().median() == 0 ? 0
                                : Math.max(0, t.median() - floor) / c.raw().median(), t.items(), t.statements() < 0 ? "?" : t.statements(), t.path()));
            }
        }
        if (digest.size() == 2) {
            md.append(String.format(Locale.ROOT, "%nDaily reminders for the province (%s), %d runs, each after the day's lock and digests were cleared"
                    + " (the first one escalates the problems due): %s ms; the same work in SQL (counts by unit, problems due, digest rows,"
                    + " inbox notices; rolled back): %s ms.%n", digest.get(0).path(), digest.get(0).millis().size(), list(digest.get(0)),
                    list(digest.get(1))));
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
