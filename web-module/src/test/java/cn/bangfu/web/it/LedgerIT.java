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
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
        JsonObject told = leaderInbox.items().stream().filter(n -> n.getString("subject").equals("督办：" + p.getString("number") + "（" + SHOES + "）"))
                .findFirst().orElseThrow(() -> new AssertionError(leaderInbox.toString()));
        assertEquals(Json.createObjectBuilder().add("type", "PROBLEM").add("id", p.getJsonNumber("id").longValue()).build(), told.getJsonObject("about"),
                told::toString);
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
    void theLightsCountedInTheDatabaseAreTheLightsEachProblemShows() {
        JsonObject summary = http.to(CAMPAIGN + "problems/summary").as("office").get().json();
        JsonObject byLight = summary.getJsonObject("byLight");
        List<JsonObject> all = http.to(CAMPAIGN + "problems?size=500").as("office").get().items();
        for (String state : summary.getJsonObject("byState").keySet()) {
            assertEquals(all.stream().filter(p -> state.equals(p.getString("state"))).count(),
                    summary.getJsonObject("byState").getJsonNumber(state).longValue(), state + ": counted in the same pass as the lights");
        }
        List<Object> escalatedIds = http.to(CAMPAIGN + "problems?size=500&escalated=true").as("office").get().items().stream()
                .map(e -> (Object) e.getJsonNumber("id")).toList();
        long escalatedRunning = all.stream().filter(p -> List.of("ROUTED", "ACCEPTED", "REOPENED", "PAUSED").contains(p.getString("state"))
                && escalatedIds.contains(p.getJsonNumber("id"))).count();
        assertEquals(escalatedRunning, summary.getJsonNumber("escalated").longValue(), "escalated and still running");
        for (String light : List.of("GREEN", "YELLOW", "RED")) {
            long shown = all.stream().filter(p -> light.equals(p.getString("light", null))).count();
            assertEquals(shown, byLight.getJsonNumber(light).longValue(), light + ": the dashboard's count (SQL) and the problems' lights (Java)");
            assertEquals(shown, http.to(CAMPAIGN + "problems?size=1&light=" + light).as("office").get().total(), light + ": the filter");
        }
        assertTrue(all.stream().anyMatch(p -> "RED".equals(p.getString("light", null))) && all.stream().anyMatch(p -> "YELLOW".equals(p.getString("light", null))),
                "the demo has every light");
    }

    @Test
    void filesGoWithTheProblemOrWithOneOfItsSteps() {
        JsonObject p = register("office", SHOES, "厂房消防验收", "APPROVAL").json();
        String problem = "api/v1/problems/" + p.getJsonNumber("id").longValue();
        byte[] pdf = "%PDF-1.4 消防验收申请".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Response own = http.to(problem + "/attachments?fileName=" + Http.encode("验收申请.pdf")).as("enterprise")
                .send("POST", "application/octet-stream", pdf);
        assertEquals(200, own.status(), own::toString);
        long registration = own.json().getJsonArray("events").getJsonObject(0).getJsonNumber("id").longValue();
        JsonObject file = own.json().getJsonArray("events").getJsonObject(0).getJsonArray("attachments").getJsonObject(0);
        assertEquals("验收申请.pdf", file.getString("fileName"), "the problem's own files show with its registration");
        Http.Response toStep = http.to(problem + "/attachments?eventId=" + registration + "&fileName=" + Http.encode("现场照片.jpg")).as("office")
                .send("POST", "application/octet-stream", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});
        assertEquals(200, toStep.status(), toStep::toString);
        assertEquals(2, toStep.json().getJsonArray("events").getJsonObject(0).getJsonArray("attachments").size());
        Http.Response otherEvent = http.to(problem + "/attachments?eventId=1&fileName=x.pdf").as("office").send("POST", "application/octet-stream", pdf);
        assertEquals(400, otherEvent.status(), otherEvent::toString);
        assertEquals(1, otherEvent.errors("eventId").size());
        Http.Response exe = http.to(problem + "/attachments?fileName=run.exe").as("office").send("POST", "application/octet-stream", pdf);
        assertEquals(400, exe.status(), exe::toString);
        assertEquals(404, http.to(problem + "/attachments?fileName=x.pdf").as("enterprise-xt").send("POST", "application/octet-stream", pdf).status());
        String download = problem + "/attachments/" + file.getJsonNumber("id").longValue();
        assertEquals(200, http.to(download).as("pj-swj").get().status(), "the team reads the enterprise's files");
        assertEquals(404, http.to(download).as("enterprise-xt").get().status(), "a neighbouring enterprise does not");
        assertEquals(403, http.to(problem + "/attachments?fileName=y.pdf").as("pj-sw").send("POST", "application/octet-stream", pdf).status(),
                "an assisting unit reads the problem, attaches nothing");
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
        assertEquals("pj-gxj", own.getString("responsibleUnit"), "never routed: the campaign's office unit answered for it");
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

    // --- the office's Excel ledger (问题台账): import and export ----------------------------------------------------------

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> LEDGER_HEADER = List.of("序号", "企业名称", "统一社会信用代码", "问题描述", "问题类别", "提出日期", "责任单位", "办理状态",
            "办结日期", "办理结果");
    /** 湖南好食工贸: a third enterprise of 平江县. */
    private static final String HAOSHI = "湖南好食工贸有限公司";

    @Test
    void theOfficesLedgerImportsWhollyOrNotAtAllKeepsItsDaysAndStatesAndTwiceChangesNothing() {
        String code = ItData.threeToOneCampaign(http, null);
        String imports = "api/v1/campaigns/" + code + "/imports/problems";
        Http.File template = http.to(imports + "/template").as("office").file();
        assertEquals(200, template.status(), template::toString);
        assertEquals(XLSX, template.contentType(), template::toString);
        assertTrue(template.disposition().contains("filename*=UTF-8''"), template::toString);
        assertEquals(LEDGER_HEADER, cells(sheet(template.body()).getRow(0)));

        String shoes = creditCode(SHOES);
        String xintian = creditCode(XINTIAN);
        String haoshi = creditCode(HAOSHI);
        byte[] bad = ledger(new Object[][] {
            {1, SHOES, shoes, "贷款展期", "融资贷款", "2026-03-02", "pj-swj", "已交办", null, null},
            {2, "欣田建材", xintian, "砖瓦窑炉技改审批", "APPROVAL", "2026-04-01", "pj-fgj", "已交办", null, null},
            {3, SHOES, shoes, "用电增容", "要素保障", "2026-04-02", "pj-gxj", "已完成", null, null},
            {4, HAOSHI, haoshi, "产品进入商超渠道难", "MARKET", "2026-05-06", "yy-gxj", "已办结", null, "已对接省内商超"},
            {5, SHOES, shoes, "路灯损坏", "FACTORS", "2099-01-01", null, "未交办", null, null}});
        Http.Response rejected = http.to(imports).as("office").send("POST", XLSX, bad);
        assertEquals(422, rejected.status(), rejected::toString);
        List<JsonObject> errors = rejected.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("3B", "4H", "5G", "5I", "6F"), errors.stream().map(e -> e.getInt("row") + e.getString("column")).toList(),
                rejected::toString);
        assertEquals(List.of("enterpriseName", "state", "unit", "resolvedOn", "raisedOn"), errors.stream().map(e -> e.getString("field")).toList());
        assertEquals("企业名称\"欣田建材\"与该统一社会信用代码登记的名称\"" + XINTIAN + "\"不符", errors.get(0).getString("message"));
        assertEquals("单位\"yy-gxj\"不存在或不在平江县范围内", errors.get(2).getString("message"));
        assertEquals("已办结、已销号的问题须填写办结日期", errors.get(3).getString("message"));
        assertEquals("提出日期不能晚于今天", errors.get(4).getString("message"));
        Http.Response english = http.to(imports).as("office").english().send("POST", XLSX, bad);
        assertEquals("The state \"已完成\" is unknown: write 未交办, 已交办, 办理中, 已办结 or 已销号", english.errors("state").get(0).getString("message"));
        assertEquals(List.of(), problems(code), "nothing half-saved");

        byte[] good = ledger(new Object[][] {
            {1, SHOES, shoes, "贷款展期。流动资金贷款将到期，请求协调展期", "融资贷款", "2026-03-02", "pj-swj", "已销号", "2026/3/20", "已协调银行办理展期"},
            {2, XINTIAN, xintian, "砖瓦窑炉技改审批", "APPROVAL", "2026年4月1日", "平江县发展和改革局", "已办结", "2026-04-15", "已开通绿色通道"},
            {3, HAOSHI, haoshi, "产品进入商超渠道难", "MARKET", LocalDate.of(2026, 5, 6), "pj-gxj", "办理中", null, null},
            {4, SHOES, shoes, "厂区道路路灯损坏", "FACTORS", "2026-06-01", "pj-fgj", "已交办", null, null},
            {5, XINTIAN, xintian, "环评审批时间长", "APPROVAL", "2026-07-01", null, "未交办", null, null}});
        Http.Response first = http.to(imports).as("office").send("POST", XLSX, good);
        assertEquals(200, first.status(), first::toString);
        assertEquals(List.of(5, 0, 0), counts(first), first::toString);
        List<JsonObject> created = problems(code);
        assertEquals(List.of("CLOSED", "RESOLVED", "ACCEPTED", "ROUTED", "REGISTERED"), created.stream().map(p -> p.getString("state")).toList());
        assertEquals(List.of("2026-03-02", "2026-04-01", "2026-05-06", "2026-06-01", "2026-07-01"),
                created.stream().map(p -> p.getString("raisedOn")).toList(), "the days as the sheet wrote them, an Excel date too");
        assertEquals(java.util.Arrays.asList("pj-swj", "pj-fgj", "pj-gxj", "pj-fgj", null),
                created.stream().map(p -> p.getString("responsibleUnit", null)).toList());
        assertEquals(List.of("2026-03-20", "2026-04-15"), created.subList(0, 2).stream().map(p -> p.getString("resolvedOn")).toList());
        assertEquals("2026-03-20", created.get(0).getString("closedOn"));
        assertEquals("已协调银行办理展期", created.get(0).getString("answer"));
        assertEquals("贷款展期", created.get(0).getString("title"), "the description's first sentence");
        assertEquals(5, created.stream().map(p -> p.getString("number")).filter(n -> n.matches("430626-2026-\\d{5}")).distinct().count(),
                created::toString);

        List<JsonObject> closed = http.to("api/v1/problems/" + created.get(0).getJsonNumber("id").longValue() + "/events").as("office").get().array();
        assertEquals(List.of("IMPORT", "ROUTE", "ACCEPT", "RESOLVE", "CLOSE"), closed.stream().map(e -> e.getString("action")).toList());
        assertTrue(closed.stream().allMatch(e -> e.getBoolean("imported")), closed::toString);
        assertEquals(List.of("2026-03-02", "2026-03-02", "2026-03-02", "2026-03-20", "2026-03-20"),
                closed.stream().map(e -> Instant.parse(e.getString("at")).atZone(ZoneId.of("Asia/Shanghai")).toLocalDate().toString()).toList(),
                "each step on the day the ledger gives");
        List<JsonObject> registered = http.to("api/v1/problems/" + created.get(4).getJsonNumber("id").longValue() + "/events").as("office").get().array();
        assertEquals(List.of("IMPORT"), registered.stream().map(e -> e.getString("action")).toList());

        Http.Response twice = http.to(imports).as("office").send("POST", XLSX, good);
        assertEquals(200, twice.status(), twice::toString);
        assertEquals(List.of(0, 0, 5), counts(twice), "the same file again: every row unchanged");
        assertEquals(5, problems(code).size());

        Http.Response unit = http.to(imports).as("pj-gxj").send("POST", XLSX, good);
        assertEquals(403, unit.status(), "a unit sees the campaign but does not import: " + unit);
        Http.Response neighbour = http.to(imports).as("yy-gxj").send("POST", XLSX, good);
        assertEquals(404, neighbour.status(), "岳阳县 does not even see the campaign: " + neighbour);

        Http.File export = http.to("api/v1/campaigns/" + code + "/problems/export").as("office").file();
        assertEquals(200, export.status(), export::toString);
        Sheet exported = sheet(export.body());
        assertEquals(LEDGER_HEADER, cells(exported.getRow(0)));
        assertEquals(java.util.Arrays.asList("1", SHOES, shoes, "贷款展期。流动资金贷款将到期，请求协调展期", "融资贷款", "2026-03-02", "平江县商务局", "已销号",
                "2026-03-20", "已协调银行办理展期"), cells(exported.getRow(1)));
        assertEquals(java.util.Arrays.asList("5", XINTIAN, xintian, "环评审批时间长", "审批服务", "2026-07-01", null, "未交办", null, null),
                cells(exported.getRow(5)));
        Http.Response reimported = http.to(imports).as("office").send("POST", XLSX, export.body());
        assertEquals(200, reimported.status(), reimported::toString);
        assertEquals(List.of(0, 0, 5), counts(reimported), "the export imported again changes nothing");
        Http.File routedOnly = http.to("api/v1/campaigns/" + code + "/problems/export?state=ROUTED").as("office").file();
        assertEquals(List.of("厂区道路路灯损坏"), dataRows(sheet(routedOnly.body())).stream().map(r -> r.get(3)).toList(), "the list's filters");
    }

    @Test
    void theDemoLedgerExportedAndImportedAgainChangesNothing() {
        long total = http.to(CAMPAIGN + "problems?size=1").as("office").get().total();
        long withdrawn = http.to(CAMPAIGN + "problems?size=1&state=WITHDRAWN").as("office").get().total();
        assertTrue(withdrawn > 0, "the demo has a withdrawn problem");
        Http.File export = http.to(CAMPAIGN + "problems/export").as("office").file();
        assertEquals(200, export.status(), export::toString);
        assertEquals(XLSX, export.contentType());
        List<List<String>> rows = dataRows(sheet(export.body()));
        assertEquals(total - withdrawn, rows.size(), "every problem but the withdrawn ones");
        assertEquals(List.of("未交办", "已交办", "办理中", "已办结", "已销号"),
                rows.stream().map(r -> r.get(7)).distinct().sorted(java.util.Comparator.comparing(List.of("未交办", "已交办", "办理中", "已办结", "已销号")::indexOf))
                        .toList(), "the demo has problems in every state the ledger writes");

        Http.Response imported = http.to(CAMPAIGN + "imports/problems").as("office").send("POST", XLSX, export.body());
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(List.of(0, 0, rows.size()), counts(imported), "problems registered in Bangfu are the rows of their export");
        assertEquals(total, http.to(CAMPAIGN + "problems?size=1").as("office").get().total());

        Http.File unit = http.to(CAMPAIGN + "problems/export").as("pj-swj").file();
        assertEquals(200, unit.status(), unit::toString);
        assertEquals(http.to(CAMPAIGN + "problems?size=1").as("pj-swj").get().total()
                - http.to(CAMPAIGN + "problems?size=1&state=WITHDRAWN").as("pj-swj").get().total(), dataRows(sheet(unit.body())).size(),
                "a unit exports the problems it sees");
        assertEquals(404, http.to(CAMPAIGN + "problems/export").as("yy-gxj").file().status());
    }

    @Test
    void theMetricsExportIsTheReportWithItsTotalRow() {
        Http.Response report = http.to(CAMPAIGN + "metrics?by=unit").as("office").get();
        assertEquals(200, report.status(), report::toString);
        Http.File file = http.to(CAMPAIGN + "metrics/export?by=unit").as("office").file();
        assertEquals(200, file.status(), file::toString);
        assertEquals(XLSX, file.contentType());
        Sheet sheet = sheet(file.body());
        assertEquals("责任单位", sheet.getRow(0).getCell(0).getStringCellValue());
        List<JsonObject> items = report.items();
        assertEquals(items.size() + 1, sheet.getLastRowNum(), "a row per unit and the total");
        assertEquals(items.get(0).getString("name"), sheet.getRow(1).getCell(0).getStringCellValue());
        JsonObject total = report.json().getJsonObject("total");
        Row last = sheet.getRow(sheet.getLastRowNum());
        assertEquals("合计", last.getCell(0).getStringCellValue());
        List<String> counts = List.of("collected", "resolved", "closed", "resolvedOnTime", "resolvedOnTimeOriginal", "rated", "satisfied");
        for (int i = 0; i < counts.size(); i++) {
            assertEquals(total.getJsonNumber(counts.get(i)).longValue(), (long) last.getCell(2 + i).getNumericCellValue(), counts.get(i));
        }
        long collected = total.getJsonNumber("collected").longValue();
        long resolved = total.getJsonNumber("resolved").longValue();
        assertEquals(List.of(percent(resolved, collected), percent(total.getJsonNumber("closed").longValue(), collected),
                percent(total.getJsonNumber("resolvedOnTime").longValue(), resolved),
                percent(total.getJsonNumber("resolvedOnTimeOriginal").longValue(), resolved),
                percent(total.getJsonNumber("satisfied").longValue(), total.getJsonNumber("rated").longValue())),
                cells(last).subList(9, 14), "the rates with one decimal from the exact ratios");
        Http.File week = http.to(CAMPAIGN + "metrics/export?by=week").as("office").file();
        assertEquals(400, week.status(), week::toString);
    }

    /** An office's 问题台账 as it fills one in: text cells, numbers as numbers, a day as an Excel date. */
    private static byte[] ledger(Object[][] rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("问题台账");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy/m/d"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < LEDGER_HEADER.size(); c++) {
                header.createCell(c).setCellValue(LEDGER_HEADER.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v instanceof LocalDate d) {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet sheet(byte[] xlsx) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            return wb.getSheetAt(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A row's first ten cells as Excel shows them; null for an empty one. */
    private static List<String> cells(Row row) {
        List<String> cells = new java.util.ArrayList<>();
        DataFormatter shown = new DataFormatter();
        for (int c = 0; c < Math.max(LEDGER_HEADER.size(), row.getLastCellNum()); c++) {
            cells.add(row.getCell(c) == null ? null : shown.formatCellValue(row.getCell(c)));
        }
        return cells;
    }

    private static List<List<String>> dataRows(Sheet sheet) {
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            rows.add(cells(sheet.getRow(r)));
        }
        return rows;
    }

    /** What an import did: created, updated, unchanged. */
    private static List<Integer> counts(Http.Response imported) {
        return List.of(imported.json().getInt("created"), imported.json().getInt("updated"), imported.json().getInt("unchanged"));
    }

    /** The campaign's problems in the order they were raised. */
    private static List<JsonObject> problems(String campaign) {
        Http.Response r = http.to("api/v1/campaigns/" + campaign + "/problems?size=100&sort=raisedOn").as("office").get();
        assertEquals(200, r.status(), r::toString);
        return r.items();
    }

    /** A rate as a page shows it: one decimal, rounded half up from the exact ratio. */
    private static String percent(long part, long whole) {
        return whole == 0 ? "—" : new BigDecimal(part * 100).divide(new BigDecimal(whole), 1, RoundingMode.HALF_UP) + "%";
    }
}
