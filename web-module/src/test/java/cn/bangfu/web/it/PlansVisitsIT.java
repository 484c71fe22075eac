package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Assistance plans and visits over HTTP on the demo campaign of 平江县 (pj-2026-lsbf): the leading unit
 * files a plan (a co-unit is refused, a unit of 岳阳县 does not even see the target), the office returns
 * and approves it, a joint visit shows on a partner unit's timeline, and the office's lists of missing
 * and late plans and of units that never visited. Tests do not depend on their order: each works on a
 * target of its own.
 */
@Tag("integration")
class PlansVisitsIT extends DeployedBangfu {

    private static final String CAMPAIGN = "api/v1/campaigns/pj-2026-lsbf/";
    /** 方正达电子: pj-gxj leads, pj-gxq and pj-rsj help; no plan in the demo. */
    private static final String FANGZHENGDA = "平江县方正达电子科技有限公司";
    /** 恒基粉末冶金: pj-gxj leads, pj-wsyq and pj-czj help. */
    private static final String HENGJI = "平江县恒基粉末冶金有限公司";

    @Test
    void theLeadingUnitFilesThePlanTheOfficeReturnsAndApprovesIt() {
        long target = targetOf("pj-gxj", FANGZHENGDA);
        JsonObject plan = Json.createObjectBuilder().add("targetId", target).add("goals", "年内新增两条贴片生产线")
                .add("measures", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("text", "协助申报技改资金").add("unit", "pj-gxj").add("dueDate", "2026-12-15"))
                        .add(Json.createObjectBuilder().add("text", "组织专场招聘").add("unit", "pj-rsj").add("dueDate", "2026-12-31")))
                .add("status", "SUBMITTED").build();

        Http.Response co = http.to(CAMPAIGN + "plans").as("pj-gxq").post(plan);
        assertEquals(403, co.status(), co::toString);
        Http.Response neighbour = http.to(CAMPAIGN + "plans").as("yy-gxj").post(plan);
        assertEquals(404, neighbour.status(), neighbour::toString);
        Http.Response stranger = http.to(CAMPAIGN + "plans").as("pj-fgj").post(plan);
        assertEquals(404, stranger.status(), stranger::toString);

