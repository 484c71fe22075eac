package cn.bangfu.web.bench;

import cn.bangfu.ledger.control.ProblemSearch;
import cn.bangfu.web.it.Http;
import jakarta.json.Json;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.concurrent.Callable;

/**
 * The problem ledger's reads on {@link ProvinceLedger}, each timed through the API (or the page) and beside it the same
 * answer fetched with hand-written SQL over JDBC on the same data (the page, its count up to the ledger's cap and its assisting units; the
 * aggregate and the unit names), the lower bound the application is held to: a county's filtered, sorted ledger page
 * (goal ≤ 2× the SQL, p95 ≤ 50 ms), the province's metrics by unit (≤ 1.5×) and the daily reminders for the province.
 */
final class LedgerBench {

    private static final String COUNTY = "bench-county";
    private static final String PROVINCE = "bench-province";
    private static final String UNIT = "bench-unit";
    private static final String MOVING = "('ROUTED','ACCEPTED','REOPENED')";
    private static final String RESOLVED = "('RESOLVED','CLOSED')";

    /** An API request and the SQL that gives the same answer. */
    record Compared(Timing api, Timing raw) {

        double ratio() {
            return raw.median() == 0 ? 0 : api.median() / raw.median();
        }
    }

    private final ProvinceData d;
    private final ProvinceLedger ledger;
    private final LocalDate today;
    private final Connection db;
    private final String campaign;
    private final String countyPath;
    private final long unitId;

    LedgerBench(ProvinceData d, ProvinceLedger ledger, LocalDate today, Connection db) {
        this.d = d;
        this.ledger = ledger;
        this.today = today;
        this.db = db;
        this.campaign = "api/v1/campaigns/" + ProvinceLedger.CAMPAIGN + "/";
        this.countyPath = "430000/" + d.cityCode(0) + "/" + d.countyCode(0) + "/";
        this.unitId = d.base() + d.leadingUnitOf(0);
    }

