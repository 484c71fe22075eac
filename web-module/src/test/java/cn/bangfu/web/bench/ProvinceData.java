package cn.bangfu.web.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated province in the database the server runs on (PostgreSQL only): 14 cities, 120 counties of 15
 * townships under 湖南省 430000, 167 units per county, three cadres per unit, 100,000 enterprises, one 三帮一
 * campaign per 500 of them (each enterprise assigned once, a leading unit and two co-units of its county),
 * a plan for every second assignment, five visits per assignment and an inbox notice per assigned unit;
 * {@code scale} shrinks all of it but the per-county shape. One {@code insert … select … from generate_series}
 * per table; ids come from a block far above what the server's sequence has handed out, and the
 * sequence is moved past them afterwards.
 *
 * <p>Everything is a function of a row's number, so the benchmark knows its users and records without
 * reading them back: enterprise {@code j} belongs to campaign {@code j / 500} in county {@code (j / 500) % counties},
 * unit {@code n} to county {@code n % counties} with index {@code w = n / counties} in it (0–14 the townships, 15 a
 * park, 16 the county committee whose cadres are the contact leaders, 17–166 county departments).
 */
final class ProvinceData {

    static final int UNITS_PER_COUNTY = 167;
    static final int TARGETS_PER_CAMPAIGN = 500;
    static final int VISITS_PER_ASSIGNMENT = 5;
    /** The provincial evaluation office's login (role EVALUATOR, region 430000). */
    static final String EVALUATOR = "bench-evaluator";
    private static final int FIRST_DEPARTMENT = 17;
    private static final int DEPARTMENTS = UNITS_PER_COUNTY - FIRST_DEPARTMENT;

    final int counties;
    final int units;
    final int enterprises;
    final int keyProjects;
    final int campaigns;
    final int visits;

    // id blocks above the base; 500,000 apart leaves room for every table at full scale but visits
    private long base;

    ProvinceData(double scale) {
        counties = Math.max(12, (int) Math.round(120 * Math.min(scale, 1.0)));
        units = counties * UNITS_PER_COUNTY;
        campaigns = Math.max(2, (int) Math.round(200 * scale));
        enterprises = campaigns * TARGETS_PER_CAMPAIGN;
        keyProjects = enterprises / 50;
        visits = enterprises * VISITS_PER_ASSIGNMENT;
    }

    /** The county office's county: county 0. */
    String countyCode(int k) {
        return "43" + String.format("%02d", k % 14 + 1) + (k / 14 + 31);
    }

    String cityCode(int k) {
        return "43" + String.format("%02d", k % 14 + 1) + "00";
    }

    /** The code of campaign c, in county c % counties. */
    static String campaignCode(int c) {
        return "bc-" + c;
    }

    /** The leading unit of assignment j: the UNIT user's unit is that of assignment 0. */
    int leadingUnitOf(int j) {
        return unitNumber(j, 0);
    }

    static String unitCode(int n) {
        return "bu-" + n;
    }

    /** The first id of the generated rows: {@link ProvinceLedger} takes its blocks above the ones used here. */
    long base() {
        return base;
    }

    /** The SQL of the code of county {@code k} (an SQL expression). */
    static String countyOf(String k) {
        return "('43' || lpad(((" + k + ") % 14 + 1)::text, 2, '0') || ((" + k + ") / 14 + 31)::text)";
    }

    /** The SQL of the county number of enterprise {@code j} (an SQL expression). */
    String countyOfEnterprise(String j) {
        return "((" + j + ") / " + TARGETS_PER_CAMPAIGN + " % " + counties + ")";
    }

    long enterpriseId(int j) {
        return base + 1_000_000L + j;
    }

