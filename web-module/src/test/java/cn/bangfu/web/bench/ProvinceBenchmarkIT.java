package cn.bangfu.web.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.web.it.Http;
import cn.bangfu.web.it.ItDatabase;
import cn.bangfu.web.it.Loopback;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.File;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The main API reads on a generated province (see {@link ProvinceData}), for a provincial office, a
 * county office and a unit: each request warmed up, then timed {@code bangfu.bench.reps} times (median,
 * p95), its answer's size, and the SQL statements it cost (from the server's statement log, to catch
 * N+1). Writes target/benchmark-report.md. Times are reported, never asserted: a benchmark fails only
 * when a request does not answer 200.
 *
 * <p>The problem ledger ({@link ProvinceLedger}) is filled too and timed beside hand-written SQL ({@link LedgerBench}).
 *
 * <p>Last, year-end batch scoring of a county's and of the provincial campaign beside the same aggregates in SQL ({@link AppraisalBench}).
 *
 * <p>Run by hand: {@code ./mvnw -Pbench verify -DskipUTs [-Dbench.scale=0.1] [-Dbench.only=ledger|appraisal]}.
 */
@Tag("benchmark")
@ExtendWith(ArquillianExtension.class)
class ProvinceBenchmarkIT {

    private static final String PROVINCE = "bench-province";
    private static final String COUNTY = "bench-county";
    private static final String UNIT = "bench-unit";
    private static final int WARM_UP = 3;
    private static final int EXPORTS = 3;
    private static final int DIGEST_RUNS = 5;