    /** The cases in the order they run: the API's, then the pages' (no SQL beside those). */
    List<ProvinceBenchmarkIT.Case> apiCases(Http http, List<Callable<Integer>> raws) {
        List<ProvinceBenchmarkIT.Case> cases = new ArrayList<>();
        String county = "p.campaign_id = " + ledger.campaignId() + " and p.region_code in (select code from region where path like '"
                + countyPath + "%')";
        String province = "p.campaign_id = " + ledger.campaignId();
        String unit = "p.campaign_id = " + ledger.campaignId() + " and (p.target_id in (select a.target_id from assignment a join assignment_unit au"
                + " on au.assignment_id = a.id where au.unit_id = " + unitId + " and a.valid_to is null) or p.responsible_unit_id = " + unitId
                + " or p.id in (select pa.problem_id from problem_assisting_unit pa where pa.unit_id = " + unitId + "))";
        String red = "((p.state in " + MOVING + " and (p.deadline < " + day(today) + " or (p.state = 'ROUTED' and p.accept_by < " + day(today)
                + "))) or (p.state = 'PAUSED' and p.paused_days_left < 0))";
        String leadCode = ProvinceData.unitCode(d.leadingUnitOf(0));
        int countyPages = countyProblems() / 20;

        // the floor: what any API request costs (authentication, HTTP, JSON) beside one count by an index
        cases.add(api(http, "unread notices (a request's floor)", COUNTY, "api/v1/me/inbox/unread"));
        raws.add(() -> rows("select count(*) from inbox_notice where office_region_code = '" + d.countyCode(0) + "' and read_at is null"));
        cases.add(api(http, "problem categories", COUNTY, "api/v1/problem-categories"));
        raws.add(() -> rows("select * from problem_category where region_code is null or region_code = '" + d.countyCode(0) + "' order by seq_no"));
        add(cases, raws, http, "ledger, first page", COUNTY, campaign + "problems", county, "p.id desc", 0);
        add(cases, raws, http, "ledger, RED by deadline", COUNTY, campaign + "problems?light=RED&sort=deadline", county + " and " + red,
                "p.deadline asc, p.id desc", 0);
        add(cases, raws, http, "ledger, accepted 融资贷款 by deadline", COUNTY, campaign + "problems?state=ACCEPTED&category=FINANCING&sort=deadline",
                county + " and p.state in ('ACCEPTED') and p.category_code = 'FINANCING'", "p.deadline asc, p.id desc", 0);
        add(cases, raws, http, "ledger of a unit", COUNTY, campaign + "problems?unitCode=" + leadCode,
                county + " and p.responsible_unit_id = " + unitId, "p.id desc", 0);
        add(cases, raws, http, "ledger by text", COUNTY, campaign + "problems?q=" + enc("贷款"), county + " and (lower(p.problem_number) like '%贷款%'"
                + " or lower(p.title) like '%贷款%' or lower(t.name) like '%贷款%')", "p.id desc", 0);
        add(cases, raws, http, "ledger, last page", COUNTY, campaign + "problems?page=" + (countyPages - 1), county, "p.id desc",
                (countyPages - 1) * 20);
        add(cases, raws, http, "ledger, first page", PROVINCE, campaign + "problems", province, "p.id desc", 0);
        add(cases, raws, http, "ledger, RED by deadline", PROVINCE, campaign + "problems?light=RED&sort=deadline", province + " and " + red,
                "p.deadline asc, p.id desc", 0);
        add(cases, raws, http, "ledger, page 1,000", PROVINCE, campaign + "problems?page=1000", province, "p.id desc", 20_000);
        add(cases, raws, http, "ledger, first page", UNIT, campaign + "problems", unit, "p.id desc", 0);

        long problemId = ledger.problemId(ledger.problemOfCounty0());
        cases.add(api(http, "a problem with its events", COUNTY, "api/v1/problems/" + problemId));
        raws.add(() -> rows("select p.*, t.name, e.credit_code, u.code from problem p join assistance_target t on t.id = p.target_id"
                + " left join enterprise e on e.id = t.id left join unit u on u.id = p.responsible_unit_id where p.id = " + problemId)
                + rows("select pa.unit_id, u.code from problem_assisting_unit pa join unit u on u.id = pa.unit_id where pa.problem_id = " + problemId)
                + rows("select * from problem_event where problem_id = " + problemId + " order by occurred_at, id"));

        metrics(cases, raws, http, "unit", PROVINCE, province, "p.responsible_unit_id", "unit u on u.id = g.k", "u.code, u.name");
        metrics(cases, raws, http, "unit", COUNTY, county, "p.responsible_unit_id", "unit u on u.id = g.k", "u.code, u.name");
        metrics(cases, raws, http, "region", PROVINCE, province, "p.region_code", "region r on r.code = g.k", "r.path, r.name");
        metrics(cases, raws, http, "category", PROVINCE, province, "p.category_code", "problem_category c on c.code = g.k and c.region_code is null",
                "c.seq_no, c.name");
        metrics(cases, raws, http, "month", PROVINCE, province, "p.raised_month", "(select 1 one) x on true", "g.k");

        cases.add(api(http, "dashboard counts", COUNTY, campaign + "problems/summary"));
        raws.add(summary(county, red));
        cases.add(api(http, "dashboard counts", PROVINCE, campaign + "problems/summary"));
        raws.add(summary(province, red));
        return cases;
    }

    /** The pages without an API of their own: the ledger and the dashboard, first rendered. */
    List<String> pages() {
        return List.of("ledger/problems.xhtml?campaign=" + ProvinceLedger.CAMPAIGN, "ledger/dashboard.xhtml?campaign=" + ProvinceLedger.CAMPAIGN);
    }