    /** Fills the database and analyses it; returns the seconds each table took, in order. */
    Map<String, Double> fill(Connection c) throws SQLException {
        Map<String, Double> took = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("select nextval('bangfu_seq')")) {
                rs.next();
                base = (rs.getLong(1) / 1_000_000 + 10) * 1_000_000;
            }
            for (Map.Entry<String, String> table : statements().entrySet()) {
                long start = System.nanoTime();
                s.execute(table.getValue());
                took.put(table.getKey(), (System.nanoTime() - start) / 1e9);
            }
            s.execute("select setval('bangfu_seq', " + (base + 20_000_000L) + ")");
            long start = System.nanoTime();
            s.execute("analyze");
            took.put("analyze", (System.nanoTime() - start) / 1e9);
        }
        return took;
    }

    /** Table name → its insert. */
    private Map<String, String> statements() {
        long unitIds = base;
        long cadreIds = base + 500_000L;
        long targetIds = base + 1_000_000L;
        long projectIds = targetIds + enterprises;
        long campaignIds = base + 2_000_000L;
        long assignmentIds = base + 2_500_000L;
        long assignmentUnitIds = base + 3_000_000L;
        long planIds = base + 4_000_000L;
        long measureIds = base + 4_500_000L;
        long inboxIds = base + 5_000_000L;
        long accountIds = base + 6_000_000L;
        long visitIds = base + 10_000_000L;
        int n = counties;
        String county = countyOf("k");
        String city = "('43' || lpad(((k) % 14 + 1)::text, 2, '0') || '00')";
        // k: a county number, w: a unit's index in its county, j: an enterprise (and its assignment) number
        String unitId = "(" + unitIds + " + (w) * " + n + " + (k))";
        String enterpriseCounty = countyOfEnterprise("j");
        String campaignId = "(" + campaignIds + " + (j) / " + TARGETS_PER_CAMPAIGN + ")";
        String leaderCadre = "(" + cadreIds + " + ((j) % 3) * " + units + " + 16 * " + n + " + " + enterpriseCounty + ")";
        Map<String, String> sql = new LinkedHashMap<>();
        List<String> departments = List.of("发展和改革局", "工业和信息化局", "财政局", "人力资源和社会保障局", "自然资源局", "生态环境分局",
                "住房和城乡建设局", "交通运输局", "水利局", "农业农村局", "商务局", "文化旅游广电体育局", "卫生健康局", "应急管理局",
                "市场监督管理局", "税务局", "金融服务中心", "行政审批服务局", "公安局", "司法局", "教育局", "民政局", "城市管理局",
                "林业局", "供电公司");
        List<String> prefixes = List.of("华", "湘", "楚", "长", "岳", "金", "德", "信", "中", "联", "宏", "瑞", "鑫", "恒", "泰",
                "盛", "安", "昌", "兴", "隆", "远", "创", "汇", "丰", "万", "通", "达", "新", "和", "康", "永", "天", "正", "明", "光",
                "博", "祥", "嘉", "旺", "凯");
        List<String> trades = List.of("新材料", "电子科技", "机械制造", "食品", "生物医药", "建材", "纺织", "物流", "化工", "农业开发",
                "建设工程", "商贸", "能源", "包装", "矿业", "汽车零部件", "信息技术", "环保科技", "家居", "酒店管理", "茶业", "竹木制品",
                "粉末冶金", "服饰");

        sql.put("region (cities)", "insert into region (code, name, region_level, parent_code, path, version)"
                + " select " + city + ", '基准' || (k + 1) || '市', 'CITY', '430000', '430000/' || " + city + " || '/', 0"
                + " from generate_series(0, " + (Math.min(14, n) - 1) + ") k on conflict (code) do nothing");
        sql.put("region (counties)", "insert into region (code, name, region_level, parent_code, path, version)"
                + " select " + county + ", '基准' || k || '县', 'COUNTY', " + city + ", '430000/' || " + city + " || '/' || " + county
                + " || '/', 0 from generate_series(0, " + (n - 1) + ") k");
        sql.put("region (townships)", "insert into region (code, name, region_level, parent_code, path, version)"
                + " select " + county + " || (100 + t)::text, '基准' || k || '县' || (t + 1) || '镇', 'TOWNSHIP', " + county
                + ", '430000/' || " + city + " || '/' || " + county + " || '/' || " + county + " || (100 + t)::text || '/', 0"
                + " from generate_series(0, " + (n - 1) + ") k, generate_series(0, 14) t");
        sql.put("unit", "insert into unit (id, code, name, unit_type, region_code, head_name, contact_name, contact_phone, version)"
                + " select " + unitIds + " + u, 'bu-' || u, '基准' || k || '县' || case when w < 15 then (w + 1) || '镇人民政府'"
                + " when w = 15 then '工业园管委会' when w = 16 then '县委' else (" + array(departments) + ")[1 + (w - " + FIRST_DEPARTMENT
                + ") % " + departments.size() + "] || case when w - " + FIRST_DEPARTMENT + " >= " + departments.size() + " then ((w - "
                + FIRST_DEPARTMENT + ") / " + departments.size() + ")::text else '' end end,"
                + " case when w < 15 then 'TOWNSHIP' when w = 15 then 'PARK' when w = 16 then 'OTHER' else 'COUNTY_DEPARTMENT' end,"
                + " case when w < 15 then " + county + " || (100 + w)::text else " + county + " end,"
                + " '主任' || u, '联系人' || u, '0730-' || lpad(u::text, 7, '0'), 0"
                + " from (select u, u % " + n + " k, u / " + n + " w from generate_series(0, " + (units - 1) + ") u) g");
        sql.put("cadre", "insert into cadre (id, name, unit_id, job_title, cadre_rank, phone, version)"
                + " select " + cadreIds + " + m, '干部' || m, " + unitIds + " + m % " + units + ", case when m % " + units + " / " + n
                + " = 16 then '县委常委' else '科员' end, case when m % " + units + " / " + n + " = 16 then 'COUNTY_LEADER' when m / "
                + units + " = 0 then 'SECTION_LEVEL' else 'STAFF' end, '138' || lpad(m::text, 8, '0'), 0"
                + " from generate_series(0, " + (3 * units - 1) + ") m");
        String enterpriseRegion = "(" + county.replace("(k)", "(" + enterpriseCounty + ")") + " || (100 + (j) % 15)::text)";
        sql.put("assistance_target (enterprises)", "insert into assistance_target (id, target_kind, name, region_code, version)"
                + " select " + targetIds + " + j, 'ENTERPRISE', (" + array(prefixes) + ")[1 + j % " + prefixes.size() + "] || ("
                + array(trades) + ")[1 + j / " + prefixes.size() + " % " + trades.size() + "] || j || '有限公司', " + enterpriseRegion
                + ", 0 from generate_series(0, " + (enterprises - 1) + ") j");
        sql.put("enterprise", "insert into enterprise (id, credit_code, industry, above_scale_industry, above_quota_trade,"
                + " qualified_construction, above_scale_services, park, address, legal_representative, contact_name, contact_phone)"
                + " select " + targetIds + " + j, '9143' || lpad(j::text, 13, '0') || 'X', substr('CCCCCCFFEGIAKLMH', 1 + j % 16, 1),"
                + " j % 16 < 6 and j % 3 = 0, j % 16 in (6, 7) and j % 2 = 0, j % 16 = 8 and j % 2 = 0, j % 11 = 0,"
                + " case when j % 4 = 0 then '基准' || " + enterpriseCounty + " || '县工业园' end, '湖南省基准' || " + enterpriseCounty
                + " || '县' || (1 + j % 15) || '镇' || (j % 200) || '号', '法人' || j, '联络人' || j, '139' || lpad(j::text, 8, '0')"
                + " from generate_series(0, " + (enterprises - 1) + ") j");
        sql.put("enterprise_tag", "insert into enterprise_tag (enterprise_id, tag)"
                + " select " + targetIds + " + j, case when t = 0 then '专精特新' else '高新技术企业' end"
                + " from generate_series(0, " + (enterprises - 1) + ") j, generate_series(0, 1) t"
                + " where (t = 0 and j % 5 = 0) or (t = 1 and j % 7 = 0)");
        sql.put("assistance_target (key projects)", "insert into assistance_target (id, target_kind, name, region_code, version)"
                + " select " + projectIds + " + p, 'KEY_PROJECT', '基准' || p % " + n + " || '县重点项目' || p, "
                + county.replace("(k)", "(p % " + n + ")") + ", 0 from generate_series(0, " + (keyProjects - 1) + ") p");
        sql.put("key_project", "insert into key_project (id, category_code, total_investment, owner_name)"
                + " select " + projectIds + " + p, (array['INFRASTRUCTURE','LIVELIHOOD','INDUSTRY','TRACKING'])[1 + p % 4],"
                + " 1000 + p % 97 * 250, '业主' || p from generate_series(0, " + (keyProjects - 1) + ") p");
        sql.put("campaign", "insert into campaign (id, code, name, campaign_year, start_date, end_date, campaign_mode, co_unit_count,"
                + " plan_deadline, per_unit_limit, first_visit_days, region_code, office_unit_id, status, version)"
                + " select " + campaignIds + " + c, 'bc-' || c, '基准' || k || '县2026年企业帮扶行动' || c, 2026, date '2026-01-01',"
                + " date '2026-12-31', 'THREE_TO_ONE', 2, date '2026-03-31', null, 30, " + county + ", " + unitId.replace("(w)", "16")
                + ", 'ACTIVE', 0 from (select c, c % " + n + " k from generate_series(0, " + (campaigns - 1) + ") c) g");
        sql.put("assignment", "insert into assignment (id, campaign_id, target_id, current_target_id, contact_leader_id, valid_from,"
                + " valid_to, version) select " + assignmentIds + " + j, " + campaignId + ", " + targetIds + " + j, " + targetIds
                + " + j, " + leaderCadre + ", date '2026-01-15', null, 0 from generate_series(0, " + (enterprises - 1) + ") j");
        String assignedUnit = unitIdOf("j", "r");
        sql.put("assignment_unit", "insert into assignment_unit (id, assignment_id, seq_no, unit_id, unit_role, head_name,"
                + " contact_cadre_id) select " + assignmentUnitIds + " + 3 * j + r, " + assignmentIds + " + j, r, " + assignedUnit
                + ", case when r = 0 then 'LEADING' else 'CO' end, '主任' || (" + assignedUnit + " - " + unitIds + "), "
                + cadreIds + " - " + unitIds + " + " + assignedUnit + " from generate_series(0, " + (enterprises - 1)
                + ") j, generate_series(0, 2) r");
        sql.put("assistance_plan", "insert into assistance_plan (id, campaign_id, target_id, leading_unit_id, goals, status,"
                + " submitted_on, submitted_at, decided_at, decided_by, return_reason, version)"
                + " select " + planIds + " + j / 2, " + campaignId + ", " + targetIds + " + j, " + unitIdOf("j", "0")
                + ", '全年帮助企业解决融资、用工、用地等问题，推动技改扩产，年内产值增长百分之十以上。', s,"
                + " case when s <> 'DRAFT' then date '2026-03-01' + j % 45 end,"
                + " case when s <> 'DRAFT' then timestamp '2026-03-01 10:00' + (j % 45) * interval '1 day' end,"
                + " case when s in ('APPROVED', 'RETURNED') then timestamp '2026-04-20 15:00' end,"
                + " case when s in ('APPROVED', 'RETURNED') then 'office' end,"
                + " case when s = 'RETURNED' then '措施不具体，请补充责任人和时限。' end, 0"
                + " from (select j, (array['DRAFT','SUBMITTED','APPROVED','RETURNED'])[1 + j / 2 % 4] s"
                + " from generate_series(0, " + (enterprises - 1) + ", 2) j) g");
        sql.put("plan_measure", "insert into plan_measure (id, plan_id, seq_no, measure_text, responsible_unit_id, due_date)"
                + " select " + measureIds + " + j + r, " + planIds + " + j / 2, r, case when r = 0 then '协助申报技改资金和专项贷款'"
                + " else '组织专场招聘会解决用工需求' end, " + unitIdOf("j", "r") + ", date '2026-06-30' + r * 90"
                + " from generate_series(0, " + (enterprises - 1) + ", 2) j, generate_series(0, 1) r");
        String visitAssignment = "(v % " + enterprises + ")";
        sql.put("visit", "insert into visit (id, campaign_id, target_id, visit_date, visit_form, learned, follow_ups, recorded_by_id,"
                + " recorded_login, recorded_at, version)"
                + " select " + visitIds + " + v, " + campaignId.replace("(j)", visitAssignment) + ", " + targetIds + " + "
                + visitAssignment + ", date '2026-02-01' + (v / " + enterprises + ") * 45 + v % 30,"
                + " (array['FIELD','MEETING','PHONE','ONLINE'])[1 + v % 4],"
                + " '了解企业生产经营情况：订单饱满，二季度产值同比增长，反映用工紧张和一笔技改贷款审批较慢。', '协调人社部门组织专场招聘；跟踪贷款进度。', "
                + unitIdOf(visitAssignment, "0") + ", 'bu-' || (" + unitIdOf(visitAssignment, "0") + " - " + unitIds + "),"
                + " timestamp '2026-02-01 17:00' + (v / " + enterprises + ") * interval '45 days' + (v % 30) * interval '1 day', 0"
                + " from generate_series(0, " + (visits - 1) + ") v");
        sql.put("visit_unit", "insert into visit_unit (visit_id, unit_id) select " + visitIds + " + v, "
                + unitIdOf(visitAssignment, "r") + " from generate_series(0, " + (visits - 1) + ") v, generate_series(0, 1) r"
                + " where r = 0 or v % 2 = 0");
        sql.put("visit_cadre", "insert into visit_cadre (visit_id, cadre_id) select " + visitIds + " + v, " + cadreIds + " - "
                + unitIds + " + " + unitIdOf(visitAssignment, "0") + " + (v % 3) * " + units + " from generate_series(0, "
                + (visits - 1) + ") v");
        sql.put("inbox_notice", "insert into inbox_notice (id, unit_id, subject, body, created_at, read_at)"
                + " select " + inboxIds + " + 3 * j + r, " + unitIdOf("j", "r") + ", '帮扶任务：对口帮扶企业' || j,"
                + " '您单位被确定为该企业的' || case when r = 0 then '牵头单位' else '配合单位' end"
                + " || '，请与配合单位联系，制定帮扶方案并于3月31日前提交。', timestamp '2026-01-15 09:00' + j * interval '1 second',"
                + " case when j % 3 <> 0 then timestamp '2026-01-16 09:00' end"
                + " from generate_series(0, " + (enterprises - 1) + ") j, generate_series(0, 2) r");
        sql.put("user_account", "insert into user_account (id, login, display_name, region_code, unit_id, password_hash, enabled,"
                + " failed_attempts, locked_until, locale, version)"
                + " select " + accountIds + " + i, (array['bench-province','bench-county','bench-unit','" + EVALUATOR + "'])[i + 1],"
                + " (array['省帮扶办','县帮扶办','县直单位','省考评办'])[i + 1], case i when 1 then '" + countyCode(0)
                + "' when 2 then '" + countyCode(0) + "' else '430000' end, case when i = 2 then " + (unitIds + leadingUnitOf(0)) + " end,"
                + " o.password_hash, true, 0, null, o.locale, 0 from user_account o, generate_series(0, 3) i where o.login = 'office'");
        // bench-evaluator: the province's evaluation office (EVALUATOR), which scores every campaign of the province (AppraisalBench)
        sql.put("user_role", "insert into user_role (account_id, role_name) select " + accountIds + " + i,"
                + " case i when 2 then 'UNIT' when 3 then 'EVALUATOR' else 'OFFICE' end from generate_series(0, 3) i");
        return sql;
    }

    /** Unit number (not id) r of assignment j: 0 leads, 1 and 2 help; all of j's county, distinct. */
    int unitNumber(int j, int r) {
        int k = j / TARGETS_PER_CAMPAIGN % counties;
        return (FIRST_DEPARTMENT + (j * 7 + r) % DEPARTMENTS) * counties + k;
    }

    String unitIdOf(String j, String r) {
        return "(" + base + " + (" + FIRST_DEPARTMENT + " + ((" + j + ") * 7 + (" + r + ")) % " + DEPARTMENTS + ") * " + counties
                + " + (" + j + ") / " + TARGETS_PER_CAMPAIGN + " % " + counties + ")";
    }

    private static String array(List<String> values) {
        List<String> quoted = new ArrayList<>();
        values.forEach(v -> quoted.add("'" + v + "'"));
        return "array[" + String.join(",", quoted) + "]";
    }
}