    @Deployment(testable = false)
    static WebArchive bangfu() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bangfu.war")));
    }

    @ArquillianResource
    URL base;

    /** One kind of request, sent by {@code send} as {@code user}. */
    record Case(String name, String user, String path, Callable<Got> send) {
    }

    /** What one request got: its status, its size, how many items it listed, and a line for a failure. */
    record Got(int status, long bytes, String items, String failure) {
    }

    @Test
    void province() throws Exception {
        String jdbc = System.getProperty("bangfu.it.jdbc");
        assertNotNull(jdbc, "the benchmark runs on PostgreSQL only: ./mvnw -Pbench verify -DskipUTs");
        double scale = Double.parseDouble(System.getProperty("bangfu.bench.scale", "1"));
        int reps = Integer.getInteger("bangfu.bench.reps", 20);
        ProvinceData data = new ProvinceData(scale);

        String only = System.getProperty("bangfu.bench.only", "").strip();
        boolean ledgerOnly = "ledger".equals(only);
        boolean appraisalOnly = "appraisal".equals(only);
        // the server's day (China time): the ledger's lights and deadlines are generated around it
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        ProvinceLedger ledger = new ProvinceLedger(data, today);

        Map<String, Double> fill;
        Map<String, Long> rows;
        Connection db = ItDatabase.connect(jdbc, System.getProperty("bangfu.it.jdbc.user"), System.getProperty("bangfu.it.jdbc.password"));
        fill = data.fill(db);
        fill.putAll(ledger.fill(db));
        rows = rowCounts(db);

        Http http = new Http(Loopback.root(base));
        StatementLog log = new StatementLog(Path.of(System.getProperty("bangfu.bench.log")));
        ServerHeap heap = new ServerHeap(System.getProperty("bangfu.bench.logging"));
        Long heapBefore = heap.usedAfterFullGcMb().orElse(null);

        List<Timing> timings = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        List<LedgerBench.Compared> ledgerTimings = new ArrayList<>();
        List<Timing> digest = new ArrayList<>();
        List<AppraisalBench.Result> appraisal = new ArrayList<>();
        Long heapAfter = null;
        Export export = null;
        try (db) {
            Map<String, FacesSession> sessions = new LinkedHashMap<>();
            for (String user : List.of(PROVINCE, COUNTY)) {
                sessions.put(user, new FacesSession(Loopback.root(base), user, Http.DEMO_PASSWORD));
            }
            if (!ledgerOnly && !appraisalOnly) {
                for (Case c : apiCases(http, data)) {
                    timings.add(measure(c, reps, log, sql, failures));
                }
                for (Case c : pageCases(sessions, List.of("registry/enterprises.xhtml", "campaign/matrix.xhtml?campaign="
                        + ProvinceData.campaignCode(0)))) {
                    timings.add(measure(c, reps, log, sql, failures));
                }
            }
            if (!appraisalOnly) {
                LedgerBench bench = new LedgerBench(data, ledger, today, db);
                List<Callable<Integer>> raws = new ArrayList<>();
                List<Case> cases = bench.apiCases(http, raws);
                for (int i = 0; i < cases.size(); i++) {
                    Timing api = measure(cases.get(i), reps, log, sql, failures);
                    ledgerTimings.add(new LedgerBench.Compared(api, timedSql(api, raws.get(i), reps)));
                }
                for (Case c : pageCases(sessions, bench.pages())) {
                    timings.add(measure(c, reps, log, sql, failures));
                }
                Case reminders = bench.dailyReminders(http);
                digest.add(timedOnce(reminders, DIGEST_RUNS, failures));
                digest.add(timedSql(digest.get(0), bench.dailyRemindersSql(), DIGEST_RUNS));
            }
            heapAfter = heap.usedAfterFullGcMb().orElse(null);
            if (!ledgerOnly && !appraisalOnly) {
                export = export(sessions.get(PROVINCE), heap, log, failures);
            }
            if (!ledgerOnly) {
                // last: it adds the provincial campaign's assignments, plans, visits and inspections, which the reads above do not see
                new AppraisalBench(data, ledger, today, db, http, Path.of(System.getProperty("bangfu.bench.log")), heap, reps)
                        .run(appraisal, failures);
            }
        } catch (Exception | AssertionError e) {
            failures.add("stopped: " + e);
        } finally {
            // whatever was measured is reported, also when a request broke the run
            String report = new BenchmarkReport(scale, reps, data, fill, rows, timings, ledgerTimings, digest, export, heap.available(),
                    heapBefore, heapAfter, log.available(), appraisal, failures).markdown();
            Path out = Path.of(System.getProperty("bangfu.bench.report", "target/benchmark-report.md"));
            Files.writeString(out, report, StandardCharsets.UTF_8);
            Files.writeString(out.resolveSibling("benchmark-sql.txt"), sql, StandardCharsets.UTF_8);
            System.out.println(report);
        }
        assertTrue(failures.isEmpty(), () -> "requests that did not answer 200:\n" + String.join("\n", failures));
    }

    /** The reads a provincial office (P), a county office (C) and a unit (U) make most. */
    private static List<Case> apiCases(Http http, ProvinceData d) {
        String campaign = "api/v1/campaigns/" + ProvinceData.campaignCode(0) + "/";
        String lead = ProvinceData.unitCode(d.leadingUnitOf(0));
        int pages = d.enterprises / 20;
        List<Case> c = new ArrayList<>();
        c.add(api(http, "enterprises, first page", PROVINCE, "api/v1/enterprises"));
        c.add(api(http, "enterprises, first page", COUNTY, "api/v1/enterprises"));
        c.add(api(http, "enterprises, first page", UNIT, "api/v1/enterprises"));
        c.add(api(http, "enterprises by industry", PROVINCE, "api/v1/enterprises?industry=C"));
        c.add(api(http, "enterprises in a city", PROVINCE, "api/v1/enterprises?regionCode=" + d.cityCode(0)));
        c.add(api(http, "enterprises by text", PROVINCE, "api/v1/enterprises?q=" + enc("新材料")));
        c.add(api(http, "enterprises by text + industry", COUNTY, "api/v1/enterprises?industry=C&q=" + enc("新材料")));
        c.add(api(http, "enterprises by tag", PROVINCE, "api/v1/enterprises?tag=" + enc("专精特新")));
        c.add(api(http, "enterprises 四上", PROVINCE, "api/v1/enterprises?fourAbove=true"));
        c.add(api(http, "enterprises, middle page", PROVINCE, "api/v1/enterprises?page=" + pages / 2));
        c.add(api(http, "enterprises, last page", PROVINCE, "api/v1/enterprises?page=" + (pages - 1)));
        c.add(api(http, "enterprises by credit code desc", PROVINCE, "api/v1/enterprises?sort=-creditCode"));
        c.add(api(http, "enterprises by park", PROVINCE, "api/v1/enterprises?sort=park"));
        c.add(api(http, "enterprises, 500 a page", PROVINCE, "api/v1/enterprises?size=500"));
        c.add(api(http, "units, first page", PROVINCE, "api/v1/units"));
        c.add(api(http, "units by text", PROVINCE, "api/v1/units?q=" + enc("工业")));
        c.add(api(http, "units, middle page", PROVINCE, "api/v1/units?page=" + d.units / 40));
        c.add(api(http, "units, first page", COUNTY, "api/v1/units"));
        c.add(api(http, "cadres, first page", PROVINCE, "api/v1/cadres"));
        c.add(api(http, "cadres, county leaders", PROVINCE, "api/v1/cadres?rank=COUNTY_LEADER"));
        c.add(api(http, "cadres, first page", COUNTY, "api/v1/cadres"));
        c.add(api(http, "campaigns", PROVINCE, "api/v1/campaigns"));
        c.add(api(http, "assignments of a campaign", COUNTY, campaign + "assignments"));
        c.add(api(http, "assignments of a campaign", PROVINCE, campaign + "assignments"));
        c.add(api(http, "assignments of a campaign", UNIT, campaign + "assignments"));
        c.add(api(http, "assignments of a unit", COUNTY, campaign + "assignments?unitCode=" + lead));
        c.add(api(http, "assignments by text", COUNTY, campaign + "assignments?q=" + enc("新材料")));
        c.add(api(http, "assignments, 500 a page", COUNTY, campaign + "assignments?size=500"));
        c.add(api(http, "my assignments", UNIT, "api/v1/me/assignments"));
        c.add(api(http, "my targets", UNIT, "api/v1/me/targets"));
        c.add(api(http, "unit loads of a campaign", COUNTY, campaign + "loads"));
        c.add(api(http, "plans of a campaign", COUNTY, campaign + "plans"));
        c.add(api(http, "plans needing attention", COUNTY, campaign + "plans?attention=true"));
        c.add(api(http, "plans of a campaign", UNIT, campaign + "plans"));
        c.add(api(http, "visits of a campaign", COUNTY, campaign + "visits"));
        c.add(api(http, "visits of a unit", COUNTY, campaign + "visits?unitCode=" + lead));
        c.add(api(http, "visits, page 100", COUNTY, campaign + "visits?page=100"));
        c.add(api(http, "visits of a campaign", UNIT, campaign + "visits"));
        c.add(api(http, "first visits", COUNTY, campaign + "first-visits"));
        c.add(api(http, "target timeline", UNIT, campaign + "targets/" + d.enterpriseId(0) + "/timeline"));
        c.add(api(http, "inbox", UNIT, "api/v1/me/inbox"));
        c.add(api(http, "inbox unread count", UNIT, "api/v1/me/inbox/unread"));
        return c;
    }

    static Case api(Http http, String name, String user, String path) {
        return new Case(name, user, path, () -> {
            Http.Response r = http.to(path).as(user).get();
            return new Got(r.status(), r.body().getBytes(StandardCharsets.UTF_8).length, items(r), user + " " + r);
        });
    }

    /** The first render of pages without an API, for the provincial and the county office. */
    private static List<Case> pageCases(Map<String, FacesSession> sessions, List<String> pages) {
        List<Case> c = new ArrayList<>();
        for (String page : pages) {
            sessions.forEach((user, session) -> c.add(new Case("page " + page.replaceAll("\\?.*", ""), user, page, () -> {
                FacesSession.Answer a = session.get(page);
                return new Got(a.status(), a.bytes(), "", user + " GET " + page + " -> " + a.status());
            })));
        }
        return c;
    }

    /** The enterprise export (Excel) of everything the provincial office sees, and the server's heap meanwhile. */
    record Export(List<Double> millis, long bytes, int statements, Long heapBeforeMb, Long heapPeakMb, Long heapAfterMb) {
    }

    private static Export export(FacesSession session, ServerHeap heap, StatementLog log, List<String> failures) throws Exception {
        Long before = heap.usedAfterFullGcMb().orElse(null);
        AtomicLong peak = new AtomicLong(-1);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                heap.usedMb().ifPresent(mb -> peak.accumulateAndGet(mb, Math::max));
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        List<Double> millis = new ArrayList<>();
        long bytes = 0;
        int statements = -1;
        sampler.start();
        try {
            for (int i = 0; i < EXPORTS; i++) {
                FacesSession.Answer page = session.get("registry/enterprises.xhtml");
                Map<String, String> form = new LinkedHashMap<>();
                form.put("enterprises", "enterprises");
                for (String field : List.of("q", "tag", "region_input", "industry_input", "scale_input", "export")) {
                    form.put("enterprises:" + field, "");
                }
                if (log.available()) {
                    log.mark();
                }
                long start = System.nanoTime();
                FacesSession.Answer file = session.post("registry/enterprises.xhtml", form, page.viewState());
                millis.add((System.nanoTime() - start) / 1e6);
                bytes = file.bytes();
                if (log.available()) {
                    statements = log.sinceMark().statements();
                }
                if (file.status() != 200 || file.viewState() != null) {
                    failures.add(PROVINCE + " export of enterprises -> " + file.status() + (file.viewState() != null ? " (a page, not a file)" : ""));
                    break;
                }
            }
        } catch (RuntimeException e) {
            failures.add(PROVINCE + " export of enterprises after " + millis.size() + " runs: " + e);
        } finally {
            running.set(false);
            sampler.join();
        }
        return new Export(millis, bytes, statements, before, peak.get() < 0 ? null : peak.get(), heap.usedAfterFullGcMb().orElse(null));
    }

    static Timing measure(Case c, int reps, StatementLog log, StringBuilder sql, List<String> failures) throws Exception {
        try {
            return timed(c, reps, log, sql, failures);
        } catch (RuntimeException e) {
            failures.add(c.user() + " " + c.path() + ": " + e);
            return new Timing(c.name(), c.user(), c.path(), List.of(0.0), 0, "", -1, -1);
        }
    }

    private static Timing timed(Case c, int reps, StatementLog log, StringBuilder sql, List<String> failures) throws Exception {
        Got last = null;
        for (int i = 0; i < WARM_UP; i++) {
            last = c.send().call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < reps && last.status() == 200; i++) {
            long start = System.nanoTime();
            last = c.send().call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        int statements = -1;
        int selects = -1;
        if (log.available() && last.status() == 200) {
            log.mark();
            last = c.send().call();
            StatementLog.Count count = log.sinceMark();
            statements = count.statements();
            selects = count.selects();
            sql.append("## ").append(c.name()).append(" (").append(c.user()).append(") ").append(c.path()).append('\n')
                    .append(count.text()).append('\n');
        }
        if (last.status() != 200) {
            failures.add(last.failure());
            millis.add(0.0);
        }
        return new Timing(c.name(), c.user(), c.path(), millis, last.bytes(), last.items(), statements, selects);
    }

    /** The same answer in hand-written SQL over JDBC, warmed up and timed like the request {@code api}. */
    private static Timing timedSql(Timing api, Callable<Integer> sql, int reps) throws Exception {
        int rows = 0;
        for (int i = 0; i < WARM_UP; i++) {
            rows = sql.call();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            long start = System.nanoTime();
            rows = sql.call();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return new Timing(api.name(), api.user(), "SQL", millis, 0, String.valueOf(rows), -1, -1);
    }

    /** A request that changes data, timed {@code runs} times without a warm-up (the first run does the most). */
    private static Timing timedOnce(Case c, int runs, List<String> failures) throws Exception {
        List<Double> millis = new ArrayList<>();
        Got last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = c.send().call();
            millis.add((System.nanoTime() - start) / 1e6);
            if (last.status() != 200) {
                failures.add(last.failure());
                break;
            }
        }
        return new Timing(c.name(), c.user(), c.path(), millis, last.bytes(), last.items(), -1, -1);
    }

    /** "20 of 100,030" for a page, "n" for a plain list. */
    private static String items(Http.Response r) {
        if (r.status() != 200 || r.body().isEmpty()) {
            return "";
        }
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            JsonStructure json = reader.read();
            if (json instanceof JsonObject o) {
                return o.containsKey("items") && o.get("total") instanceof jakarta.json.JsonNumber
                        ? o.getJsonArray("items").size() + " of " + String.format("%,d", o.getJsonNumber("total").longValue())
                        : "1";
            }
            return Integer.toString(json.asJsonArray().size());
        }
    }

    private static Map<String, Long> rowCounts(Connection c) throws Exception {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String table : List.of("region", "unit", "cadre", "assistance_target", "enterprise", "enterprise_tag", "campaign",
                    "assignment", "assignment_unit", "assistance_plan", "plan_measure", "visit", "visit_unit", "visit_cadre",
                    "inbox_notice", "problem", "problem_assisting_unit", "problem_event")) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    rows.put(table, rs.getLong(1));
                }
            }
        }
        return rows;
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