    /** The daily reminders, run {@code runs} times with the day's lock and digests cleared before each; the first run escalates too. */
    ProvinceBenchmarkIT.Case dailyReminders(Http http) {
        return new ProvinceBenchmarkIT.Case("daily reminders (digests, escalations)", PROVINCE, "POST api/v1/jobs/daily-reminders", () -> {
            try (Statement s = db.createStatement()) {
                s.execute("update job_lock set last_day = null where job_name = 'ledger.daily'");
                s.execute("delete from problem_digest where digest_date = " + day(today));
            }
            Http.Response r = http.to("api/v1/jobs/daily-reminders").as(PROVINCE).post(Json.createObjectBuilder().build());
            return new ProvinceBenchmarkIT.Got(r.status(), r.body().getBytes(StandardCharsets.UTF_8).length, "1", PROVINCE + " " + r);
        });
    }

    /**
     * The daily reminders' work in SQL, rolled back: the three counts by unit, the problems due for escalation, a digest
     * row and an inbox notice for every unit with something to do.
     */
    Callable<Integer> dailyRemindersSql() {
        String moving = "p.state in " + MOVING;
        String red = "((" + moving + " and (p.deadline < " + day(today) + " or (p.state = 'ROUTED' and p.accept_by < " + day(today)
                + "))) or (p.state = 'PAUSED' and p.paused_days_left < 0))";
        String yellow = "(not " + red + " and ((" + moving + " and p.deadline < " + day(yellowBefore()) + ") or (p.state = 'PAUSED' and p.paused_days_left <= 3)))";
        String redSince = day(workingDaysBack(5));
        String counts = "select p.responsible_unit_id uid, sum(case when p.state = 'ROUTED' then 1 else 0 end) a,"
                + " sum(case when " + yellow + " then 1 else 0 end) y, sum(case when " + red + " then 1 else 0 end) r from problem p"
                + " where p.responsible_unit_id is not null and (p.state = 'ROUTED' or " + yellow + " or " + red + ") group by 1";
        return () -> {
            boolean auto = db.getAutoCommit();
            db.setAutoCommit(false);
            try (Statement s = db.createStatement()) {
                int n = rows("select p.*, t.name, c.code, u.code from problem p join campaign c on c.id = p.campaign_id join assistance_target t"
                        + " on t.id = p.target_id left join unit u on u.id = p.responsible_unit_id where p.escalated_on is null and ((" + moving
                        + " and (p.deadline <= " + redSince + " or (p.state = 'ROUTED' and p.accept_by <= " + redSince + ")))"
                        + " or (p.state = 'PAUSED' and p.paused_days_left <= -5)) order by p.id");
                n += s.executeUpdate("insert into problem_digest (unit_id, digest_date, to_accept, yellow, red) select uid, " + day(today.plusYears(5))
                        + ", a, y, r from (" + counts + ") c");
                n += s.executeUpdate("insert into inbox_notice (id, unit_id, subject, body, created_at) select nextval('bangfu_seq'), unit_id,"
                        + " '每日提醒', '待签收' || to_accept || '件，黄灯' || yellow || '件，红灯' || red || '件', localtimestamp from problem_digest"
                        + " where digest_date = " + day(today.plusYears(5)));
                return n;
            } finally {
                db.rollback();
                db.setAutoCommit(auto);
            }
        };
    }

    private int countyProblems() {
        int campaignsOfCounty0 = (d.campaigns + d.counties - 1) / d.counties;
        return campaignsOfCounty0 * ProvinceData.TARGETS_PER_CAMPAIGN * ProvinceLedger.PROBLEMS_PER_ENTERPRISE;
    }

