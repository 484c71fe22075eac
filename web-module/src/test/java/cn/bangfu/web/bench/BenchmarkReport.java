package cn.bangfu.web.bench;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The benchmark's results as Markdown: the data it ran on, then one row per request. */
record BenchmarkReport(double scale, int reps, ProvinceData data, Map<String, Double> fill, Map<String, Long> rows,
                       List<Timing> timings, List<LedgerBench.Compared> ledger, List<Timing> digest, ProvinceBenchmarkIT.Export export, boolean heapRead, Long heapBeforeMb, Long heapAfterMb, boolean statementsCounted,
                       List<AppraisalBench.Result> appraisal, List<String> failures) {

    /** Slower than this median is listed as slow. */
    static final double SLOW_MS = 200;

    /** Year-end batch scoring beside the same aggregates in SQL ({@link AppraisalBench}). */
    private void scoring(StringBuilder md) {
        md.append("\n## Year-end batch scoring\n\n");
        md.append("As the provincial evaluation office: a scheme over every unit of the campaign (every metric family by formula, a deduction,"
                + " a manual indicator, a veto), the forms of all its units opened in one request, then the batch scoring job from its POST"
                + " to DONE, polled every " + AppraisalBench.POLL_MS + " ms; a second job computes the same forms again when the first took"
                + " under 3 minutes. SQL = the job's statements in the server's log, the polls' own taken off. Beside it, on the same data and"
                + " units, hand-written PostgreSQL over JDBC (median of " + reps + "): *aggregates* = one statement per metric family with"
                + " the counts by unit; *rows* = the rows the application reads (ids, versions, states, days) for all units at once;"
                + " *writes* = the computed cells, the forms with their frozen texts and an event each, rolled back."
                + " × = scoring wall time / SQL. A JDBC batch (up to 100 rows) is one statement sent. Heap sampled with jcmd every 5 s.\n\n");
        md.append("| campaign | forms | open forms | scoring | wall s | forms/s | done | failed | SQL statements (selects) | aggregates ms | × | rows ms"
                + " | writes ms | × (rows + writes) | heap MB before / peak / after |\n"
                + "| --- | ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |\n");
        for (AppraisalBench.Result r : appraisal) {
            double agg = AppraisalBench.Result.median(r.rawReadMillis());
            double rows = AppraisalBench.Result.median(r.rawRowsMillis());
            double writes = AppraisalBench.Result.median(r.rawWriteMillis());
            int n = 0;
            for (AppraisalBench.Run run : r.runs()) {
                n++;
                double ms = run.seconds() * 1000;
                md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f s, %s SQL | %s %s | %.1f | %.0f | %,d | %,d | %s | %.0f | %s | %.0f | %s | %s | %s / %s / %s |%n",
                        r.campaign(), r.forms(), r.openSeconds(), r.openStatements() < 0 ? "?" : String.format(Locale.ROOT, "%,d", r.openStatements()),
                        n == 1 ? "first" : "again", run.status(), run.seconds(), run.formsPerSecond(), run.done(), run.failed(),
                        run.statements() < 0 ? "?" : String.format(Locale.ROOT, "%,d (%,d)", run.statements(), run.selects()), agg,
                        agg == 0 ? "–" : String.format(Locale.ROOT, "%.1f", ms / agg), rows, writes == 0 ? "–" : String.format(Locale.ROOT, "%.0f", writes),
                        rows + writes == 0 ? "–" : String.format(Locale.ROOT, "%.1f", ms / (rows + writes)), run.heapBeforeMb(), run.heapPeakMb(),
                        run.heapAfterMb()));
            }
            if (r.runs().isEmpty()) {
                md.append(String.format(Locale.ROOT, "| %s | %,d | %.1f s | not scored | | | | | | | | | | | |%n", r.campaign(), r.forms(), r.openSeconds()));
            }
        }
        for (AppraisalBench.Result r : appraisal) {
            md.append(String.format(Locale.ROOT, "%n### %s: %s%n%n", r.campaign(), r.what()));
            if (!r.fill().isEmpty()) {
                double total = r.fill().values().stream().mapToDouble(Double::doubleValue).sum();
                md.append(String.format(Locale.ROOT, "Filled first in %.0f s (", total));
                r.fill().forEach((table, sec) -> md.append(String.format(Locale.ROOT, "%s %.1f s, ", table, sec)));
                md.setLength(md.length() - 2);
                md.append(").\n\n");
            }
            md.append(String.format(Locale.ROOT, "%,d forms opened (%,d there already) in %.1f s.%n%n", r.created(), r.existing(), r.openSeconds()));
            md.append("SQL by family, median ms (rows):\n\n| family | aggregates ms | rows | | the application's rows | ms | rows |\n"
                    + "| --- | ---: | ---: | --- | --- | ---: | ---: |\n");
            List<String> a = List.copyOf(r.rawReads().keySet());
            List<String> b = List.copyOf(r.rawRows().keySet());
            for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
                String ka = i < a.size() ? a.get(i) : null;
                String kb = i < b.size() ? b.get(i) : null;
                md.append(String.format(Locale.ROOT, "| %s | %s | %s | | %s | %s | %s |%n", ka == null ? "" : ka,
                        ka == null ? "" : String.format(Locale.ROOT, "%.1f", r.rawReads().get(ka)), ka == null ? "" : String.format(Locale.ROOT, "%,d", r.rawReadRows().get(ka)),
                        kb == null ? "" : kb, kb == null ? "" : String.format(Locale.ROOT, "%.1f", r.rawRows().get(kb)),
                        kb == null ? "" : String.format(Locale.ROOT, "%,d", r.rawRowCounts().get(kb))));
            }
            md.append(String.format(Locale.ROOT, "%nSets: aggregates %s ms, rows %s ms, writes (rolled back) %s ms.%n", ms(r.rawReadMillis()),
                    ms(r.rawRowsMillis()), ms(r.rawWriteMillis())));
            int n = 0;
            for (AppraisalBench.Run run : r.runs()) {
                n++;
                md.append(String.format(Locale.ROOT, "%n**Scoring, %s run**: %s in %.1f s (%.1f s from its start to its end on the server), %,d of %,d forms computed, %,d failed%s. %,d polls (%d statements each,"
                        + " taken off; %.0f ms each, median, HTTP Basic authentication included); %,d bytes of statement log.%n", n == 1 ? "first" : "second",
                        run.status(), run.seconds(), run.serverSeconds(), run.done(), run.total(), run.failed(), run.failure() == null ? "" : " (" + run.failure() + ")", run.polls(),
                        run.perPoll(), run.pollMs(), run.logBytes()));
                if (run.phases() != null && run.phases().chunks() > 0) {
                    AppraisalBench.Phases p = run.phases();
                    md.append(String.format(Locale.ROOT, "%d chunks: reading %.1f s, computing (last read to first write) %.1f s, writing %.1f s; the slowest"
                            + " chunk %.1f s.%n", p.chunks(), p.readMs() / 1000, p.computeMs() / 1000, p.writeMs() / 1000, p.maxChunkMs() / 1000));
                }
                if (!run.progressSeconds().isEmpty()) {
                    md.append("Progress moved at (s after the POST): ").append(run.progressSeconds().stream().limit(40)
                            .map(sec -> String.format(Locale.ROOT, "%.1f", sec)).toList()).append(run.progressSeconds().size() > 40 ? " …" : "").append(".\n");
                }
                if (!run.shapes().isEmpty()) {
                    md.append("\n| statement (verb, tables) | sent | rows bound | ms to the job's next statement |\n| --- | ---: | ---: | ---: |\n");
                    run.shapes().stream().limit(16).forEach(sh -> md.append(String.format(Locale.ROOT, "| %s | %,d | %,d | %,.0f |%n", sh.key(), sh.count(),
                            sh.executions(), sh.millis())));
                }
                if (!run.failures().isEmpty()) {
                    md.append("\nForms that failed (first ").append(Math.min(5, run.failures().size())).append("):\n");
                    run.failures().stream().limit(5).forEach(f -> md.append("- ").append(f).append('\n'));
                }
            }
        }
    }

    private static String ms(List<Double> millis) {
        return millis.isEmpty() ? "–" : millis.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList().toString();
    }

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
        if (!appraisal.isEmpty()) {
            scoring(md);
        }
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