        Http.Response badUnit = http.to(CAMPAIGN + "plans").as("pj-gxj").post(Json.createObjectBuilder(plan).add("measures",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "x").add("unit", "pj-fgj").add("dueDate", "2026-12-01")))
                .build());
        assertEquals(400, badUnit.status(), badUnit::toString);
        assertTrue(badUnit.errors("measures[0].unit").get(0).getString("message").contains("不是该帮扶对象的帮扶单位"), badUnit::toString);

        Http.Response filed = http.to(CAMPAIGN + "plans").as("pj-gxj").post(plan);
        assertEquals(201, filed.status(), filed::toString);
        JsonObject p = filed.json();
        assertEquals("SUBMITTED", p.getString("status"));
        assertEquals("pj-gxj", p.getString("leadingUnit"));
        assertEquals(2, p.getJsonArray("measures").size());
        // filed today, long after the plan deadline of 31 March: late by the days in between, and it stays so
        assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2026, 3, 31), LocalDate.now(ZoneId.of("Asia/Shanghai"))), p.getInt("daysLate"));
        String plans = CAMPAIGN + "plans/" + p.getJsonNumber("id").longValue();

        // The office is told in its own inbox, in its reader's language; the unit's inbox is not the office's.
        long unreadBefore = Long.parseLong(http.to("api/v1/me/inbox/unread").as("office").get().body().replaceAll("[^0-9]", ""));
        JsonObject told = http.to("api/v1/me/inbox?size=1").as("office").get().items().get(0);
        assertEquals("帮扶方案待审核：“" + FANGZHENGDA + "”（平江县工业和信息化局报送）", told.getString("subject"), told::toString);
        assertTrue(told.getString("body").contains("请审核"), told::toString);
        JsonObject toldEn = http.to("api/v1/me/inbox?size=1").as("office").english().get().items().get(0);
        assertTrue(toldEn.getString("subject").startsWith("Assistance plan to review: \"" + FANGZHENGDA + "\""), toldEn::toString);
        long noticeId = told.getJsonNumber("id").longValue();
        Http.Response unitReads = http.to("api/v1/me/inbox/" + noticeId + "/read").as("pj-gxj").post(Json.createObjectBuilder().build());
        assertEquals(404, unitReads.status(), unitReads::toString);
        Http.Response officeReads = http.to("api/v1/me/inbox/" + noticeId + "/read").as("office").post(Json.createObjectBuilder().build());
        assertEquals(200, officeReads.status(), officeReads::toString);
        assertEquals(unreadBefore - 1, Long.parseLong(http.to("api/v1/me/inbox/unread").as("office").get().body().replaceAll("[^0-9]", "")));
        assertTrue(http.to("api/v1/me/inbox?size=100").as("pj-gxj").get().items().stream()
                .noneMatch(n -> n.getString("subject").contains("待审核")), "the leading unit's inbox has no office notice");

        Http.Response unitApproves = http.to(plans + "/approve").as("pj-gxj").post(version(p));
        assertEquals(403, unitApproves.status(), unitApproves::toString);
        Http.Response noReason = http.to(plans + "/return").as("office").post(version(p));
        assertEquals(400, noReason.status(), noReason::toString);
        assertEquals("退回帮扶方案须写明理由", noReason.errors("reason").get(0).getString("message"), noReason::toString);

        Http.Response returned = http.to(plans + "/return").as("office")
                .post(Json.createObjectBuilder(version(p)).add("reason", "招聘措施请写明岗位和人数").build());
        assertEquals(200, returned.status(), returned::toString);
        assertEquals("RETURNED", returned.json().getString("status"));
        assertEquals("招聘措施请写明岗位和人数", returned.json().getString("returnReason"));

        Http.Response comment = http.to(plans + "/comments").as("pj-gxq")
                .post(Json.createObjectBuilder().add("text", "园区可以提供员工宿舍 40 间").build());
        assertEquals(200, comment.status(), comment::toString);
        Http.Response coSubmits = http.to(plans + "/submit").as("pj-gxq").post(version(comment.json()));
        assertEquals(403, coSubmits.status(), coSubmits::toString);

        Http.Response stale = http.to(CAMPAIGN + "plans").as("pj-gxj").post(Json.createObjectBuilder(plan).add("version", 0).build());
        assertEquals(409, stale.status(), stale::toString);
        Http.Response again = http.to(CAMPAIGN + "plans").as("pj-gxj")
                .post(Json.createObjectBuilder(plan).add("version", comment.json().getJsonNumber("version").longValue()).build());
        assertEquals(201, again.status(), again::toString);
        assertEquals("SUBMITTED", again.json().getString("status"));
        assertEquals(p.getString("submittedOn"), again.json().getString("submittedOn"), "lateness counts from the first submission");

        Http.Response approved = http.to(plans + "/approve").as("office").post(version(again.json()));
        assertEquals(200, approved.status(), approved::toString);
        assertEquals("APPROVED", approved.json().getString("status"));

        Http.Response neighbourReads = http.to(plans).as("yy-gxj").get();
        assertEquals(404, neighbourReads.status(), neighbourReads::toString);
        Http.Response partnerReads = http.to(plans).as("pj-rsj").get();
        assertEquals(200, partnerReads.status(), partnerReads::toString);
        assertEquals("园区可以提供员工宿舍 40 间", partnerReads.json().getJsonArray("comments").getJsonObject(0).getString("text"));
    }

    @Test
    void aJointVisitCountsForEveryUnitPresentAndShowsOnThePartnersTimeline() {
        long target = targetOf("pj-gxj", HENGJI);
        JsonObject visit = Json.createObjectBuilder().add("targetId", target).add("visitDate", "2026-11-18").add("form", "MEETING")
                .add("units", Json.createArrayBuilder().add("pj-gxj").add("pj-wsyq"))
                .add("learned", "集成测试：新生产线缺少熟练工").add("followUps", "人社局组织技能培训").build();

        Http.Response bad = http.to(CAMPAIGN + "visits").as("pj-gxj").post(Json.createObjectBuilder(visit).add("form", "PICNIC")
                .add("units", Json.createArrayBuilder().add("pj-gxj").add("pj-fgj")).add("learned", " ").build());
        assertEquals(400, bad.status(), bad::toString);
        assertEquals(1, bad.errors("form").size(), bad::toString);
        assertEquals("单位\"pj-fgj\"不是该帮扶对象的帮扶单位", bad.errors("units").get(0).getString("message"), bad::toString);
        assertEquals(1, bad.errors("learned").size(), bad::toString);
        Http.Response neighbour = http.to(CAMPAIGN + "visits").as("yy-gxj").post(visit);
        assertEquals(404, neighbour.status(), neighbour::toString);

        long before = share(timeline("pj-czj", target), "pj-wsyq").getJsonNumber("visits").longValue();
        Http.Response logged = http.to(CAMPAIGN + "visits").as("pj-gxj").post(visit);
        assertEquals(201, logged.status(), logged::toString);
        assertEquals(List.of("pj-gxj", "pj-wsyq"), logged.json().getJsonArray("units").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());

        // 财政局 was not there but sees the visit on the team timeline, marked with the two units present
        JsonObject tl = timeline("pj-czj", target);
        JsonObject entry = tl.getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> "集成测试：新生产线缺少熟练工".equals(e.getString("text", null))).findFirst().orElseThrow(() -> new AssertionError(tl));
        assertEquals("VISIT", entry.getString("kind"));
        assertEquals(2, entry.getJsonArray("units").size());
        assertEquals(before + 1, share(tl, "pj-wsyq").getJsonNumber("visits").longValue(), "the joint visit counts for 伍市工业园");
        assertEquals("CO", tl.getString("myRole"));

        Http.Response hidden = http.to(CAMPAIGN + "targets/" + target + "/timeline").as("yy-gxj").get();
        assertEquals(404, hidden.status(), hidden::toString);
        Http.Response notHers = http.to(CAMPAIGN + "targets/" + target + "/timeline").as("pj-fgj").get();
        assertEquals(404, notHers.status(), notHers::toString);
        Http.Response list = http.to(CAMPAIGN + "visits?unitCode=pj-wsyq&targetId=" + target).as("pj-czj").get();
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.items().stream().anyMatch(v -> "集成测试：新生产线缺少熟练工".equals(v.getString("learned"))), list::toString);
        Http.Response neighbourList = http.to(CAMPAIGN + "visits").as("yy-gxj").get();
        assertEquals(404, neighbourList.status(), neighbourList::toString);
    }

    @Test
    void theOfficeListsMissingAndLatePlansAndUnitsThatNeverVisited() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Http.Response plans = http.to(CAMPAIGN + "plans?attention=true").as("office").get();
        assertEquals(200, plans.status(), plans::toString);
        List<JsonObject> rows = plans.array();
        JsonObject yinqiao = row(rows, "targetName", "平江县银桥化工有限公司");
        assertEquals("MISSING", yinqiao.getString("status"));
        assertEquals(ChronoUnit.DAYS.between(LocalDate.of(2026, 3, 31), today), yinqiao.getInt("daysLate"));
        JsonObject jucai = row(rows, "targetName", "平江县聚财食品有限公司");
        assertEquals("SUBMITTED", jucai.getString("status"));
        assertEquals(25, jucai.getInt("daysLate"), "submitted on 25 April: 25 days late, for good");
        assertTrue(rows.stream().noneMatch(r -> "湖南福坤机械有限公司".equals(r.getString("targetName"))), "approved on time: not listed");
        assertTrue(rows.stream().filter(r -> !r.containsKey("submittedOn")).count() >= 12, plans::toString);

        Http.Response missing = http.to(CAMPAIGN + "first-visits?state=MISSING").as("office").get();
        assertEquals(200, missing.status(), missing::toString);
        List<JsonObject> never = missing.array();
        JsonObject zjj = never.stream().filter(f -> "pj-zjj".equals(f.getString("unit")) && "平江县第一建筑工程有限公司".equals(f.getString("targetName")))
                .findFirst().orElseThrow(() -> new AssertionError(missing.toString()));
        assertEquals("LEADING", zjj.getString("role"));
        assertEquals("2026-03-22", zjj.getString("dueOn"), "assigned 20 February, 30 days to visit");
        assertFalse(zjj.containsKey("firstVisitOn"));

        Http.Response late = http.to(CAMPAIGN + "first-visits?state=LATE").as("office").get();
        assertTrue(late.array().size() >= 8, late::toString);
        Http.Response unknown = http.to(CAMPAIGN + "first-visits?state=SOMETIMES").as("office").get();
        assertEquals(400, unknown.status(), unknown::toString);

        // a unit sees only its own targets' lines; the other county sees no campaign at all
        Http.Response own = http.to(CAMPAIGN + "first-visits").as("pj-zjj").get();
        assertTrue(own.array().stream().allMatch(f -> List.of("平江县北源建材有限公司", "平江县第一建筑工程有限公司").contains(f.getString("targetName"))),
                own::toString);
        Http.Response neighbour = http.to(CAMPAIGN + "plans").as("yy-gxj").get();
        assertEquals(404, neighbour.status(), neighbour::toString);
    }

    @Test
    void anImportedSheetDatesEachChangeAndABadDateSavesNothing() {
        // A campaign of its own that started 60 days ago, so the dates below lie in it whenever the test runs.
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String code = "it-eff-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        Http.Response campaign = http.to("api/v1/campaigns").as("office").post(Json.createObjectBuilder().add("code", code)
                .add("name", "生效日期测试 " + code).add("year", today.getYear()).add("mode", "THREE_TO_ONE")
                .add("startDate", today.minusDays(60).toString()).add("endDate", today.plusDays(60).toString()).build());
        assertEquals(201, campaign.status(), campaign::toString);
        String imports = "api/v1/campaigns/" + code + "/imports/assignments";
        String target = http.to("api/v1/enterprises?size=1&sort=creditCode").as("office").get().items().get(0).getString("creditCode");
        String leader = http.to("api/v1/cadres?rank=COUNTY_LEADER&sort=name&size=1").as("office").get().items().get(0).getString("name");
        LocalDate circular = today.minusDays(40);
        LocalDate second = today.minusDays(10);

        Http.Response first = http.to(imports).as("office").send("POST", AssignmentSheets.XLSX, AssignmentSheets.dated(new String[][] {
            {"1", "", target, leader, "pj-gxj", "pj-fgj", "pj-swj",
                circular.getYear() + "/" + circular.getMonthValue() + "/" + circular.getDayOfMonth()}}));
        assertEquals(200, first.status(), first::toString);
        assertEquals(1, first.json().getInt("created"), first::toString);
        Http.Response changed = http.to(imports).as("office").send("POST", AssignmentSheets.XLSX, AssignmentSheets.dated(new String[][] {
            {"1", "", target, leader, "pj-sw", "pj-fgj", "pj-swj",
                second.getYear() + "年" + second.getMonthValue() + "月" + second.getDayOfMonth() + "日"}}));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(1, changed.json().getInt("reassigned"), changed::toString);
        List<String> periods = periods(code);
        assertEquals(List.of(circular + "~" + second + " pj-gxj", second + "~ pj-sw"), periods,
                "the old assignment ended the day the new one began, the circular's day: " + periods);

        Http.Response rejected = http.to(imports).as("office").send("POST", AssignmentSheets.XLSX, AssignmentSheets.dated(new String[][] {
            {"1", "", target, leader, "pj-gxj", "pj-fgj", "pj-swj", "2026-02-30"}}));
        assertEquals(422, rejected.status(), rejected::toString);
        JsonObject error = rejected.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("2H", error.getInt("row") + error.getString("column"), rejected::toString);
        assertEquals("\"2026-02-30\"不是有效的日期：请填写如 2026-03-01、2026/3/1 或 2026年3月1日，或留空（导入当日生效）", error.getString("message"),
                rejected::toString);
        Http.Response beforeCurrent = http.to(imports).as("office").send("POST", AssignmentSheets.XLSX, AssignmentSheets.dated(new String[][] {
            {"1", "", target, leader, "pj-gxj", "pj-fgj", "pj-swj", circular.toString()}}));
        assertEquals(422, beforeCurrent.status(), beforeCurrent::toString);
        assertEquals("新的安排须从 " + second + " 或之后生效：现行安排从那天开始",
                beforeCurrent.json().getJsonArray("errors").getJsonObject(0).getString("message"), beforeCurrent::toString);
        assertEquals(periods, periods(code), "nothing saved");
    }

    /** Every assignment of a campaign, history included, oldest first, as "validFrom~validTo leadingUnit". */
    private static List<String> periods(String campaign) {
        Http.Response all = http.to("api/v1/campaigns/" + campaign + "/assignments?history=true&sort=validFrom").as("office").get();
        assertEquals(200, all.status(), all::toString);
        return all.items().stream().map(a -> a.getString("validFrom") + "~" + a.getString("validTo", "") + " " + a.getString("leadingUnit"))
                .sorted().toList();
    }

    private static long targetOf(String unit, String name) {
        Http.Response mine = http.to("api/v1/me/targets").as(unit).get();
        assertEquals(200, mine.status(), mine::toString);
        return mine.array().stream().filter(t -> name.equals(t.getJsonObject("team").getJsonObject("target").getString("name")))
                .findFirst().orElseThrow(() -> new AssertionError(mine.toString())).getJsonNumber("targetId").longValue();
    }

    private static JsonObject timeline(String unit, long target) {
        Http.Response r = http.to(CAMPAIGN + "targets/" + target + "/timeline").as(unit).get();
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static JsonObject share(JsonObject timeline, String unit) {
        return timeline.getJsonArray("shares").getValuesAs(JsonObject.class).stream().filter(s -> unit.equals(s.getString("unit")))
                .findFirst().orElseThrow(() -> new AssertionError(timeline.toString()));
    }

    private static JsonObject version(JsonObject record) {
        return Json.createObjectBuilder().add("version", record.getJsonNumber("version").longValue()).build();
    }

    private static JsonObject row(List<JsonObject> rows, String field, String value) {
        return rows.stream().filter(r -> value.equals(r.getString(field, null))).findFirst()
                .orElseThrow(() -> new AssertionError(field + " " + value + " not in " + rows));
    }
}