    /** A ledger page through the API and in SQL: the page, its count, the page's assisting units. */
    private void add(List<ProvinceBenchmarkIT.Case> cases, List<Callable<Integer>> raws, Http http, String name, String user, String path,
                     String where, String order, int offset) {
        cases.add(api(http, name, user, path));
        String from = " from problem p join assistance_target t on t.id = p.target_id";
        raws.add(() -> {
            // as the ledger reads a page: its ids first, then those rows with what they show
            List<Long> ids = new ArrayList<>();
            String narrow = " from problem p" + (where.contains("t.") || order.contains("t.") ? " join assistance_target t on t.id = p.target_id" : "");
            try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("select p.id" + narrow + " where " + where
                    + " order by " + order + " limit 20 offset " + offset)) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            // counted up to the cap, as the ledger counts; the target joined only for a condition on it
            String counted = " from problem p" + (where.contains("t.") ? " join assistance_target t on t.id = p.target_id" : "") + " where " + where;
            int more = rows("select p.id" + counted + " offset " + ProblemSearch.COUNT_CAP + " limit 1");
            int n = more + (more > 0 ? 0 : rows("select count(*)" + counted));
            if (!ids.isEmpty()) {
                StringJoiner in = new StringJoiner(",", "(", ")");
                ids.forEach(id -> in.add(id.toString()));
                n += rows("select p.*, t.name, e.credit_code, r.name, c.code, u.code, u.name" + from + " left join enterprise e on e.id = t.id"
                        + " join region r on r.code = t.region_code join campaign c on c.id = p.campaign_id left join unit u"
                        + " on u.id = p.responsible_unit_id where p.id in " + in);
                n += rows("select pa.problem_id, u.code, u.name from problem_assisting_unit pa join unit u on u.id = pa.unit_id where pa.problem_id in " + in);
            }
            return n;
        });
    }

    private void metrics(List<ProvinceBenchmarkIT.Case> cases, List<Callable<Integer>> raws, Http http, String by, String user, String where,
                         String group, String join, String order) {
        cases.add(api(http, "metrics by " + by, user, campaign + "metrics?by=" + by));
        raws.add(() -> rows("select " + order + ", g.* from (select " + group + " k, count(*) collected,"
                + " sum(case when p.state in " + RESOLVED + " then 1 else 0 end) resolved, sum(case when p.state = 'CLOSED' then 1 else 0 end) closed,"
                + " sum(case when p.state in " + RESOLVED + " and p.on_time = 1 then 1 else 0 end) on_time,"
                + " sum(case when p.state in " + RESOLVED + " and p.on_time_original = 1 then 1 else 0 end) on_time_original,"
                + " count(p.rating) rated, sum(case when p.rating in ('SATISFIED','BASICALLY_SATISFIED') then 1 else 0 end) satisfied"
                + " from problem p where " + where + " and p.state <> 'WITHDRAWN' group by 1) g left join " + join + " order by " + order));
    }

    private Callable<Integer> summary(String where, String red) {
        String yellow = "(not " + red + " and ((p.state in " + MOVING + " and p.deadline < " + day(yellowBefore()) + ")"
                + " or (p.state = 'PAUSED' and p.paused_days_left <= 3)))";
        return () -> rows("select p.state, count(*) from problem p where " + where + " group by 1")
                + rows("select count(*) filter (where " + red + "), count(*) filter (where " + yellow + "),"
                + " count(*) filter (where p.state in " + MOVING.replace(")", ",'PAUSED')") + " and not " + red + " and not " + yellow + "),"
                + " count(*) filter (where p.escalated_on is not null and p.state in " + MOVING.replace(")", ",'PAUSED')") + "),"
                + " count(*) filter (where p.extension_deadline is not null) from problem p where " + where);
    }

    private static ProvinceBenchmarkIT.Case api(Http http, String name, String user, String path) {
        return ProvinceBenchmarkIT.api(http, name, user, path);
    }

    /** Runs a query and reads every row; the number of rows. */
    private int rows(String sql) throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = 0;
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int c = 1; c <= columns; c++) {
                    rs.getObject(c);
                }
                n++;
            }
            return n;
        }
    }

    /** Four working days on (weekends only: the generated data's days have no holidays near them). */
    private LocalDate yellowBefore() {
        LocalDate day = today;
        for (int left = 4; left > 0; ) {
            day = day.plusDays(1);
            if (day.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue()) {
                left--;
            }
        }
        return day;
    }

    private LocalDate workingDaysBack(int days) {
        LocalDate day = today;
        for (int left = days; left > 0; day = day.minusDays(1)) {
            if (day.getDayOfWeek().getValue() < DayOfWeek.SATURDAY.getValue() && --left == 0) {
                return day.minusDays(1);
            }
        }
        return day;
    }

    private static String day(LocalDate date) {
        return "date '" + date + "'";
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
