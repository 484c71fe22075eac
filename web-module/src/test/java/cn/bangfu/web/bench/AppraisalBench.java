package cn.bangfu.web.bench;

import cn.bangfu.web.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Year-end batch scoring (issue 10) on the generated province: as the provincial evaluation office ({@link ProvinceData#EVALUATOR}),
 * a scheme whose AUTO formulas use every metric family (problem rates, targets, plans, visits, first visits, findings, overdue
 * rectifications), with a DEDUCTION, a MANUAL indicator and a veto, is created and published; the forms of every unit it
 * scores are opened; the batch scoring job is started and polled every {@value #POLL_MS} ms, as the progress bar does, from the
 * POST to DONE. Beside it the lower bound: hand-written PostgreSQL computing the same per-unit aggregates for the same units,
 * one statement per family, and the rows the application reads, and the writes of a scoring (rolled back).
 *
 * <p>Two campaigns: {@code bc-0}, a county's campaign of {@link ProvinceData} (its departments only, ~150 units), and the
 * provincial campaign of {@link ProvinceLedger} ({@value ProvinceLedger#CAMPAIGN}, the ledger's million problems), which
 * {@link #fillProvincialCampaign} first gives what a province-wide campaign has: an assignment per enterprise (its county's
 * leading department and first co-unit, as the ledger routes its problems, and its township), plans, five visits per
 * assignment and an inspection round with findings and rectifications. That one scores ~20,000 units: the issue's case.
 *
 * <p>The server's SQL statements during the job are counted from its statement log (the polls' own statements taken off),
 * grouped by shape (verb and tables) with the time to the next statement of the job, and each chunk is split into its
 * reads, the computation (last read to first write) and its writes. Times are reported, never asserted.
 */
final class AppraisalBench {

    static final long POLL_MS = 500;
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 12, 31);
    /** A second scoring (the forms computed again) only when the first took less than this. */
    private static final double AGAIN_BELOW_SECONDS = 180;

    /** One scoring job, POST to DONE. */
    record Run(double seconds, String status, int total, int done, int failed, int statements, int selects, int polls, int perPoll,
               double pollMs, double serverSeconds, List<Double> progressSeconds, Phases phases, List<Shape> shapes, long logBytes, List<String> failures, String failure,
               Long heapBeforeMb, Long heapPeakMb, Long heapAfterMb) {

        double formsPerSecond() {
            return seconds == 0 ? 0 : done / seconds;
        }
    }

    /**
     * Statements of one shape (verb and tables) during a job: how many were sent (a JDBC batch once), how many rows they bound (a
     * batch's rows, 1 for a statement without parameters), and the time from each to the job's next statement.
     */
    record Shape(String key, int count, int executions, double millis) {
    }

    /** The chunks' time, summed: reading (first to last SELECT of a chunk), computing (last SELECT to first write), writing. */
    record Phases(int chunks, double readMs, double computeMs, double writeMs, double maxChunkMs) {
    }

    /** One campaign scored. */
    record Result(String campaign, String what, int created, int existing, double openSeconds, int openStatements, List<Run> runs,
                  Map<String, Double> rawReads, Map<String, Integer> rawReadRows, List<Double> rawReadMillis,
                  Map<String, Double> rawRows, Map<String, Integer> rawRowCounts, List<Double> rawRowsMillis, List<Double> rawWriteMillis,
                  Map<String, Double> fill) {

        int forms() {
            return created + existing;
        }

        static double median(List<Double> values) {
            if (values.isEmpty()) {
                return 0;
            }
            List<Double> sorted = new ArrayList<>(values);
            Collections.sort(sorted);
            return sorted.get((sorted.size() - 1) / 2);
        }
    }

    private final ProvinceData d;
    private final ProvinceLedger ledger;
    private final LocalDate today;
    private final Connection db;
    private final Http http;
    private final URI root;
    private final Path log;
    private final ServerHeap heap;
    private final int reps;
    private final Duration maxWait;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    AppraisalBench(ProvinceData d, ProvinceLedger ledger, LocalDate today, Connection db, Http http, Path log, ServerHeap heap, int reps) {
        this.d = d;
        this.ledger = ledger;
        this.today = today;
        this.db = db;
        this.http = http;
        this.root = http.root();
        this.log = log;
        this.heap = heap;
        this.reps = Math.max(1, reps);
        this.maxWait = Duration.ofMinutes(Integer.getInteger("bangfu.bench.appraisal.maxMinutes", 30));
    }

    /** Both campaigns, county then province, each added to {@code results} once measured; what broke goes to {@code failures}. */
    void run(List<Result> results, List<String> failures) throws Exception {
        long county = d.base() + 2_000_000L;
        Map<String, Double> fill = fillProvincialCampaign();
        fill.putAll(settle());
        results.add(campaign(ProvinceData.campaignCode(0), county, "a county's campaign (its departments)", Map.of(), failures));
        results.add(campaign(ProvinceLedger.CAMPAIGN, ledger.campaignId(), "the provincial campaign (every department and township)", fill,
                failures));
    }

    /**
     * Lets the freshly loaded database settle before anything is timed, as a production database would be: every table vacuumed
     * and analysed (or autovacuum does it during the benchmark), a checkpoint, and the operating system's dirty pages written
     * (the fill writes gigabytes; while the kernel writes them back it throttles every writer, the database's WAL included).
     */
    private Map<String, Double> settle() throws Exception {
        Map<String, Double> took = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            long start = System.nanoTime();
            s.execute("vacuum analyze");
            took.put("settle: vacuum analyze", (System.nanoTime() - start) / 1e9);
            start = System.nanoTime();
            s.execute("checkpoint");
            took.put("settle: checkpoint", (System.nanoTime() - start) / 1e9);
        }
        long start = System.nanoTime();
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor(10, java.util.concurrent.TimeUnit.MINUTES);
        } catch (IOException e) {
            // no sync command: the kernel writes back in its own time
        }
        took.put("settle: sync", (System.nanoTime() - start) / 1e9);
        return took;
    }

    private Result campaign(String code, long campaignId, String what, Map<String, Double> fill, List<String> failures) throws Exception {
        String tag = EVALUATOR + " " + code + ": ";
        Http.Response created = http.to("api/v1/campaigns/" + code + "/schemes").as(EVALUATOR).post(scheme(code).build());
        if (created.status() != 201) {
            failures.add(tag + created);
            return empty(code, what, fill);
        }
        long schemeId = created.json().getJsonNumber("id").longValue();
        Http.Response published = http.to("api/v1/schemes/" + schemeId + "/publish").as(EVALUATOR).post(Json.createObjectBuilder().build());
        if (published.status() != 200) {
            failures.add(tag + published);
            return empty(code, what, fill);
        }

        // the forms of every unit the scheme scores, in one request (a province's takes longer than the usual 60 s)
        Slice slice = new Slice(log);
        slice.mark();
        long start = System.nanoTime();
        Answer opened = post("api/v1/campaigns/" + code + "/appraisals", Json.createObjectBuilder().add("schemeId", schemeId).add("all", true)
                .build());
        double openSeconds = (System.nanoTime() - start) / 1e9;
        int openStatements = slice.available() ? slice.read().size() : -1;
        if (opened.status() != 201) {
            failures.add(tag + "open forms -> " + opened.status() + " " + opened.body());
            return empty(code, what, fill);
        }
        JsonObject o = opened.json();
        int forms = o.getInt("created") + o.getInt("existing");

        List<Run> runs = new ArrayList<>();
        Run first = score(code, schemeId, failures);
        runs.add(first);
        if ("DONE".equals(first.status()) && first.seconds() < AGAIN_BELOW_SECONDS) {
            // the year end's second pass: the forms computed again (inputs frozen anew), now with their records stored
            runs.add(score(code, schemeId, failures));
        }

        Sql sql = new Sql(campaignId, schemeId, planDeadline(campaignId));
        Map<String, Double> reads = new LinkedHashMap<>();
        Map<String, Integer> readRows = new LinkedHashMap<>();
        List<Double> readTotals = timed(sql.aggregates(), reads, readRows);
        Map<String, Double> rows = new LinkedHashMap<>();
        Map<String, Integer> rowCounts = new LinkedHashMap<>();
        List<Double> rowTotals = timed(sql.rows(), rows, rowCounts);
        List<Double> writes = "DONE".equals(first.status()) ? writes(sql) : List.of();
        if (forms == 0) {
            failures.add(tag + "no forms opened");
        }
        return new Result(code, what, o.getInt("created"), o.getInt("existing"), openSeconds, openStatements, runs, reads, readRows, readTotals,
                rows, rowCounts, rowTotals, writes, fill);
    }

    private static Result empty(String code, String what, Map<String, Double> fill) {
        return new Result(code, what, 0, 0, 0, -1, List.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), List.of(), List.of(), fill);
    }

    private static final String EVALUATOR = ProvinceData.EVALUATOR;

    /**
     * All units of the campaign (appliesTo ALL, no unit types), 100 points: the problem rates, the targets' plans and
     * visits, the first visits, the workload, the overdue rectifications by formula, the findings deducted, the lead by hand, and
     * the veto of the demo's schemes.
     */
    private static JsonObjectBuilder scheme(String code) {
        JsonArrayBuilder indicators = Json.createArrayBuilder()
                .add(group("A", "问题办理", 40,
                        auto("A1", "问题化解率", 20, "20 * resolutionRate"),
                        auto("A2", "问题销号率", 5, "5 * closureRate"),
                        auto("A3", "按期办结率", 5, "5 * onTimeRate"),
                        auto("A4", "按原期限办结率", 5, "5 * onTimeRateOriginal"),
                        auto("A5", "企业满意率", 5, "5 * satisfactionRate")))
                .add(group("B", "一企一策方案", 15,
                        auto("B1", "方案报送", 5, "5 * min(1, plansFiled / max(1, targets))"),
                        auto("B2", "方案按期", 5, "5 * min(1, plansOnTime / max(1, plansFiled))"),
                        auto("B3", "方案逾期天数", 5, "clamp(5 - planDaysLate / 20, 0, 5)")))
                .add(group("C", "走访", 20,
                        auto("C1", "走访覆盖", 10, "10 * min(1, targetsVisited / max(1, targets))"),
                        auto("C2", "走访次数", 5, "min(5, visits / 4)"),
                        auto("C3", "首次走访及时", 5, "clamp(5 - max(0, firstVisitDays - 30) / 6, 0, 5)")))
                .add(auto("D", "问题收集", 5, "min(5, (collected + resolved + closed) / 20)"))
                .add(auto("R", "整改按期", 5, "clamp(5 - 2 * rectificationsOverdue, 0, 5)"))
                .add(indicator("E", "督查扣分", 10, "DEDUCTION").add("deductions", Json.createObjectBuilder().add("MINOR", 1).add("MAJOR", 3)
                        .add("SERIOUS", 5)))
                .add(indicator("F", "牵头协调", 5, "MANUAL").add("rule", "牵头组织配合单位研究解决企业问题，有会议纪要、协调记录等台账"));
        return Json.createObjectBuilder().add("name", "基准年度考评细则 " + code).add("periodType", "ANNUAL").add("from", FROM.toString())
                .add("to", TO.toString()).add("appliesTo", "ALL").add("unitTypes", Json.createArrayBuilder()).add("total", 100).add("bonusCap", 0)
                .add("indicators", indicators)
                .add("vetoes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "V1").add("name", "严重问题逾期未整改")
                        .add("condition", "findingsSerious > 0 && rectificationsOverdue > 0 || findingsMajor + findingsMinor > 50")
                        .add("capGrade", "PASS")));
    }

    private static JsonObjectBuilder indicator(String code, String name, int max, String kind) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("max", max).add("kind", kind);
    }

    private static JsonObjectBuilder auto(String code, String name, int max, String formula) {
        return indicator(code, name, max, "AUTO").add("formula", formula);
    }

    private static JsonObjectBuilder group(String code, String name, int max, JsonObjectBuilder... children) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder c : children) {
            list.add(c);
        }
        return indicator(code, name, max, "GROUP").add("children", list);
    }

    // --- the job ---

    private Run score(String code, long schemeId, List<String> failures) throws Exception {
        String tag = EVALUATOR + " " + code + " scoring: ";
        Long heapBefore = heap.usedAfterFullGcMb().orElse(null);
        AtomicLong peak = new AtomicLong(-1);
        AtomicBoolean sampling = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (sampling.get()) {
                heap.usedMb().ifPresent(mb -> peak.accumulateAndGet(mb, Math::max));
                try {
                    // jcmd starts a JVM each time: seldom, not to take the server's CPU (two cores)
                    Thread.sleep(5000);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        Slice slice = new Slice(log);
        slice.mark();
        long logFrom = slice.mark;
        sampler.start();
        long start = System.nanoTime();
        long ended;
        JsonObject job;
        int polls = 0;
        List<Double> pollMillis = new ArrayList<>();
        List<Double> progress = new ArrayList<>();
        String failure = null;
        try {
            Http.Response started = http.to("api/v1/campaigns/" + code + "/appraisals/score").as(EVALUATOR)
                    .post(Json.createObjectBuilder().add("schemeId", schemeId).build());
            if (started.status() != 202) {
                failures.add(tag + started);
                return new Run(0, "NOT STARTED", 0, 0, 0, -1, -1, 0, 0, 0, 0, List.of(), null, List.of(), 0, List.of(), started.toString(),
                        heapBefore, null, null);
            }
            job = started.json();
            long jobId = job.getJsonNumber("id").longValue();
            String path = "api/v1/campaigns/" + code + "/appraisals/score-jobs/" + jobId;
            int seen = 0;
            while (!Set.of("DONE", "FAILED").contains(job.getString("status"))) {
                if (System.nanoTime() - start > maxWait.toNanos()) {
                    failure = "still " + job.getString("status") + " after " + maxWait.toMinutes() + " min: " + job.getInt("done") + " of "
                            + job.getInt("total") + " done";
                    break;
                }
                Thread.sleep(POLL_MS);
                long asked = System.nanoTime();
                Http.Response r = http.to(path).as(EVALUATOR).get();
                pollMillis.add((System.nanoTime() - asked) / 1e6);
                polls++;
                if (r.status() != 200) {
                    failure = "poll -> " + r;
                    break;
                }
                job = r.json();
                int now = job.getInt("done") + job.getInt("failed");
                if (now != seen) {
                    progress.add((System.nanoTime() - start) / 1e9);
                    seen = now;
                }
                if ("FAILED".equals(job.getString("status")) && "RUNNING".equals(status(jobId))) {
                    // shown lost (no beat for two minutes: a chunk took that long) while its worker still runs: follow the row
                    failures.add(tag + "the job was shown FAILED (lost) after " + String.format("%.0f", (System.nanoTime() - start) / 1e9)
                            + " s while still running: a chunk took longer than the two minutes a beat may take");
                    job = follow(jobId, start, progress);
                }
            }
        } finally {
            // the wall time ends when the job was seen ended, not when the sampler wakes up
            ended = System.nanoTime();
            sampling.set(false);
            sampler.interrupt();
            sampler.join();
        }
        double seconds = (ended - start) / 1e9;
        if (failure == null && job.containsKey("failure") && !job.isNull("failure")) {
            failure = job.getString("failure");
        }
        List<String> formFailures = job.containsKey("failures") ? job.getJsonArray("failures").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList() : List.of();
        if (!"DONE".equals(job.getString("status")) || failure != null) {
            failures.add(tag + job.getString("status") + (failure == null ? "" : ": " + failure));
        }
        if (job.getInt("failed") > 0) {
            failures.add(tag + job.getInt("failed") + " forms failed, e.g. " + formFailures.stream().findFirst().orElse("?"));
        }

        int statements = -1;
        int selects = -1;
        int perPoll = 0;
        Phases phases = null;
        List<Shape> shapes = List.of();
        long logBytes = 0;
        if (slice.available()) {
            List<Stmt> during = slice.read();
            logBytes = slice.mark - logFrom;
            // one poll alone, to know its statements and take them off
            List<Stmt> poll = List.of();
            if (job.containsKey("id")) {
                http.to("api/v1/campaigns/" + code + "/appraisals/score-jobs/" + job.getJsonNumber("id").longValue()).as(EVALUATOR).get();
                poll = slice.read();
            }
            perPoll = poll.size();
            Set<String> pollShapes = new HashSet<>();
            poll.forEach(s -> pollShapes.add(s.key()));
            statements = during.size() - polls * perPoll;
            selects = (int) during.stream().filter(s -> s.verb().equalsIgnoreCase("SELECT")).count() - polls * (int) poll.stream()
                    .filter(s -> s.verb().equalsIgnoreCase("SELECT")).count();
            List<Stmt> jobs = during.stream().filter(s -> !pollShapes.contains(s.key())).toList();
            shapes = shapes(jobs);
            phases = phases(jobs);
        }
        Long heapAfter = heap.usedAfterFullGcMb().orElse(null);
        return new Run(seconds, job.getString("status"), job.getInt("total"), job.getInt("done"), job.getInt("failed"), statements, selects, polls,
                perPoll, Result.median(pollMillis), serverSeconds(job), progress, phases, shapes, logBytes, formFailures, failure, heapBefore, peak.get() < 0 ? null : peak.get(), heapAfter);
    }

    /** From the job's start to its end as the server recorded them (its own clock), 0 when unknown. */
    private static double serverSeconds(JsonObject job) {
        if (!job.containsKey("startedAt") || !job.containsKey("endedAt") || job.isNull("startedAt") || job.isNull("endedAt")) {
            return 0;
        }
        try {
            return Duration.between(java.time.OffsetDateTime.parse(job.getString("startedAt")), java.time.OffsetDateTime.parse(
                    job.getString("endedAt"))).toMillis() / 1000.0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** The job's row until it ends, for a job the API shows lost while it runs; as the API would show it. */
    private JsonObject follow(long jobId, long start, List<Double> progress) throws Exception {
        int seen = -1;
        while (System.nanoTime() - start < maxWait.toNanos()) {
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select status, forms_total, forms_done, forms_failed, failures,"
                    + " failure from scoring_job where id = " + jobId)) {
                rs.next();
                int now = rs.getInt(3) + rs.getInt(4);
                if (now != seen) {
                    progress.add((System.nanoTime() - start) / 1e9);
                    seen = now;
                }
                if (!"RUNNING".equals(rs.getString(1)) && !"QUEUED".equals(rs.getString(1))) {
                    JsonObjectBuilder b = Json.createObjectBuilder().add("id", jobId).add("status", rs.getString(1)).add("total", rs.getInt(2))
                            .add("done", rs.getInt(3)).add("failed", rs.getInt(4));
                    JsonArrayBuilder f = Json.createArrayBuilder();
                    if (rs.getString(5) != null) {
                        for (String line : rs.getString(5).split("\n")) {
                            f.add(line);
                        }
                    }
                    b.add("failures", f);
                    if (rs.getString(6) != null) {
                        b.add("failure", rs.getString(6));
                    }
                    return b.build();
                }
            }
            Thread.sleep(POLL_MS);
        }
        return Json.createObjectBuilder().add("id", jobId).add("status", "RUNNING").add("total", 0).add("done", 0).add("failed", 0)
                .add("failure", "still running after " + maxWait.toMinutes() + " min").build();
    }

    private String status(long jobId) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select status from scoring_job where id = " + jobId)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static List<Shape> shapes(List<Stmt> jobs) {
        Map<String, double[]> by = new LinkedHashMap<>();
        for (int i = 0; i < jobs.size(); i++) {
            double ms = i + 1 < jobs.size() ? jobs.get(i + 1).millis() - jobs.get(i).millis() : 0;
            // from a chunk's last read to its first write the worker computes (and EclipseLink works out what changed): shown apart
            boolean computes = i + 1 < jobs.size() && read(jobs.get(i)) && !read(jobs.get(i + 1));
            double[] a = by.computeIfAbsent(computes ? COMPUTING : jobs.get(i).key(), k -> new double[3]);
            a[0]++;
            a[1] += ms;
            a[2] += Math.max(1, jobs.get(i).binds()[0]);
        }
        List<Shape> shapes = new ArrayList<>();
        by.forEach((k, a) -> shapes.add(new Shape(k, (int) a[0], (int) a[2], a[1])));
        shapes.sort((a, b) -> Double.compare(b.millis(), a.millis()));
        return shapes;
    }

    static final String COMPUTING = "(a chunk's last read, then computing its forms until its first write)";

    private static boolean read(Stmt s) {
        return s.verb().equalsIgnoreCase("SELECT") && !s.key().contains("nextval");
    }

    /**
     * A chunk starts with the read of its forms (the query that joins their items) and ends with the job's progress
     * (UPDATE scoring_job); in between its metric reads, then its writes.
     */
    static Phases phases(List<Stmt> jobs) {
        int chunks = 0;
        double read = 0;
        double compute = 0;
        double write = 0;
        double max = 0;
        Stmt begin = null;
        Stmt lastRead = null;
        Stmt firstWrite = null;
        for (Stmt s : jobs) {
            // the sequence is read when the new events are written
            boolean select = read(s);
            if (begin == null && select && s.key().contains("appraisal_item")) {
                begin = s;
                lastRead = s;
                firstWrite = null;
            } else if (begin != null && s.key().equals("UPDATE scoring_job")) {
                Stmt w = firstWrite == null ? s : firstWrite;
                read += lastRead.millis() - begin.millis();
                compute += w.millis() - lastRead.millis();
                write += s.millis() - w.millis();
                max = Math.max(max, s.millis() - begin.millis());
                chunks++;
                begin = null;
            } else if (begin != null && select && firstWrite == null) {
                lastRead = s;
            } else if (begin != null && !select && firstWrite == null) {
                firstWrite = s;
            }
        }
        return new Phases(chunks, read, compute, write, max);
    }

    // --- the lower bound in SQL ---

    /** The families' statements for one scheme's units, named. */
    final class Sql {

        private final String c;
        private final String units;
        private final String end;
        private final String from;
        private final String to;
        private final String deadline;
        private final String valid;
        private final long scheme;

        Sql(long campaignId, long schemeId, LocalDate planDeadline) {
            this.c = String.valueOf(campaignId);
            this.scheme = schemeId;
            this.units = "(select unit_id from appraisal where scheme_id = " + schemeId + ")";
            LocalDate e = today.isBefore(TO) ? today : TO;
            this.end = "date '" + e + "'";
            this.from = "date '" + FROM + "'";
            this.to = "date '" + TO + "'";
            this.deadline = planDeadline == null ? "null::date" : "date '" + planDeadline + "'";
            // valid on some day of the period up to its end; valid_to is the successor's first day
            this.valid = "a.valid_from <= " + end + " and (a.valid_to is null or (a.valid_to > " + from + " and a.valid_to > a.valid_from))";
        }

        private String helped(String extra, String columns, String group) {
            return "select " + columns + " from assignment a join assignment_unit au on au.assignment_id = a.id where a.campaign_id = " + c
                    + " and " + valid + extra + " and au.unit_id in " + units + group;
        }

        /** One statement per family, aggregated by unit in the database. */
        Map<String, String> aggregates() {
            Map<String, String> s = new LinkedHashMap<>();
            String resolved = "p.state in ('RESOLVED','CLOSED')";
            s.put("problems (counts, rates)", "select p.responsible_unit_id, count(*), count(*) filter (where " + resolved + "),"
                    + " count(*) filter (where p.state = 'CLOSED'), count(*) filter (where " + resolved + " and p.on_time = 1),"
                    + " count(*) filter (where " + resolved + " and p.on_time_original = 1), count(p.rating),"
                    + " count(*) filter (where p.rating in ('SATISFIED','BASICALLY_SATISFIED')) from problem p where p.campaign_id = " + c
                    + " and p.responsible_unit_id in " + units + " and p.raised_on >= " + from + " and p.raised_on <= " + to
                    + " and p.state <> 'WITHDRAWN' group by 1");
            s.put("targets", helped("", "au.unit_id, count(distinct a.target_id)", " group by 1"));
            s.put("plans of led targets", "with led as (" + helped(" and au.unit_role = 'LEADING'", "distinct au.unit_id, a.target_id", "")
                    + ") select led.unit_id, count(p.id) filter (where p.status in ('SUBMITTED','APPROVED') and p.submitted_on <= " + end + "),"
                    + " count(p.id) filter (where p.status in ('SUBMITTED','APPROVED') and p.submitted_on <= " + end + " and (" + deadline
                    + " is null or p.submitted_on <= " + deadline + ")), sum(greatest(0, coalesce(case when p.submitted_on <= " + end
                    + " then p.submitted_on end, " + end + ") - " + deadline + ")) from led left join assistance_plan p on p.campaign_id = " + c
                    + " and p.target_id = led.target_id group by 1");
            s.put("visits, targets visited", "with own as (" + helped("", "distinct au.unit_id, a.target_id", "") + ") select vu.unit_id,"
                    + " count(*), count(distinct own.target_id) from visit v join visit_unit vu on vu.visit_id = v.id left join own"
                    + " on own.unit_id = vu.unit_id and own.target_id = v.target_id where v.campaign_id = " + c + " and v.visit_date >= " + from
                    + " and v.visit_date <= " + end + " and vu.unit_id in " + units + " group by 1");
            s.put("first visits", "with t as (" + helped("", "au.unit_id, a.target_id, min(a.valid_from) since", " group by 1, 2")
                    + "), f as (select t.unit_id, t.target_id, min(v.visit_date) first from visit v join visit_unit vu on vu.visit_id = v.id"
                    + " join t on t.unit_id = vu.unit_id and t.target_id = v.target_id where v.campaign_id = " + c + " and v.visit_date >= t.since"
                    + " and v.visit_date <= " + end + " group by 1, 2) select t.unit_id, avg(coalesce(f.first, " + end + ") - t.since)"
                    + " from t left join f on f.unit_id = t.unit_id and f.target_id = t.target_id group by 1");
            s.put("findings by severity", "select f.unit_id, count(*) filter (where f.severity = 'MINOR'), count(*) filter (where f.severity"
                    + " = 'MAJOR'), count(*) filter (where f.severity = 'SERIOUS') from inspection_finding f join inspection_visit v on v.id"
                    + " = f.visit_id join inspection_round r on r.id = f.round_id where r.campaign_id = " + c + " and v.visit_day >= " + from
                    + " and v.visit_day <= " + end + " and f.unit_id in " + units + " group by 1");
            s.put("rectifications overdue", "select r.unit_id, count(*) from rectification r join inspection_finding f on f.id = r.finding_id"
                    + " join inspection_round rd on rd.id = f.round_id where rd.campaign_id = " + c + " and r.state = 'OPEN' and r.deadline < "
                    + end + " and r.unit_id in " + units + " group by 1");
            return s;
        }

        /** The rows the application reads (ids, versions, states, days), for all units at once and not aggregated. */
        Map<String, String> rows() {
            Map<String, String> s = new LinkedHashMap<>();
            s.put("problems", "select p.responsible_unit_id, p.id, p.version, p.state, p.on_time, p.on_time_original, p.rating from problem p"
                    + " where p.campaign_id = " + c + " and p.responsible_unit_id in " + units + " and p.raised_on >= " + from
                    + " and p.raised_on <= " + to + " and p.state <> 'WITHDRAWN'");
            s.put("assignments", "select au.unit_id, au.unit_role, a.id, a.version, a.target_id, a.valid_from, a.valid_to from assignment a"
                    + " join assignment_unit au on au.assignment_id = a.id where a.campaign_id = " + c + " and a.valid_from <= " + end
                    + " and au.unit_id in " + units);
            s.put("plans", "select distinct p.target_id, p.id, p.version, p.status, p.submitted_on from assistance_plan p join assignment a"
                    + " on a.campaign_id = p.campaign_id and a.target_id = p.target_id join assignment_unit au on au.assignment_id = a.id"
                    + " where p.campaign_id = " + c + " and au.unit_role = 'LEADING' and a.valid_from <= " + end + " and au.unit_id in " + units);
            s.put("visits", "select vu.unit_id, v.id, v.version, v.target_id, v.visit_date from visit v join visit_unit vu on vu.visit_id = v.id"
                    + " where v.campaign_id = " + c + " and vu.unit_id in " + units + " and v.visit_date >= " + from + " and v.visit_date <= "
                    + end);
            s.put("findings", "select f.unit_id, f.id, f.version, f.severity from inspection_finding f join inspection_visit v on v.id = f.visit_id"
                    + " join inspection_round r on r.id = f.round_id where r.campaign_id = " + c + " and f.unit_id in " + units
                    + " and v.visit_day >= " + from + " and v.visit_day <= " + end);
            s.put("rectifications overdue", "select r.unit_id, r.id, r.version from rectification r join inspection_finding f on f.id"
                    + " = r.finding_id join inspection_round rd on rd.id = f.round_id where rd.campaign_id = " + c + " and r.unit_id in "
                    + units + " and r.state = 'OPEN' and r.deadline < " + end);
            return s;
        }

        /** What a scoring writes, for every form at once: the computed cells, the form (its frozen texts as stored), an event. */
        List<String> writes() {
            String forms = "(select id from appraisal where scheme_id = " + scheme + ")";
            return List.of("update appraisal_item set score_points = coalesce(score_points, 0), computed = true where appraisal_id in " + forms
                            + " and indicator_code not in ('F')",
                    "update appraisal set total_points = total_points, deducted_points = deducted_points, vetoes = vetoes, cap_grade = cap_grade,"
                            + " metric_values = metric_values, frozen_records = frozen_records || '', frozen_as_of = frozen_as_of,"
                            + " frozen_at = localtimestamp, version = version + 1 where scheme_id = " + scheme,
                    "insert into appraisal_event (id, appraisal_id, action, points_after, actor, acted_at) select -id, id, 'COMPUTE',"
                            + " total_points, 'bench', localtimestamp from appraisal where scheme_id = " + scheme);
        }
    }

    /** Each statement warmed up once, then the set run {@code reps} times: each statement's median and the set's totals. */
    List<Double> timed(Map<String, String> statements, Map<String, Double> medians, Map<String, Integer> rows) throws SQLException {
        Map<String, List<Double>> each = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : statements.entrySet()) {
            rows.put(e.getKey(), rows(e.getValue()));
            each.put(e.getKey(), new ArrayList<>());
        }
        List<Double> totals = new ArrayList<>();
        for (int i = 0; i < reps; i++) {
            double total = 0;
            for (Map.Entry<String, String> e : statements.entrySet()) {
                long start = System.nanoTime();
                rows(e.getValue());
                double ms = (System.nanoTime() - start) / 1e6;
                each.get(e.getKey()).add(ms);
                total += ms;
            }
            totals.add(total);
        }
        each.forEach((k, v) -> medians.put(k, Result.median(v)));
        return totals;
    }

    List<Double> writes(Sql sql) throws SQLException {
        List<Double> millis = new ArrayList<>();
        boolean auto = db.getAutoCommit();
        for (int i = 0; i < reps; i++) {
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                long start = System.nanoTime();
                for (String w : sql.writes()) {
                    s.executeUpdate(w);
                }
                millis.add((System.nanoTime() - start) / 1e6);
            } finally {
                db.rollback();
                db.setAutoCommit(auto);
            }
        }
        return millis;
    }

    /** Runs a query and reads every row; the number of rows. */
    private int rows(String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.setFetchSize(10_000);
            boolean auto = db.getAutoCommit();
            // a fetch size takes effect in a transaction only (PostgreSQL's driver): large answers are streamed, as the server's are
            db.setAutoCommit(false);
            try (ResultSet rs = s.executeQuery(sql)) {
                int n = 0;
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int col = 1; col <= columns; col++) {
                        rs.getObject(col);
                    }
                    n++;
                }
                return n;
            } finally {
                db.commit();
                db.setAutoCommit(auto);
            }
        }
    }

    private LocalDate planDeadline(long campaignId) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select plan_deadline from campaign where id = " + campaignId)) {
            return rs.next() && rs.getDate(1) != null ? rs.getDate(1).toLocalDate() : null;
        }
    }

    // --- the provincial campaign's assignments, plans, visits and inspections ---

    /**
     * Gives the ledger's provincial campaign what a province-wide campaign has, numbered like {@link ProvinceData} (enterprise
     * {@code j}): an assignment of every enterprise from 2026-01-15 to its county's leading department and first co-unit (those the
     * ledger routes its problems to and lets assist) and its township; a plan for three of four (the deadline's month, some late,
     * some drafts); five visits per assignment from February on, the leading unit at each, the co-unit at every second, the
     * township at the first of every second target's (the others it never visits); an inspection round in September that visits every tenth enterprise and files two
     * findings there (its leading unit and its co-unit; six of ten MINOR, three MAJOR, one SERIOUS), each with a rectification due
     * 30 days later, a third of them still OPEN. Ids from a block above the ledger's; the sequence moved past them.
     */
    Map<String, Double> fillProvincialCampaign() throws SQLException {
        long base = d.base();
        long block = base + 60_000_000L;
        long assignments = block;
        long assignmentUnits = block + 1_000_000L;
        long plans = block + 2_000_000L;
        long visits = block + 3_000_000L;
        long round = block + 4_000_000L;
        long inspectionVisits = block + 4_100_000L;
        long findings = block + 4_500_000L;
        long rectifications = block + 5_000_000L;
        int e = d.enterprises;
        int n = d.counties;
        long campaign = ledger.campaignId();
        String target = "(" + d.enterpriseId(0) + " + j)";
        // the contact leader: the first cadre of the enterprise's county committee
        String leader = "(" + (base + 500_000L) + " + 16 * " + n + " + " + d.countyOfEnterprise("j") + ")";
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("assignment (province)", "insert into assignment (id, campaign_id, target_id, current_target_id, contact_leader_id, valid_from,"
                + " valid_to, version) select " + assignments + " + j, " + campaign + ", " + target + ", " + target + ", " + leader
                + ", date '2026-01-15', null, 0 from generate_series(0, " + (e - 1) + ") j");
        sql.put("assignment_unit (province)", "insert into assignment_unit (id, assignment_id, seq_no, unit_id, unit_role, head_name,"
                + " contact_cadre_id) select " + assignmentUnits + " + 3 * j + r, " + assignments + " + j, r, " + unitOf("j") + ", case when r = 0"
                + " then 'LEADING' else 'CO' end, '主任', null from generate_series(0, " + (e - 1) + ") j, generate_series(0, 2) r");
        sql.put("assistance_plan (province)", "insert into assistance_plan (id, campaign_id, target_id, leading_unit_id, goals, status,"
                + " submitted_on, submitted_at, decided_at, decided_by, return_reason, version)"
                + " select " + plans + " + j, " + campaign + ", " + target + ", " + d.unitIdOf("j", "0") + ", '全年帮助企业解决融资、用工问题。', s,"
                + " case when s <> 'DRAFT' then date '2026-03-01' + j % 45 end,"
                + " case when s <> 'DRAFT' then timestamp '2026-03-01 10:00' + (j % 45) * interval '1 day' end,"
                + " case when s in ('APPROVED', 'RETURNED') then timestamp '2026-04-20 15:00' end,"
                + " case when s in ('APPROVED', 'RETURNED') then 'office' end, case when s = 'RETURNED' then '措施不具体' end, 0"
                + " from (select j, (array['DRAFT','SUBMITTED','APPROVED','RETURNED','APPROVED','SUBMITTED','APPROVED'])[1 + j / 4 % 7] s"
                + " from generate_series(0, " + (e - 1) + ") j where j % 4 <> 3) g");
        String vj = "(v % " + e + ")";
        sql.put("visit (province)", "insert into visit (id, campaign_id, target_id, visit_date, visit_form, learned, follow_ups,"
                + " recorded_by_id, recorded_login, recorded_at, version) select " + visits + " + v, " + campaign + ", " + d.enterpriseId(0)
                + " + " + vj + ", date '2026-02-01' + (v / " + e + ") * 45 + v % 30, (array['FIELD','MEETING','PHONE','ONLINE'])[1 + v % 4],"
                + " '了解企业生产经营情况。', null, " + d.unitIdOf(vj, "0") + ", 'bench', timestamp '2026-02-01 17:00', 0"
                + " from generate_series(0, " + (ProvinceData.VISITS_PER_ASSIGNMENT * e - 1) + ") v");
        sql.put("visit_unit (province)", "insert into visit_unit (visit_id, unit_id) select " + visits + " + v, "
                + unitOf(vj)
                + " from generate_series(0, " + (ProvinceData.VISITS_PER_ASSIGNMENT * e - 1) + ") v, generate_series(0, 2) r"
                + " where r = 0 or (r = 1 and v % 2 = 0) or (r = 2 and v < " + e + " and v % 2 = 0)");
        sql.put("inspection_round (province)", "insert into inspection_round (id, campaign_id, name, first_day, last_day, status, published_at,"
                + " created_by, created_at, version) values (" + round + ", " + campaign + ", '2026年第三季度全省督查', date '2026-09-01',"
                + " date '2026-09-30', 'CLOSED', timestamp '2026-08-20 10:00', 'bench-province', timestamp '2026-08-01 10:00', 0)");
        sql.put("inspection_visit (province)", "insert into inspection_visit (id, round_id, target_id, unit_id, team_id, visit_day, pinned,"
                + " notified_at, version) select " + inspectionVisits + " + j / 10, " + round + ", " + target + ", null, null,"
                + " date '2026-09-01' + (j / 10) % 30, false, null, 0 from generate_series(0, " + (e - 1) + ", 10) j");
        sql.put("inspection_finding (province)", "insert into inspection_finding (id, round_id, visit_id, item_code, severity, description,"
                + " unit_id, problem_id, filed_by, filed_at, version) select " + findings + " + 2 * (j / 10) + r, " + round + ", "
                + inspectionVisits + " + j / 10, 'C1', case when (j / 10 + r) % 10 < 6 then 'MINOR' when (j / 10 + r) % 10 < 9 then 'MAJOR'"
                + " else 'SERIOUS' end, '帮扶台账不完整', " + d.unitIdOf("j", "r") + ", null, 'bench-province',"
                + " timestamp '2026-09-01 15:00' + ((j / 10) % 30) * interval '1 day', 0"
                + " from generate_series(0, " + (e - 1) + ", 10) j, generate_series(0, 1) r");
        sql.put("rectification (province)", "insert into rectification (id, finding_id, unit_id, deadline, state, issued_by, issued_at,"
                + " submitted_at, closed_at, rejections, version) select " + rectifications + " + f.id - " + findings + ", f.id, f.unit_id,"
                + " f.filed_at::date + 30, (array['OPEN','SUBMITTED','CLOSED'])[1 + (f.id - " + findings + ") / 2 % 3], 'bench-province',"
                + " f.filed_at, null, null, 0, 0 from inspection_finding f where f.round_id = " + round);
        Map<String, Double> took = new LinkedHashMap<>();
        try (Statement s = db.createStatement()) {
            for (Map.Entry<String, String> t : sql.entrySet()) {
                long start = System.nanoTime();
                s.execute(t.getValue());
                took.put(t.getKey(), (System.nanoTime() - start) / 1e9);
            }
            s.execute("select setval('bangfu_seq', greatest((select last_value from bangfu_seq), " + (base + 80_000_000L) + "))");
            long start = System.nanoTime();
            for (String table : List.of("assignment", "assignment_unit", "assistance_plan", "visit", "visit_unit", "inspection_round",
                    "inspection_visit", "inspection_finding", "rectification")) {
                s.execute("vacuum analyze " + table);
            }
            took.put("vacuum analyze (province)", (System.nanoTime() - start) / 1e9);
        }
        return took;
    }

    /** Unit {@code r} of enterprise {@code j}'s provincial assignment: 0 its leading department, 1 its first co-unit, 2 its township. */
    private String unitOf(String j) {
        String township = "(" + d.base() + " + ((" + j + ") % 15) * " + d.counties + " + " + d.countyOfEnterprise(j) + ")";
        return "case r when 2 then " + township + " else " + d.unitIdOf(j, "r") + " end";
    }

    // --- a long request ---

    record Answer(int status, String body) {

        JsonObject json() {
            try (JsonReader r = Json.createReader(new StringReader(body))) {
                return r.readObject();
            }
        }
    }

    /** A POST as the evaluator that may take minutes (opening a province's forms). */
    private Answer post(String path, JsonObject body) throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((EVALUATOR + ":" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(root.resolve(path)).timeout(maxWait).header("Authorization", "Basic " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.body());
    }

    // --- the statement log, read as a stream ---

    /**
     * A statement in the server's log: when it was logged (ms of the day), its verb, its shape (verb and tables) and the rows it bound
     * (the log's "bind =>" lines after it: one per row of a JDBC batch).
     */
    record Stmt(double millis, String verb, String key, int[] binds) {
    }

    /** The statement log from a mark on, read line by line (a province's job logs hundreds of MB, binds included). */
    static final class Slice {

        private static final Pattern STATEMENT = Pattern.compile("^(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3}) \\S+\\.sql (\\w+)(.*)");
        private static final Pattern BATCH_ROW = Pattern.compile("^\\S+ \\S+\\.sql \\tbind =>");
        // EclipseLink names its tables t0, t1, …
        private static final Pattern TABLE = Pattern.compile("\\b([a-z_]+) t\\d+\\b");
        // a statement on one table names it without an alias: SELECT … FROM problem, INSERT INTO appraisal, UPDATE appraisal_item
        private static final Pattern TARGET = Pattern.compile("(?i)\\b(?:FROM|INTO)\\s+([a-z_]+)");
        private static final Pattern FIRST = Pattern.compile("^\\s*([A-Za-z_]+)");

        private final Path file;
        private long mark;

        Slice(Path file) {
            this.file = file;
        }

        boolean available() {
            return Files.exists(file);
        }

        void mark() throws IOException, InterruptedException {
            mark = available() ? settledSize() : 0;
        }

        /** The statements from the mark to the end as it settles; the mark moves there. */
        List<Stmt> read() throws IOException, InterruptedException {
            long end = settledSize();
            List<Stmt> found = new ArrayList<>();
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                ch.position(mark);
                InputStream in = new Limited(Channels.newInputStream(ch), end - mark);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                Map<String, String> keys = new HashMap<>();
                double last = -1;
                double dayOffset = 0;
                for (String line; (line = r.readLine()) != null; ) {
                    // a statement's parameters follow it in its record; a batch's rows follow as records of their own
                    if ((line.startsWith("\tbind =>") || BATCH_ROW.matcher(line).find()) && !found.isEmpty()) {
                        found.get(found.size() - 1).binds()[0]++;
                        continue;
                    }
                    Matcher m = STATEMENT.matcher(line);
                    if (!m.find()) {
                        continue;
                    }
                    double ms = ((Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2))) * 60 + Integer.parseInt(m.group(3))) * 1000.0
                            + Integer.parseInt(m.group(4)) + dayOffset;
                    if (last >= 0 && ms < last - 3_600_000) {
                        dayOffset += 86_400_000;
                        ms += 86_400_000;
                    }
                    last = ms;
                    String verb = m.group(5).toUpperCase(java.util.Locale.ROOT);
                    String rest = m.group(6);
                    String head = rest.length() > 20_000 ? rest.substring(0, 20_000) : rest;
                    String key = keys.computeIfAbsent(verb + head, x -> shape(verb, head));
                    found.add(new Stmt(ms, verb, key, new int[1]));
                }
            }
            mark = end;
            return found;
        }

        private static String shape(String verb, String head) {
            List<String> tables = new ArrayList<>();
            Matcher t = TABLE.matcher(head);
            while (t.find()) {
                if (!tables.contains(t.group(1))) {
                    tables.add(t.group(1));
                }
            }
            if (tables.isEmpty()) {
                Matcher m = TARGET.matcher(head);
                Matcher f = FIRST.matcher(head);
                if (m.find()) {
                    tables.add(m.group(1).toLowerCase(java.util.Locale.ROOT));
                } else if (f.find()) {
                    tables.add(f.group(1).toLowerCase(java.util.Locale.ROOT));
                }
            }
            return verb + " " + String.join(",", tables);
        }

        private long settledSize() throws IOException, InterruptedException {
            long size = Files.size(file);
            for (int stable = 0, waited = 0; stable < 2 && waited < 120; waited++) {
                Thread.sleep(250);
                long now = Files.size(file);
                stable = now == size ? stable + 1 : 0;
                size = now;
            }
            return size;
        }
    }

    /** At most {@code left} bytes of a stream. */
    private static final class Limited extends FilterInputStream {

        private long left;

        Limited(InputStream in, long left) {
            super(in);
            this.left = left;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
                return -1;
            }
            int n = super.read(b, off, (int) Math.min(len, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }
}
