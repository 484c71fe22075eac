package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The problem ledger over HTTP on the demo campaign of 平江县 (pj-2026-lsbf): an enterprise's problem from registration to
 * closure through every hand it passes, who sees it (another county, another unit, a neighbouring enterprise: 404), a
 * stale or illegal step (409 with the state and what is allowed), bad registrations, the metrics, the calendar and the
 * categories. Each test works on problems of its own.
 */
@Tag("integration")
class LedgerIT extends DeployedBangfu {

    private static final String CAMPAIGN = "api/v1/campaigns/pj-2026-lsbf/";
    /** 湖南赛雅特鞋业: the demo account "enterprise" acts for it; pj-swj leads, pj-sw and pj-hcjd help, 张卫东 is its leader. */
    private static final String SHOES = "湖南赛雅特鞋业有限公司";
    /** 平江县欣田建材: pj-zrj leads, 陈志刚 is its leader. */
    private static final String XINTIAN = "平江县欣田建材制造有限公司";

    @Test
    void anEnterprisesProblemFromRegistrationToClosure() {
        Http.Response registered = http.to(CAMPAIGN + "problems").as("enterprise")
                .post(Json.createObjectBuilder().add("title", "新厂房用电增容").add("category", "FACTORS")
                        .add("description", "新厂房需增容 800 千伏安，供电所答复需排队").add("source", "OFFICE").build());
        assertEquals(201, registered.status(), registered::toString);
        JsonObject p = registered.json();
        assertEquals("REGISTERED", p.getString("state"));
        assertEquals("ENTERPRISE", p.getString("source"), "an enterprise's own problem, whatever it says");
        assertEquals(SHOES, p.getJsonObject("target").getString("name"), "its own enterprise when it names none");
        assertTrue(p.getString("number").matches("430626-" + today().getYear() + "-\\d{5}"), p::toString);
        assertEquals(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString(), p.getString("raisedOn"));
        String problem = "api/v1/problems/" + p.getJsonNumber("id").longValue();
        assertTrue(registered.header("Location").endsWith(problem), registered::toString);
        assertTrue(subjects("office").stream().anyMatch(s -> s.contains(p.getString("number"))), "the office is told of the new problem");

        Http.Response proposal = http.to(problem + "/routing").as("office").get();
        assertEquals("pj-swj", proposal.json().getString("unitCode"), proposal::toString);
        assertEquals(List.of("pj-sw", "pj-hcjd"), strings(proposal.json().getJsonArray("assistingUnits")));
        assertEquals(403, http.to(problem + "/routing").as("pj-swj").get().status());

        JsonObject routed = step(problem, "office", Json.createObjectBuilder().add("action", "ROUTE")).json();
        assertEquals("ROUTED", routed.getString("state"));
        assertEquals("pj-swj", routed.getString("responsibleUnit"));
        assertEquals(List.of("pj-hcjd", "pj-sw"), strings(routed.getJsonArray("assistingUnits")));
        assertEquals("GREEN", routed.getString("light"));
        assertEquals(15, routed.getInt("workingDaysLeft"), "an ORDINARY problem: 15 working days");
        assertEquals(routed.getString("deadline"), routed.getString("originalDeadline"));
        assertTrue(subjects("pj-swj").contains("问题交办：" + p.getString("number") + "（主办）"), "the responsible unit is told");
        assertTrue(subjects("pj-sw").contains("问题交办：" + p.getString("number") + "（协办）"), "and the assisting ones");

        Http.Response assistingAccepts = step(problem, "pj-sw", Json.createObjectBuilder().add("action", "ACCEPT"));
        assertEquals(409, assistingAccepts.status(), assistingAccepts::toString);
        assertEquals("ROUTED", assistingAccepts.json().getString("state"));
        assertEquals(List.of(), strings(assistingAccepts.json().getJsonArray("allowed")), "an assisting unit only reads");
        Http.Response tooEarly = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "RESOLVE").add("answer", "已办"));
        assertEquals(409, tooEarly.status(), tooEarly::toString);
        assertEquals(List.of("ACCEPT", "SEND_BACK"), strings(tooEarly.json().getJsonArray("allowed")));
        assertEquals("问题当前为“已交办”，不能办结；现在可以：签收、退回", tooEarly.errors("action").get(0).getString("message"));

        JsonObject accepted = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "ACCEPT")
                .add("version", routed.getJsonNumber("version").longValue())).json();
        assertEquals("ACCEPTED", accepted.getString("state"));
        Http.Response stale = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "PAUSE").add("reason", "等待企业补充材料")
                .add("version", routed.getJsonNumber("version").longValue()));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("该记录已被他人修改，请刷新后重试", stale.errors("version").get(0).getString("message"));

        Http.Response noAnswer = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "RESOLVE").add("answer", " "));
        assertEquals(400, noAnswer.status(), noAnswer::toString);
        assertEquals("办结须填写办理结果（答复内容）", noAnswer.errors("answer").get(0).getString("message"));
        JsonObject resolved = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "RESOLVE")
                .add("answer", "已协调供电公司列入本月增容计划，现场勘查已完成")).json();
        assertEquals("RESOLVED", resolved.getString("state"));
        assertTrue(resolved.getBoolean("onTime"));
        assertFalse(resolved.containsKey("light"), "no light once resolved");

        Http.Response officeRates = step(problem, "office", Json.createObjectBuilder().add("action", "RATE").add("rating", "SATISFIED"));
        assertEquals(409, officeRates.status(), "only the enterprise rates");
        Http.Response badRating = step(problem, "enterprise", Json.createObjectBuilder().add("action", "RATE").add("rating", "GREAT"));
        assertEquals(400, badRating.status(), badRating::toString);
        JsonObject rated = step(problem, "enterprise", Json.createObjectBuilder().add("action", "RATE").add("rating", "DISSATISFIED")
                .add("comment", "只是列入计划，还没有施工")).json();
        assertEquals("DISSATISFIED", rated.getString("rating"));
        assertTrue(subjects("office").contains("企业不满意：" + p.getString("number")), "the office is told");

        JsonObject reopened = step(problem, "office", Json.createObjectBuilder().add("action", "REOPEN").add("reason", "企业反映尚未施工")).json();
        assertEquals("REOPENED", reopened.getString("state"));
        assertEquals(resolved.getString("deadline"), reopened.getString("deadline"), "back on the deadline it had");
        step(problem, "pj-swj", Json.createObjectBuilder().add("action", "RESOLVE").add("answer", "增容工程已完工送电，企业已正常生产"));
        step(problem, "enterprise", Json.createObjectBuilder().add("action", "RATE").add("rating", "BASICALLY_SATISFIED"));
        JsonObject closed = step(problem, "office", Json.createObjectBuilder().add("action", "CLOSE")).json();
        assertEquals("CLOSED", closed.getString("state"));
        assertEquals(List.of(), strings(closed.getJsonArray("actions")));

        Http.Response events = http.to(problem + "/events").as("enterprise").get();
        assertEquals(200, events.status(), events::toString);
        assertEquals(List.of("REGISTER", "ROUTE", "ACCEPT", "RESOLVE", "RATE", "REOPEN", "RESOLVE", "RATE", "CLOSE"),
                events.array().stream().map(e -> e.getString("action")).toList());
        assertEquals("企业反映尚未施工", events.array().get(5).getString("reason"));
        assertEquals("office", events.array().get(8).getString("actor"));

        Http.Response mine = http.to("api/v1/me/problems?size=500").as("enterprise").get();
        assertTrue(mine.items().stream().anyMatch(i -> i.getString("number").equals(p.getString("number"))), mine::toString);
        assertTrue(mine.items().stream().allMatch(i -> i.getJsonObject("target").getString("name").equals(SHOES)), "its own only");
    }

    @Test
    void whoSeesAProblemAndWhoIsToldNothing() {
        JsonObject p = register("office", SHOES, "出口订单结汇手续繁琐", "POLICY").json();
        String problem = "api/v1/problems/" + p.getJsonNumber("id").longValue();
        for (String reader : List.of("office", "pj-swj", "pj-sw", "leader", "inspector", "evaluator", "enterprise")) {
            assertEquals(200, http.to(problem).as(reader).get().status(), reader);
        }
        for (String stranger : List.of("yy-gxj", "pj-fgj", "enterprise-xt")) {
            Http.Response r = http.to(problem).as(stranger).get();
            assertEquals(404, r.status(), stranger + ": " + r);
            assertEquals(404, step(problem, stranger, Json.createObjectBuilder().add("action", "ACCEPT")).status(), stranger);
        }
        assertEquals(403, http.to(problem).as("sysadmin").get().status(), "administrators keep out of the ledger");
        assertTrue(http.to(CAMPAIGN + "problems?size=500").as("pj-fgj").get().items().stream()
                .noneMatch(i -> i.getString("number").equals(p.getString("number"))), "another unit's list does not show it");
        assertTrue(http.to("api/v1/me/problems?size=500").as("enterprise-xt").get().items().stream()
                .noneMatch(i -> i.getJsonObject("target").getString("name").equals(SHOES)), "nor the neighbouring enterprise's");
        Http.Response neighbourList = http.to(CAMPAIGN + "problems").as("yy-gxj").get();
        assertEquals(404, neighbourList.status(), "岳阳县 does not even see 平江县's campaign");

        JsonObject other = register("office", XINTIAN, "砖瓦窑炉技改审批", "APPROVAL").json();
        assertEquals(404, http.to("api/v1/problems/" + other.getJsonNumber("id").longValue()).as("leader").get().status(),
                "a leader sees his own targets' problems only");
        JsonObject escalated = step(problem, "office", Json.createObjectBuilder().add("action", "ESCALATE").add("reason", "县委督办")).json();
        assertEquals(today().toString(), escalated.getString("escalatedOn"));
        Http.Response leaderInbox = http.to("api/v1/me/inbox?size=5").as("leader").get();
        assertEquals(200, leaderInbox.status(), leaderInbox::toString);
        assertTrue(leaderInbox.items().stream().anyMatch(n -> n.getString("subject").equals("督办：" + p.getString("number") + "（" + SHOES + "）")),
                leaderInbox::toString);
        assertTrue(http.to("api/v1/me/problems?escalated=true&size=500").as("leader").get().items().stream()
                .anyMatch(i -> i.getString("number").equals(p.getString("number"))), "on the leader's own list");
    }

    @Test
    void badRegistrationsAreRefusedFieldByField() {
        long before = http.to(CAMPAIGN + "problems?size=1").as("office").get().total();
        Http.Response empty = http.to(CAMPAIGN + "problems").as("office").post(Json.createObjectBuilder()
                .add("target", Json.createObjectBuilder().add("creditCode", creditCode(SHOES))).add("title", " ").add("raisedOn", "2099-01-01")
                .add("category", "NOT-A-CATEGORY").add("difficulty", "EASY").build());
        assertEquals(400, empty.status(), empty::toString);
        assertEquals("必填", empty.errors("title").get(0).getString("message"));
        assertEquals("问题类别\"NOT-A-CATEGORY\"不存在", empty.errors("category").get(0).getString("message"));
        assertEquals(1, empty.errors("difficulty").size());
        assertEquals("提出日期不能晚于今天", empty.errors("raisedOn").get(0).getString("message"));
        Http.Response english = http.to(CAMPAIGN + "problems").as("office").english().post(Json.createObjectBuilder()
                .add("target", Json.createObjectBuilder().add("creditCode", creditCode(SHOES))).add("title", "x").build());
        assertEquals("Required", english.errors("category").get(0).getString("message"), english::toString);
        Http.Response unknown = http.to(CAMPAIGN + "problems").as("office").post(Json.createObjectBuilder()
                .add("target", Json.createObjectBuilder().add("creditCode", "91430626MA4L0000X0")).add("title", "x").add("category", "OTHER").build());
        assertEquals(400, unknown.status(), unknown::toString);
        assertEquals(1, unknown.errors("target").size());
        Http.Response foreign = http.to(CAMPAIGN + "problems").as("pj-fgj").post(Json.createObjectBuilder()
                .add("target", Json.createObjectBuilder().add("creditCode", creditCode(SHOES))).add("title", "x").add("category", "OTHER").build());
        assertEquals(404, foreign.status(), "a unit registers only for the targets it helps");
        Http.Response leader = http.to(CAMPAIGN + "problems").as("leader").post(Json.createObjectBuilder().add("title", "x").build());
        assertEquals(403, leader.status());
        assertEquals(before, http.to(CAMPAIGN + "problems?size=1").as("office").get().total(), "nothing half-saved");
    }

    @Test
    void routingOutsideTheRegionAndExtensionsAndPauses() {
        JsonObject p = register("office", SHOES, "技改设备进口关税咨询", "POLICY").json();
        String problem = "api/v1/problems/" + p.getJsonNumber("id").longValue();
        Http.Response outside = step(problem, "office", Json.createObjectBuilder().add("action", "ROUTE").add("unitCode", "yy-gxj")
                .add("assistingUnits", Json.createArrayBuilder().add("pj-fgj").add("nobody")));
        assertEquals(400, outside.status(), outside::toString);
        assertEquals("单位\"yy-gxj\"不存在或不在平江县范围内", outside.errors("unitCode").get(0).getString("message"));
        assertEquals(1, outside.errors("assistingUnits[1]").size());
        assertEquals("REGISTERED", http.to(problem).as("office").get().json().getString("state"), "nothing changed");

        step(problem, "office", Json.createObjectBuilder().add("action", "ROUTE").add("unitCode", "pj-fgj")
                .add("assistingUnits", Json.createArrayBuilder()));
        JsonObject sentBack = step(problem, "pj-fgj", Json.createObjectBuilder().add("action", "SEND_BACK").add("reason", "属于商务局职责")).json();
        assertEquals("REGISTERED", sentBack.getString("state"));
        assertTrue(subjects("office").contains("问题被退回：" + p.getString("number")));
        JsonObject routed = step(problem, "office", Json.createObjectBuilder().add("action", "ROUTE").add("unitCode", "pj-swj")).json();
        step(problem, "pj-swj", Json.createObjectBuilder().add("action", "ACCEPT"));
        JsonObject paused = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "PAUSE").add("reason", "等待海关答复")).json();
        assertEquals("PAUSED", paused.getString("state"));
        assertEquals(List.of("RESUME"), strings(paused.getJsonArray("actions")));
        JsonObject resumed = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "RESUME")).json();
        assertEquals("ACCEPTED", resumed.getString("state"));

        LocalDate later = LocalDate.parse(routed.getString("deadline")).plusDays(30);
        Http.Response notLater = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "REQUEST_EXTENSION")
                .add("newDeadline", routed.getString("deadline")).add("reason", "需海关总署答复"));
        assertEquals(400, notLater.status(), notLater::toString);
        assertEquals(1, notLater.errors("newDeadline").size());
        Http.Response badDay = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "REQUEST_EXTENSION")
                .add("newDeadline", "next month").add("reason", "x"));
        assertEquals(400, badDay.status(), badDay::toString);
        JsonObject asked = step(problem, "pj-swj", Json.createObjectBuilder().add("action", "REQUEST_EXTENSION")
                .add("newDeadline", later.toString()).add("reason", "需海关总署答复")).json();
        assertEquals(later.toString(), asked.getString("extensionRequested"));
        assertTrue(subjects("office").contains("延期申请待审核：" + p.getString("number")));
        JsonObject approved = step(problem, "office", Json.createObjectBuilder().add("action", "APPROVE_EXTENSION")).json();
        assertEquals(later.toString(), approved.getString("deadline"));
        assertEquals(routed.getString("deadline"), approved.getString("originalDeadline"), "the original deadline is kept");
        assertTrue(approved.getBoolean("extended"));
        assertTrue(subjects("pj-swj").contains("延期申请已同意：" + p.getString("number")));
    }

    @Test
    void theMetricsCountTheLedgerOneWayEverywhere() {
        Http.Response byCategory = http.to(CAMPAIGN + "metrics?by=category").as("office").get();
        assertEquals(200, byCategory.status(), byCategory::toString);
        JsonObject total = byCategory.json().getJsonObject("total");
        long collected = byCategory.items().stream().mapToLong(i -> i.getJsonNumber("collected").longValue()).sum();
        assertEquals(total.getJsonNumber("collected").longValue(), collected);
        long resolved = total.getJsonNumber("resolved").longValue();
        assertEquals(Math.round(10000.0 * resolved / collected) / 10000.0, total.getJsonNumber("resolutionRate").doubleValue(), 1e-9);
        JsonObject overall = http.to(CAMPAIGN + "metrics?by=total").as("office").get().json().getJsonObject("total");
        assertEquals(total, overall, "the same figures whatever the grouping");
        assertEquals("融资贷款", byCategory.items().get(0).getString("name"), "categories in their order");

        List<JsonObject> ranked = http.to(CAMPAIGN + "metrics?by=unit&sort=-resolutionRate").as("office").get().items();
        for (int i = 1; i < ranked.size(); i++) {
            if (!ranked.get(i).isNull("resolutionRate")) {
                assertTrue(ranked.get(i - 1).getJsonNumber("resolutionRate").doubleValue() >= ranked.get(i).getJsonNumber("resolutionRate").doubleValue());
            }
        }
        JsonObject unrated = ranked.stream().filter(r -> r.getJsonNumber("rated").longValue() == 0).findFirst().orElseThrow();
        assertTrue(unrated.isNull("satisfactionRate"), "null, not 0, when nothing was rated: " + unrated);

        assertEquals(400, http.to(CAMPAIGN + "metrics?by=week").as("office").get().status());
        assertEquals(400, http.to(CAMPAIGN + "metrics?by=unit&sort=-beauty").as("office").get().status());
        Http.Response period = http.to(CAMPAIGN + "metrics?from=2026-13-01").as("office").get();
        assertEquals(400, period.status());
        assertEquals(1, period.errors("from").size());
        JsonObject own = http.to(CAMPAIGN + "metrics").as("pj-swj").get().json().getJsonObject("total");
        long seen = http.to(CAMPAIGN + "problems?size=1").as("pj-swj").get().total()
                - http.to(CAMPAIGN + "problems?size=1&state=WITHDRAWN").as("pj-swj").get().total();
        assertEquals(seen, own.getJsonNumber("collected").longValue(), "a unit counts the problems it sees, withdrawn ones left out");
        assertNotEquals(total.getJsonNumber("collected"), own.getJsonNumber("collected"));
    }

    @Test
    void theCalendarAndTheCategories() {
        Http.Response year = http.to("api/v1/calendar/2026").as("pj-gxj").get();
        assertEquals(200, year.status(), year::toString);
        assertTrue(year.json().getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .anyMatch(d -> d.getString("date").equals("2026-02-14") && d.getString("kind").equals("WORKDAY") && d.getString("name").equals("春节")));
        JsonObject days = Json.createObjectBuilder().add("days", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("date", "2027-01-01").add("kind", "HOLIDAY").add("name", "元旦"))
                .add(Json.createObjectBuilder().add("date", "2027-02-15").add("kind", "WORKDAY").add("name", "春节"))).build();
        assertEquals(403, http.to("api/v1/calendar/2027").as("office").put(days).status(), "the office does not keep the calendar");
        Http.Response weekday = http.to("api/v1/calendar/2027").as("sysadmin").put(days);
        assertEquals(400, weekday.status(), weekday::toString);
        assertEquals("2027-02-15 本来就是工作日，不需要调休上班", weekday.errors("days[1].kind").get(0).getString("message"));
        JsonObject good = Json.createObjectBuilder().add("days", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("date", "2027-01-01").add("kind", "HOLIDAY").add("name", "元旦"))).build();
        Http.Response saved = http.to("api/v1/calendar/2027").as("sysadmin").put(good);
        assertEquals(200, saved.status(), saved::toString);
        assertEquals(1, http.to("api/v1/calendar/2027").as("office").get().json().getJsonArray("days").size());

        Http.Response added = http.to("api/v1/problem-categories").as("office").post(Json.createObjectBuilder().add("code", "tourism")
                .add("name", "文旅融合").build());
        assertEquals(201, added.status(), added::toString);
        assertEquals("TOURISM", added.json().getString("code"));
        assertEquals(409, http.to("api/v1/problem-categories").as("office").post(Json.createObjectBuilder().add("code", "T2")
                .add("name", "文旅融合").build()).status(), "the name is taken");
        assertEquals(403, http.to("api/v1/problem-categories").as("pj-gxj").post(Json.createObjectBuilder().add("code", "T3")
                .add("name", "其他类").build()).status());
        assertTrue(http.to("api/v1/problem-categories").as("enterprise").get().array().stream().anyMatch(c -> c.getString("code").equals("TOURISM")));
        assertTrue(http.to("api/v1/problem-categories").as("yy-gxj").get().array().stream().noneMatch(c -> c.getString("code").equals("TOURISM")),
                "岳阳县 has its own categories");
        assertEquals(201, register("office", SHOES, "文旅项目用地", "TOURISM").status());
    }

    @Test
    void aCallbackDrawRepeatsWithItsSeedAndFlagsWhatDeservesASecondLook() {
        JsonObject body = Json.createObjectBuilder().add("percentage", 50).add("seed", 20261205L).build();
        Http.Response first = http.to(CAMPAIGN + "callbacks").as("office").post(body);
        assertEquals(201, first.status(), first::toString);
        List<Long> drawn = first.json().getJsonArray("callbacks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("problemId").longValue()).toList();
        long eligible = first.json().getInt("eligible");
        assertEquals((long) Math.ceil(eligible * 0.5), drawn.size(), "half of " + eligible + ", rounded up");
        assertEquals(20261205L, first.json().getJsonNumber("seed").longValue());
        Http.Response again = http.to(CAMPAIGN + "callbacks").as("office").post(body);
        assertEquals(drawn, again.json().getJsonArray("callbacks").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("problemId").longValue()).toList(), "the same seed draws the same problems");

        JsonObject satisfied = first.json().getJsonArray("callbacks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "SATISFIED".equals(c.getString("rating", null))).findFirst().orElseThrow();
        Http.Response recorded = http.to(CAMPAIGN + "callbacks/" + satisfied.getJsonNumber("id").longValue()).as("office")
                .put(Json.createObjectBuilder().add("result", "UNSOLVED").add("note", "企业说问题还在")
                        .add("version", satisfied.getJsonNumber("version")).build());
        assertEquals(200, recorded.status(), recorded::toString);
        assertTrue(strings(recorded.json().getJsonArray("flags")).contains("SATISFIED_BUT_UNSOLVED"), recorded::toString);
        Http.Response stale = http.to(CAMPAIGN + "callbacks/" + satisfied.getJsonNumber("id").longValue()).as("office")
                .put(Json.createObjectBuilder().add("result", "SOLVED").add("version", satisfied.getJsonNumber("version")).build());
        assertEquals(409, stale.status(), "the version read before the first record is stale: " + stale);
        Http.Response badResult = http.to(CAMPAIGN + "callbacks/" + satisfied.getJsonNumber("id").longValue()).as("office")
                .put(Json.createObjectBuilder().add("result", "MAYBE").build());
        assertEquals(400, badResult.status(), badResult::toString);
        List<JsonObject> samples = http.to(CAMPAIGN + "callbacks").as("office").get().array();
        assertEquals(again.json().getJsonNumber("id"), samples.get(0).getJsonNumber("id"), "newest first");
        assertTrue(samples.stream().anyMatch(x -> x.getJsonNumber("id").equals(first.json().getJsonNumber("id"))), "every draw is kept");
        assertEquals("UNSOLVED", samples.stream().filter(x -> x.getJsonNumber("id").equals(first.json().getJsonNumber("id"))).findFirst()
                .orElseThrow().getJsonArray("callbacks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getJsonNumber("id").equals(satisfied.getJsonNumber("id"))).findFirst().orElseThrow().getString("result"));
        Http.Response none = http.to(CAMPAIGN + "callbacks").as("office").post(Json.createObjectBuilder().add("percentage", 0).build());
        assertEquals(400, none.status(), none::toString);
        assertEquals(1, none.errors("percentage").size());
        assertEquals(403, http.to(CAMPAIGN + "callbacks").as("pj-swj").get().status(), "the office's own check");
    }

    @Test
    void aCommonProblemAnsweredOnceResolvesEveryMember() {
        JsonObject a = register("office", SHOES, "园区企业用电价格偏高", "COST").json();
        JsonObject b = register("office", XINTIAN, "用电价格偏高，窑炉电费高", "COST").json();
        step("api/v1/problems/" + b.getJsonNumber("id").longValue(), "office", Json.createObjectBuilder().add("action", "ROUTE"));
        Http.Response similar = http.to("api/v1/problems/" + a.getJsonNumber("id").longValue() + "/similar").as("office").get();
        assertEquals(200, similar.status(), similar::toString);
        assertTrue(similar.array().stream().anyMatch(s -> s.getString("number").equals(b.getString("number"))),
                "the other enterprise's problem is suggested: " + similar);

        Http.Response alone = http.to(CAMPAIGN + "common-problems").as("office").post(Json.createObjectBuilder().add("title", "电价")
                .add("category", "COST").add("problems", Json.createArrayBuilder().add(a.getJsonNumber("id"))).build());
        assertEquals(400, alone.status(), "one enterprise is no common problem");
        Http.Response merged = http.to(CAMPAIGN + "common-problems").as("office").post(Json.createObjectBuilder().add("title", "工业企业电价偏高")
                .add("category", "COST").add("problems", Json.createArrayBuilder().add(a.getJsonNumber("id")).add(b.getJsonNumber("id"))).build());
        assertEquals(201, merged.status(), merged::toString);
        assertEquals(2, merged.json().getJsonArray("members").size());
        long common = merged.json().getJsonNumber("id").longValue();
        Http.Response answered = http.to(CAMPAIGN + "common-problems/" + common + "/resolve").as("office")
                .post(Json.createObjectBuilder().add("policyAnswer", "县政府出台工业用电补贴办法，园区企业每千瓦时补贴 0.05 元").build());
        assertEquals(200, answered.status(), answered::toString);
        assertEquals("RESOLVED", answered.json().getString("state"));
        assertTrue(answered.json().getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .allMatch(m -> m.getString("state").equals("RESOLVED")), answered::toString);
        JsonObject own = http.to("api/v1/problems/" + a.getJsonNumber("id").longValue()).as("enterprise").get().json();
        assertEquals(List.of("RATE"), strings(own.getJsonArray("actions")), "the enterprise rates its own");
        assertEquals(common, own.getJsonNumber("commonProblemId").longValue());
        assertEquals(409, http.to(CAMPAIGN + "common-problems/" + common + "/resolve").as("office")
                .post(Json.createObjectBuilder().add("policyAnswer", "again").build()).status(), "answered once");
    }

    private static Http.Response register(String login, String enterprise, String title, String category) {
        Http.Response r = http.to(CAMPAIGN + "problems").as(login).post(Json.createObjectBuilder()
                .add("target", Json.createObjectBuilder().add("creditCode", creditCode(enterprise))).add("title", title).add("category", category).build());
        assertEquals(201, r.status(), r::toString);
        return r;
    }

    private static Http.Response step(String problem, String login, JsonObjectBuilder step) {
        return http.to(problem + "/events").as(login).post(step.build());
    }

    private static String creditCode(String enterprise) {
        return http.to("api/v1/enterprises?size=5&q=" + Http.encode(enterprise)).as("office").get().items().get(0).getString("creditCode");
    }

    private static List<String> subjects(String login) {
        return http.to("api/v1/me/inbox?size=50").as(login).get().items().stream().map(n -> n.getString("subject")).toList();
    }

    private static List<String> strings(JsonArray array) {
        return array == null ? List.of() : array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
