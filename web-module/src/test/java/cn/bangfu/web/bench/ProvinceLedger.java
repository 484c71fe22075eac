package cn.bangfu.web.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problem ledger of a generated province ({@link ProvinceData}): one provincial campaign {@value #CAMPAIGN} over all
 * its enterprises, ten problems each (1,000,000 at full scale) with about five events each, in every state and light
 * as of {@code today}, as a province's ledger would hold them late in the year. Problem {@code i} is of enterprise
 * {@code i % enterprises}, routed to that enterprise's leading unit (its first co-unit assists every second one); its
 * state is fixed by {@code i % 20} (0 registered, 1 routed, 2–5 accepted, 6 paused, 7 reopened, 8–15 resolved, 16–18
 * closed, 19 withdrawn) and its deadline by {@code i / 20 % 100} (under 5: RED, 5–7: YELLOW, the rest GREEN). The RED
 * ones are escalated already but a few, so the daily reminders' run escalates what a day would, not a year's backlog.
 */
final class ProvinceLedger {

    static final String CAMPAIGN = "bp-2026";
    static final int PROBLEMS_PER_ENTERPRISE = 10;
    /** The event rows of each state kind, as {@code from:action:to} ("-" for none). */
    private static final String[] HISTORIES = histories();
    private static final String[] CATEGORIES = {"FINANCING", "COST", "LABOUR", "POLICY", "FACTORS", "APPROVAL", "MARKET", "OTHER"};
    private static final String[] TITLES = {"技改项目贷款审批进度慢", "电价和物流成本偏高", "一线普工招聘困难", "研发费用加计扣除政策未享受",
            "厂房用地指标未落实", "环评手续办理周期长", "产品进入本地市场受限", "厂区周边道路破损影响运输"};

    final int problems;
    private final ProvinceData data;
    private final LocalDate today;

    ProvinceLedger(ProvinceData data, LocalDate today) {
        this.data = data;
        this.today = today;
        this.problems = data.enterprises * PROBLEMS_PER_ENTERPRISE;
    }

    long campaignId() {
        return data.base() + 2_000_000L + data.campaigns;
    }

    long problemId(int i) {
        return data.base() + 12_000_000L + i;
    }

    /** The number of a problem of county 0's first enterprise: the one the timed problem page shows. */
    int problemOfCounty0() {
        return 2 * data.enterprises + 3;
    }

    /** Fills the ledger after {@link ProvinceData#fill}; the seconds each table took, in order. */
    Map<String, Double> fill(Connection c) throws SQLException {
        Map<String, Double> took = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (Map.Entry<String, String> table : statements().entrySet()) {
                long start = System.nanoTime();
                s.execute(table.getValue());
                took.put(table.getKey(), (System.nanoTime() - start) / 1e9);
            }
            s.execute("select setval('bangfu_seq', " + (data.base() + 50_000_000L) + ")");
            long start = System.nanoTime();
            // vacuumed as autovacuum would have after a bulk load: the visibility map lets counts read the indexes alone
            s.execute("vacuum analyze problem");
            s.execute("vacuum analyze problem_event");
            s.execute("vacuum analyze problem_assisting_unit");
            took.put("analyze (ledger)", (System.nanoTime() - start) / 1e9);
        }
        return took;
    }

    private Map<String, String> statements() {
        long base = data.base();
        long campaign = campaignId();
        long problemIds = base + 12_000_000L;
        long eventIds = base + 30_000_000L;
        int e = data.enterprises;
        int n = data.counties;
        String day = "date '" + today + "'";
        // per county: campaigns of the county (at most ceil(campaigns / counties)) times their 500 enterprises, ten times over
        int perCounty = (data.campaigns + n - 1) / n * ProvinceData.TARGETS_PER_CAMPAIGN;
        int width = Math.max(5, String.valueOf(PROBLEMS_PER_ENTERPRISE * perCounty).length());
        String k = data.countyOfEnterprise("j");
        String county = ProvinceData.countyOf(k);
        String city = "('43' || lpad(((" + k + ") % 14 + 1)::text, 2, '0') || '00')";
        String township = "(" + county + " || (100 + j % 15)::text)";
        String seq = "(r * " + perCounty + " + (j / " + ProvinceData.TARGETS_PER_CAMPAIGN + " / " + n + ") * "
                + ProvinceData.TARGETS_PER_CAMPAIGN + " + j % " + ProvinceData.TARGETS_PER_CAMPAIGN + " + 1)";
        // s: the state kind (i % 20); o: the deadline's offset kind (i / 20 % 100); raised: the day it was raised
        String rows = "(select i, i % " + e + " j, i / " + e + " r, i % 20 s, i / 20 % 100 o,"
                + " case when i % 20 between 8 and 18 then date '2026-01-05' + (i / 7) % 290"
                + " else least(date '2026-01-05' + (i / 7) % 320, " + day + " - 2) end raised from generate_series(0, " + (problems - 1) + ") i) g";
        String moving = "(s between 1 and 5 or s = 7)";
        String resolved = "(s between 8 and 18)";
        String routed = "(s between 1 and 18)";
        String openDeadline = day + " + case when o < 5 then o - 10 else o - 5 end";
        String resolvedOn = "(raised + 1 + i % 25)";
        String resolvedDeadline = "(raised + 21)";
        String originalDeadline = "case when s between 12 and 15 then " + resolvedDeadline + " - 10 else " + resolvedDeadline + " end";
        Map<String, String> sql = new LinkedHashMap<>();
        sql.put("campaign (province)", "insert into campaign (id, code, name, campaign_year, start_date, end_date, campaign_mode, co_unit_count,"
                + " plan_deadline, per_unit_limit, first_visit_days, region_code, office_unit_id, status, version)"
                + " values (" + campaign + ", '" + CAMPAIGN + "', '基准省2026年万名干部联万企', 2026, date '2026-01-01', date '2026-12-31',"
                + " 'THREE_TO_ONE', 2, date '2026-03-31', null, 30, '430000', null, 'ACTIVE', 0)");
        sql.put("problem", "insert into problem (id, problem_number, campaign_id, target_id, region_code, region_path, title, description,"
                + " category_code, source, difficulty, raised_on, raised_month, responsible_unit_id, state, state_before_pause, registered_at,"
                + " registered_by, routed_on, routed_at, accept_by, accepted_on, deadline, original_deadline, paused_on, paused_days_left,"
                + " extension_deadline, extension_reason, extension_asked_on, extended, escalated_on, escalation_reason, escalated_by, answer,"
                + " resolved_on, resolved_at, on_time, on_time_original, closed_on, rating, rating_comment, rated_on, version)"
                + " select " + problemIds + " + i, " + county + " || '-2026-' || lpad(" + seq + "::text, " + width + ", '0'), " + campaign
                + ", " + data.enterpriseId(0) + " + j, " + township + ", '430000/' || " + city + " || '/' || " + county + " || '/' || "
                + township + " || '/', " + array(TITLES) + "[1 + i / 3 % 8], '企业反映：' || " + array(TITLES) + "[1 + i / 3 % 8]"
                + " || '，影响正常生产经营，请求协调解决。', " + array(CATEGORIES) + "[1 + i / 3 % 8],"
                + " (array['VISIT','ENTERPRISE','OFFICE','HOTLINE','INSPECTION'])[1 + i / 11 % 5],"
                + " (array['SIMPLE','ORDINARY','COMPLEX','HARD'])[1 + i / 7 % 4], raised,"
                + " extract(year from raised)::int * 100 + extract(month from raised)::int,"
                + " case when " + routed + " then " + data.unitIdOf("j", "0") + " end,"
                + " (array['REGISTERED','ROUTED','ACCEPTED','ACCEPTED','ACCEPTED','ACCEPTED','PAUSED','REOPENED','RESOLVED','RESOLVED',"
                + "'RESOLVED','RESOLVED','RESOLVED','RESOLVED','RESOLVED','RESOLVED','CLOSED','CLOSED','CLOSED','WITHDRAWN'])[1 + s],"
                + " case when s = 6 then 'ACCEPTED' end, raised + time '09:00', 'bench-county',"
                + " case when " + routed + " then raised + 1 end, case when " + routed + " then raised + 1 + time '10:00' end,"
                + " case when s = 1 then " + day + " + case when o < 5 then -2 else 1 end when " + routed + " then raised + 2 end,"
                + " case when s between 2 and 18 then raised + 1 end,"
                + " case when " + moving + " then " + openDeadline + " when s = 6 then " + day + " + 10 when " + resolved + " then "
                + resolvedDeadline + " end,"
                + " case when " + moving + " then " + openDeadline + " when s = 6 then " + day + " + 10 when " + resolved + " then "
                + originalDeadline + " end,"
                + " case when s = 6 then " + day + " - 3 end, case when s = 6 then o % 20 - 2 end,"
                + " case when s in (4, 5) and o % 7 = 0 then " + day + " + 40 end, case when s in (4, 5) and o % 7 = 0 then '需协调省级部门，申请延期' end,"
                + " case when s in (4, 5) and o % 7 = 0 then " + day + " - 1 end, s between 12 and 15,"
                + " case when " + moving + " and o < 5 and not (o < 3 and i / 2000 % 20 = 0) then " + day + " - 1 end,"
                + " case when " + moving + " and o < 5 and not (o < 3 and i / 2000 % 20 = 0) then '超期未办结，提级督办' end,"
                + " case when " + moving + " and o < 5 and not (o < 3 and i / 2000 % 20 = 0) then 'bench-county' end,"
                + " case when " + resolved + " then '已协调相关部门办理，企业反映的问题已解决，具体情况已电话回复企业负责人。' end,"
                + " case when " + resolved + " then " + resolvedOn + " end, case when " + resolved + " then " + resolvedOn + " + time '16:00' end,"
                + " case when " + resolved + " then (" + resolvedOn + " <= " + resolvedDeadline + ")::int end,"
                + " case when " + resolved + " then (" + resolvedOn + " <= " + originalDeadline + ")::int end,"
                + " case when s between 16 and 18 then " + resolvedOn + " + 5 end,"
                + " case when s between 8 and 11 or s between 16 and 18 then case i / 20 % 10 when 0 then 'DISSATISFIED' when 1 then"
                + " 'BASICALLY_SATISFIED' when 2 then 'BASICALLY_SATISFIED' else 'SATISFIED' end end,"
                + " case when s between 8 and 11 or s between 16 and 18 then '办理及时' end,"
                + " case when s between 8 and 11 or s between 16 and 18 then " + resolvedOn + " + 2 end, 0"
                + " from " + rows);
        sql.put("problem_assisting_unit", "insert into problem_assisting_unit (problem_id, unit_id) select " + problemIds + " + i, "
                + data.unitIdOf("i % " + e, "1") + " from generate_series(0, " + (problems - 1) + ", 2) i where i % 20 between 1 and 18");
        sql.put("problem_event", "insert into problem_event (id, problem_id, action, from_state, to_state, actor_login, actor_unit_id,"
                + " occurred_at, reason, note, imported)"
                + " select " + eventIds + " + i::bigint * 8 + h.n - 1, " + problemIds + " + i, split_part(h.step, ':', 2),"
                + " nullif(split_part(h.step, ':', 1), '-'), split_part(h.step, ':', 3),"
                + " case when split_part(h.step, ':', 2) in ('ACCEPT','RESOLVE','PAUSE','SEND_BACK','REQUEST_EXTENSION') then 'bench-unit'"
                + " when split_part(h.step, ':', 2) = 'RATE' then 'enterprise' else 'bench-county' end, null,"
                + " p.registered_at + (h.n - 1) * interval '1 day',"
                + " case when split_part(h.step, ':', 2) in ('SEND_BACK','REQUEST_EXTENSION','REJECT_EXTENSION','PAUSE','REOPEN','WITHDRAW')"
                + " then '按要求说明理由' end, case when split_part(h.step, ':', 2) = 'RESOLVE' then p.answer end, false"
                + " from (select i from generate_series(0, " + (problems - 1) + ") i) g join problem p on p.id = " + problemIds + " + i,"
                + " unnest(string_to_array(" + array(HISTORIES) + "[1 + i % 20], ',')) with ordinality h(step, n)");
        sql.put("problem_number", "insert into problem_number (county_code, number_year, last_no) select split_part(problem_number, '-', 1), 2026,"
                + " max(split_part(problem_number, '-', 3)::int) from problem where campaign_id = " + campaign + " group by 1");
        return sql;
    }

    private static String[] histories() {
        String reg = "-:REGISTER:REGISTERED";
        String route = "REGISTERED:ROUTE:ROUTED";
        String accept = "ROUTED:ACCEPT:ACCEPTED";
        String resolve = "ACCEPTED:RESOLVE:RESOLVED";
        String rate = "RESOLVED:RATE:RESOLVED";
        String[] h = new String[20];
        h[0] = reg;
        h[1] = String.join(",", reg, route);
        h[2] = h[3] = String.join(",", reg, route, accept);
        h[4] = h[5] = String.join(",", reg, route, "ROUTED:SEND_BACK:REGISTERED", route, accept);
        h[6] = String.join(",", reg, route, accept, "ACCEPTED:PAUSE:PAUSED");
        h[7] = String.join(",", reg, route, accept, resolve, rate, "RESOLVED:REOPEN:REOPENED");
        for (int s = 8; s <= 11; s++) {
            h[s] = String.join(",", reg, route, accept, "ACCEPTED:REQUEST_EXTENSION:ACCEPTED", "ACCEPTED:REJECT_EXTENSION:ACCEPTED", resolve, rate);
        }
        for (int s = 12; s <= 15; s++) {
            h[s] = String.join(",", reg, route, accept, "ACCEPTED:REQUEST_EXTENSION:ACCEPTED", "ACCEPTED:APPROVE_EXTENSION:ACCEPTED", resolve);
        }
        h[16] = h[17] = h[18] = String.join(",", reg, route, accept, resolve, rate, "RESOLVED:CLOSE:CLOSED");
        h[19] = String.join(",", reg, "REGISTERED:WITHDRAW:WITHDRAWN");
        return h;
    }

    private static String array(String[] values) {
        StringBuilder a = new StringBuilder("(array[");
        for (String v : values) {
            a.append('\'').append(v).append("',");
        }
        a.setLength(a.length() - 1);
        return a.append("])").toString();
    }
}
