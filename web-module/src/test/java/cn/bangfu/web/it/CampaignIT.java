package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.File;
import java.net.URL;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaigns and 三帮一 assignments over HTTP on the real bangfu.war: assigning with every rule's
 * message, warnings that do not stop a save, reassignment with history, the 对口联系企业安排表 import
 * (all or nothing, the same file twice changes nothing), the inbox notices that tell every unit of a
 * target who its leader and partners are, and scope (岳阳县 sees nothing of 平江's campaign).
 *
 * <p>One class on purpose (each boots its own Payara Micro). Each test creates its own campaign with a
 * random code, so tests do not depend on their order or on the demo campaign's assignments.
 */
@Tag("integration")
@ExtendWith(ArquillianExtension.class)
class CampaignIT {

    private static final String DEMO_CAMPAIGN = "pj-2026-lsbf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static WebArchive bangfu() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bangfu.war")));
    }

    @ArquillianResource
    URL base;

    private static Http http;

    @BeforeEach
    void client() throws Exception {
        if (http == null) {
            http = new Http(base.toURI().resolve("/"));
        }
    }

    // --- the demo campaign ----------------------------------------------------------------------------

    @Test
    void theDemoCampaignIsShapedLikeTheSeedWithOneUnitAboveTheLimit() {
        Http.Response campaign = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN).as("leader").get();
        assertEquals(200, campaign.status(), campaign::toString);
        assertEquals("THREE_TO_ONE", campaign.json().getString("mode"), campaign::toString);
        assertEquals(2, campaign.json().getInt("coUnitCount"), campaign::toString);
        assertEquals("ACTIVE", campaign.json().getString("status"), campaign::toString);
        Http.Response list = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN + "/assignments?size=100").as("office").get();
        assertEquals(200, list.status(), list::toString);
        assertEquals(26, list.total(), list::toString);
        for (JsonObject a : list.items()) {
            assertEquals(3, a.getJsonArray("units").size(), a::toString);
            assertTrue(a.getJsonObject("leader").getString("name").length() > 1, a::toString);
        }
        Http.Response history = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN + "/assignments?history=true&size=100&q="
                + encode("赛雅特")).as("office").get();
        assertEquals(2, history.total(), "one reassignment keeps the old row: " + history);
        Http.Response loads = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN + "/loads").as("office").get();
        assertEquals(200, loads.status(), loads::toString);
        JsonObject top = loads.array().get(0);
        assertEquals("pj-gxj", top.getString("code"), loads::toString);
        assertTrue(top.getBoolean("overLimit"), loads::toString);
    }

    // --- assignment over the API ---------------------------------------------------------------------

    @Test
    void assignWithEveryRulesMessageWarnAboveTheLimitAndReassignKeepingHistory() {
        String code = newCampaign(1);
        List<String> targets = pingjiangEnterprises(3);
        long leader = countyLeader();

        JsonObject bad = assignment(targets.get(0), leaderOfRank("SECTION_LEVEL"), null, "pj-fgj", "pj-fgj", "yy-gxj");
        Http.Response refused = http.to("api/v1/campaigns/" + code + "/assignments").as("office").post(bad);
        assertEquals(400, refused.status(), refused::toString);
        assertTrue(refused.errors("contactLeader").get(0).getString("message").contains("不是县级领导"), refused::toString);
        assertEquals("缺少牵头单位：每个帮扶对象须有一个牵头单位", refused.errors("leadingUnit").get(0).getString("message"), refused::toString);
        List<String> co = refused.errors("coUnits").stream().map(e -> e.getString("message")).toList();
        assertTrue(co.contains("配合单位过多：本行动每个帮扶对象须有 2 个配合单位，现有 3 个"), refused::toString);
        assertTrue(co.contains("\"平江县发展和改革局\"在配合单位中出现了两次"), refused::toString);
        assertTrue(co.contains("单位\"yy-gxj\"不存在或不在本行动的范围（平江县）内"), refused::toString);
        Http.Response english = http.to("api/v1/campaigns/" + code + "/assignments").as("office").english()
                .post(assignment(targets.get(0), leader, "pj-gxj", "pj-gxj", "pj-fgj"));
        assertEquals(400, english.status(), english::toString);
        assertEquals("\"平江县工业和信息化局\" is the leading unit and cannot be a co-unit as well",
                english.errors("coUnits").get(0).getString("message"), english::toString);

        Http.Response first = http.to("api/v1/campaigns/" + code + "/assignments").as("office")
                .post(assignment(targets.get(0), leader, "pj-gxj", "pj-fgj", "pj-swj"));
        assertEquals(201, first.status(), first::toString);
        JsonObject a = first.json();
        assertEquals("pj-gxj", a.getString("leadingUnit"), first::toString);
        assertEquals(List.of("LEADING", "CO", "CO"), a.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("role")).toList(), first::toString);
        assertEquals("向阳", a.getJsonArray("units").getJsonObject(0).getString("headName"), "the head is the first responsible person");
        assertEquals(0, a.getJsonArray("warnings").size(), first::toString);
        assertTrue(first.header("Location").endsWith("/assignments/" + a.getJsonNumber("id").longValue()), first::toString);

        // The limit is one per unit: 工信局 leads a second target, which is saved with a warning.
        Http.Response second = http.to("api/v1/campaigns/" + code + "/assignments").as("office")
                .post(assignment(targets.get(1), leader, "pj-gxj", "pj-czj", "pj-rsj"));
        assertEquals(201, second.status(), second::toString);
        List<JsonObject> warnings = second.json().getJsonArray("warnings").getValuesAs(JsonObject.class);
        assertEquals(1, warnings.size(), second::toString);
        assertEquals("leadingUnit", warnings.get(0).getString("field"), second::toString);
        assertEquals("\"平江县工业和信息化局\"将联系 2 个帮扶对象，超过本行动每个单位 1 个的上限（已保存，请酌情调整）",
                warnings.get(0).getString("message"), second::toString);

        Http.Response again = http.to("api/v1/campaigns/" + code + "/assignments").as("office")
                .post(assignment(targets.get(0), leader, "pj-swj", "pj-fgj", "pj-czj"));
        assertEquals(409, again.status(), "one current assignment per target: " + again);

        long id = a.getJsonNumber("id").longValue();
        long version = a.getJsonNumber("version").longValue();
        JsonObject change = Json.createObjectBuilder(assignment(targets.get(0), leader, "pj-swj", "pj-fgj", "pj-czj"))
                .add("version", version).build();
        Http.Response reassigned = http.to("api/v1/campaigns/" + code + "/assignments/" + id).as("office").put(change);
        assertEquals(200, reassigned.status(), reassigned::toString);
        assertNotEquals(id, reassigned.json().getJsonNumber("id").longValue(), "a new row; the old one is history");
        assertEquals("pj-swj", reassigned.json().getString("leadingUnit"), reassigned::toString);
        Http.Response stale = http.to("api/v1/campaigns/" + code + "/assignments/" + id).as("office").put(change);
        assertEquals(409, stale.status(), stale::toString);

        Http.Response old = http.to("api/v1/campaigns/" + code + "/assignments/" + id).as("office").get();
        assertEquals(200, old.status(), old::toString);
        assertEquals(reassigned.json().getString("validFrom"), old.json().getString("validTo"), "ended the day the new one began");
        Http.Response current = http.to("api/v1/campaigns/" + code + "/assignments").as("office").get();
        assertEquals(2, current.total(), current::toString);
        Http.Response all = http.to("api/v1/campaigns/" + code + "/assignments?history=true").as("office").get();
        assertEquals(3, all.total(), all::toString);

        // The same leader and units again change nothing.
        long newId = reassigned.json().getJsonNumber("id").longValue();
        JsonObject same = Json.createObjectBuilder(assignment(targets.get(0), leader, "pj-swj", "pj-czj", "pj-fgj"))
                .add("version", reassigned.json().getJsonNumber("version").longValue()).build();
        Http.Response unchanged = http.to("api/v1/campaigns/" + code + "/assignments/" + newId).as("office").put(same);
        assertEquals(200, unchanged.status(), unchanged::toString);
        assertEquals(newId, unchanged.json().getJsonNumber("id").longValue(), unchanged::toString);

        Http.Response unit = http.to("api/v1/campaigns/" + code + "/assignments").as("pj-gxj")
                .post(assignment(targets.get(2), leader, "pj-gxj", "pj-fgj", "pj-swj"));
        assertEquals(403, unit.status(), "units do not assign: " + unit);
    }

    // --- inbox notices --------------------------------------------------------------------------------

    @Test
    void everyUnitOfATargetIsToldTheTargetTheLeaderAndItsPartnersWithPhones() {
        String code = newCampaign(null);
        String target = pingjiangEnterprises(1).get(0);
        JsonObject leader = http.to("api/v1/cadres?rank=COUNTY_LEADER&sort=name&size=1").as("office").get().items().get(0);
        Http.Response unreadBefore = http.to("api/v1/me/inbox/unread").as("pj-tjj").get();
        assertEquals(200, unreadBefore.status(), unreadBefore::toString);
        long before = unreadBefore.json().getJsonNumber("unread").longValue();

        Http.Response saved = http.to("api/v1/campaigns/" + code + "/assignments").as("office")
                .post(assignment(target, leader.getJsonNumber("id").longValue(), "pj-fgj", "pj-tjj", "pj-sfj"));
        assertEquals(201, saved.status(), saved::toString);
        String name = saved.json().getJsonObject("target").getString("name");

        Http.Response inbox = http.to("api/v1/me/inbox?size=1").as("pj-tjj").get();
        assertEquals(200, inbox.status(), inbox::toString);
        JsonObject notice = inbox.items().get(0);
        assertEquals("对口联系安排：贵单位为“" + name + "”的配合单位", notice.getString("subject"), inbox::toString);
        String body = notice.getString("body");
        assertTrue(body.contains("联系县领导：" + leader.getString("name")), body);
        assertTrue(body.contains("电话 " + leader.getString("phone")), body);
        assertTrue(body.contains("牵头单位：平江县发展和改革局，第一责任人 李建国，联系人 周敏，电话 1390730"), body);
        assertTrue(body.contains("配合单位：平江县统计局（贵单位）"), body);
        assertTrue(body.contains("配合单位：平江县司法局，第一责任人 叶林，联系人 程慧，电话 1390730"), body);
        assertFalse(notice.containsKey("readAt") && !notice.isNull("readAt"), "unread: " + inbox);
        assertEquals(before + 1, http.to("api/v1/me/inbox/unread").as("pj-tjj").get().json().getJsonNumber("unread").longValue());

        // The leading unit got its own notice, and reading one marks it read for the unit.
        JsonObject leading = http.to("api/v1/me/inbox?size=1").as("pj-fgj").get().items().get(0);
        assertEquals("对口联系安排：贵单位为“" + name + "”的牵头单位", leading.getString("subject"));
        assertTrue(leading.getString("body").contains("并负责通知、组织配合单位共同开展帮扶"), leading::toString);
        Http.Response read = http.to("api/v1/me/inbox/" + notice.getJsonNumber("id").longValue() + "/read").as("pj-tjj")
                .send("POST", "application/json", "");
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.json().containsKey("readAt") && !read.json().isNull("readAt"), read::toString);
        Http.Response foreign = http.to("api/v1/me/inbox/" + notice.getJsonNumber("id").longValue() + "/read").as("pj-fgj")
                .send("POST", "application/json", "");
        assertEquals(404, foreign.status(), "another unit's notice: " + foreign);

        Http.Response mine = http.to("api/v1/me/assignments").as("pj-tjj").get();
        assertEquals(200, mine.status(), mine::toString);
        JsonObject a = mine.array().stream()
                .filter(x -> code.equals(x.getString("campaign"))).findFirst().orElseThrow(() -> new AssertionError(mine.toString()));
        assertEquals(leader.getString("name"), a.getJsonObject("leader").getString("name"), mine::toString);
        assertEquals(List.of("pj-fgj", "pj-tjj", "pj-sfj"), a.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("code")).toList(), "the unit sees its partners: " + mine);
    }

    // --- scope ------------------------------------------------------------------------------------------

    @Test
    void theOtherCountySeesNothingAndAUnitOnlyItsOwnAssignments() {
        Http.Response campaign = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN).as("yy-gxj").get();
        assertEquals(404, campaign.status(), campaign::toString);
        Http.Response assignments = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN + "/assignments").as("yy-gxj").get();
        assertEquals(404, assignments.status(), assignments::toString);
        assertFalse(assignments.body().contains("平江"), assignments::toString);
        Http.Response list = http.to("api/v1/campaigns").as("yy-gxj").get();
        assertEquals(200, list.status(), list::toString);
        assertTrue(list.items().stream().noneMatch(c -> c.getString("code").equals(DEMO_CAMPAIGN)), list::toString);
        Http.Response mine = http.to("api/v1/me/assignments").as("yy-gxj").get();
        assertEquals(200, mine.status(), mine::toString);
        assertEquals("[]", mine.body().strip(), mine::toString);

        Http.Response township = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN + "/assignments?size=100").as("pj-hcjd").get();
        assertEquals(200, township.status(), township::toString);
        assertEquals(3, township.total(), "汉昌街道 helps three enterprises: " + township);
        for (JsonObject a : township.items()) {
            assertTrue(a.getJsonArray("units").getValuesAs(JsonObject.class).stream().anyMatch(u -> u.getString("code").equals("pj-hcjd")),
                    township::toString);
        }
        long foreignId = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN + "/assignments?unitCode=pj-nyj&size=1").as("office").get()
                .items().get(0).getJsonNumber("id").longValue();
        Http.Response notHis = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN + "/assignments/" + foreignId).as("pj-hcjd").get();
        assertEquals(404, notHis.status(), "an assignment of other units: " + notHis);
        Http.Response enterpriseRole = http.to("api/v1/campaigns").as("enterprise").get();
        assertEquals(403, enterpriseRole.status(), enterpriseRole::toString);
    }

    // --- import ------------------------------------------------------------------------------------------

    @Test
    void theAssignmentSheetIsImportedWhollyOrNotAtAllAndTheSameFileTwiceChangesNothing() {
        String code = newCampaign(null);
        Http.Response template = http.to("api/v1/campaigns/" + code + "/imports/assignments/template").as("office").get();
        assertEquals(200, template.status(), template::toString);
        assertTrue(template.header("Content-Disposition").contains("filename*=UTF-8''"), template::toString);
        List<String> targets = pingjiangEnterprises(2);
        String leaderName = http.to("api/v1/cadres?rank=COUNTY_LEADER&sort=name&size=1").as("office").get().items().get(0).getString("name");

        byte[] bad = AssignmentSheets.undated(new String[][] {
            {"1", "", targets.get(0), leaderName, "平江县工业和信息化局", "pj-fgj", "pj-swj"},
            {"2", "", targets.get(1), leaderName, "pj-gxj", "没有这个单位", "pj-fgj"}});
        Http.Response rejected = http.to("api/v1/campaigns/" + code + "/imports/assignments").as("office").send("POST", XLSX, bad);
        assertEquals(422, rejected.status(), rejected::toString);
        List<JsonObject> errors = rejected.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("3F"), errors.stream().map(e -> e.getInt("row") + e.getString("column")).toList(), rejected::toString);
        assertEquals("单位\"没有这个单位\"不存在或不在本行动的范围（平江县）内", errors.get(0).getString("message"), rejected::toString);
        Http.Response nothing = http.to("api/v1/campaigns/" + code + "/assignments?history=true").as("office").get();
        assertEquals(0, nothing.total(), "nothing half-saved: " + nothing);

        byte[] good = AssignmentSheets.undated(new String[][] {
            {"1", "", targets.get(0), leaderName, "平江县工业和信息化局", "pj-fgj", "pj-swj"},
            {"2", "", targets.get(1), leaderName + "（县领导）", "pj-gxj", "平江县财政局", "pj-fgj"}});
        Http.Response first = http.to("api/v1/campaigns/" + code + "/imports/assignments").as("office").send("POST", XLSX, good);
        assertEquals(200, first.status(), first::toString);
        assertEquals(2, first.json().getInt("created"), first::toString);
        Http.Response twice = http.to("api/v1/campaigns/" + code + "/imports/assignments").as("office").send("POST", XLSX, good);
        assertEquals(200, twice.status(), twice::toString);
        assertEquals(0, twice.json().getInt("created"), twice::toString);
        assertEquals(0, twice.json().getInt("reassigned"), twice::toString);
        assertEquals(2, twice.json().getInt("unchanged"), twice::toString);
        Http.Response history = http.to("api/v1/campaigns/" + code + "/assignments?history=true").as("office").get();
        assertEquals(2, history.total(), "no new history rows: " + history);

        Http.Response unit = http.to("api/v1/campaigns/" + code + "/imports/assignments").as("pj-gxj").send("POST", XLSX, good);
        assertEquals(403, unit.status(), unit::toString);
    }

    // --- helpers ---------------------------------------------------------------------------------------

    /** A new 三帮一 campaign of 平江县 with a random code; perUnitLimit may be null. */
    private static String newCampaign(Integer perUnitLimit) {
        String code = "it-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        var body = Json.createObjectBuilder().add("code", code).add("name", "集成测试帮扶行动 " + code).add("year", 2026)
                .add("mode", "THREE_TO_ONE").add("startDate", "2026-01-01").add("endDate", "2026-12-31").add("planDeadline", "2026-03-31");
        if (perUnitLimit != null) {
            body.add("perUnitLimit", perUnitLimit);
        }
        Http.Response created = http.to("api/v1/campaigns").as("office").post(body.build());
        assertEquals(201, created.status(), created::toString);
        assertEquals(2, created.json().getInt("coUnitCount"), created::toString);
        assertEquals("PLANNING", created.json().getString("status"), created::toString);
        assertEquals("430626", created.json().getString("regionCode"), created::toString);
        return code;
    }

    private static List<String> pingjiangEnterprises(int n) {
        // Random demo enterprises of 平江县, so tests that run against the same database use different ones.
        Http.Response list = http.to("api/v1/enterprises?size=100&sort=creditCode").as("office").get();
        List<String> codes = new java.util.ArrayList<>(list.items().stream().map(e -> e.getString("creditCode")).toList());
        java.util.Collections.shuffle(codes);
        return codes.subList(0, n);
    }

    private static long countyLeader() {
        return leaderOfRank("COUNTY_LEADER");
    }

    private static long leaderOfRank(String rank) {
        Http.Response r = http.to("api/v1/cadres?rank=" + rank + "&regionCode=430626&size=1").as("office").get();
        assertEquals(200, r.status(), r::toString);
        return r.items().get(0).getJsonNumber("id").longValue();
    }

    private static JsonObject assignment(String creditCode, Long leader, String leading, String... co) {
        JsonArrayBuilder units = Json.createArrayBuilder();
        for (String c : co) {
            units.add(c);
        }
        var b = Json.createObjectBuilder().add("target", Json.createObjectBuilder().add("creditCode", creditCode)).add("coUnits", units);
        if (leader != null) {
            b.add("contactLeader", leader);
        }
        if (leading != null) {
            b.add("leadingUnit", leading);
        }
        return b.build();
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    // --- stationed cadres (驻企, 百名干部助百企) ------------------------------------------------------------

    @Test
    void theOfficeStationsACadreOfHisOwnUnitOneTargetAtATimeAndEndsTheStationing() {
        String code = newCampaign(null, "STATIONED");
        String unit = "pj-tjj";
        JsonObject cadre = newCadre(unit);
        long cadreId = cadre.getJsonNumber("id").longValue();
        List<String> targets = pingjiangEnterprises(2);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        String stationings = "api/v1/campaigns/" + code + "/stationings";

        Http.Response created = http.to(stationings).as("office").post(stationing(cadreId, targets.get(0), unit, today.minusDays(30), null));
        assertEquals(201, created.status(), created::toString);
        JsonObject s = created.json();
        long id = s.getJsonNumber("id").longValue();
        assertTrue(created.header("Location").endsWith("/stationings/" + id), created::toString);
        assertEquals("ACTIVE", s.getString("status"), created::toString);
        assertEquals("平江县统计局", s.getString("dispatchingUnitName"), created::toString);
        assertEquals(cadre.getString("phone"), s.getString("cadrePhone"), created::toString);
        String targetName = s.getJsonObject("target").getString("name");
        Http.Response listed = http.to(stationings).as("office").get();
        assertEquals(200, listed.status(), listed::toString);
        assertEquals(List.of(id), ids(listed), listed::toString);
        Http.Response found = http.to(stationings + "?q=" + encode("统计")).as("office").get();
        assertEquals(List.of(id), ids(found), "found by its unit's name: " + found);
        assertEquals(List.of(), ids(http.to(stationings + "?q=" + encode("没有这个单位")).as("office").get()));

        // Bad input: every broken rule, beside its field, and nothing saved.
        JsonObject noCadre = Json.createObjectBuilder(stationing(cadreId, targets.get(1), unit, today, null)).remove("cadre").build();
        Http.Response missing = http.to(stationings).as("office").post(noCadre);
        assertEquals(400, missing.status(), missing::toString);
        assertEquals("必填", missing.errors("cadre").get(0).getString("message"), missing::toString);
        Http.Response otherUnit = http.to(stationings).as("office").post(stationing(cadreId, targets.get(1), "pj-sjzx", today.plusDays(400), null));
        assertEquals(400, otherUnit.status(), otherUnit::toString);
        assertEquals(cadre.getString("name") + " 不是\"平江县大数据中心\"的干部：驻企干部由本单位派驻",
                otherUnit.errors("dispatchingUnit").get(0).getString("message"), otherUnit::toString);
        Http.Response overlap = http.to(stationings).as("office").post(stationing(cadreId, targets.get(1), unit, today.minusDays(5), today));
        assertEquals(400, overlap.status(), overlap::toString);
        assertEquals("该干部自 " + today.minusDays(30) + " 起驻\"" + targetName + "\"，尚未结束：同一干部的驻企时间不能重叠，请先结束该驻企",
                overlap.errors("cadre").get(0).getString("message"), overlap::toString);
        Http.Response english = http.to(stationings).as("office").english()
                .post(stationing(cadreId, targets.get(1), unit, today.minusDays(5), today));
        assertEquals("This cadre is stationed at \"" + targetName + "\" from " + today.minusDays(30)
                + " with no end yet: a cadre's stationings cannot overlap, end that one first",
                english.errors("cadre").get(0).getString("message"), english::toString);
        assertEquals(1, ids(http.to(stationings).as("office").get()).size(), "nothing half-saved");
        Http.Response threeToOne = http.to("api/v1/campaigns/" + newCampaign(null) + "/stationings").as("office")
                .post(stationing(cadreId, targets.get(1), unit, today.plusDays(400), null));
        assertEquals(400, threeToOne.status(), threeToOne::toString);
        assertEquals("本行动为三帮一，不安排驻企干部", threeToOne.errors("campaign").get(0).getString("message"), threeToOne::toString);
        Http.Response byUnit = http.to(stationings).as(unit).post(stationing(cadreId, targets.get(1), unit, today.plusDays(400), null));
        assertEquals(403, byUnit.status(), "units do not station: " + byUnit);

        // The dispatching unit sees its cadre, on the list and on its home page; another unit of the county does not; 岳阳县 not even the campaign.
        assertEquals(List.of(id), ids(http.to(stationings).as(unit).get()));
        Http.Response mine = http.to("api/v1/me/stationings").as(unit).get();
        assertEquals(200, mine.status(), mine::toString);
        assertTrue(array(mine).stream().anyMatch(x -> x.getJsonNumber("id").longValue() == id), mine::toString);
        Http.Response other = http.to(stationings).as("pj-sjzx").get();
        assertEquals(200, other.status(), other::toString);
        assertEquals(List.of(), ids(other), other::toString);
        assertEquals(404, http.to(stationings + "/" + id).as("pj-sjzx").get().status(), "another unit's stationing");
        assertTrue(array(http.to("api/v1/me/stationings").as("pj-sjzx").get()).stream()
                .noneMatch(x -> x.getJsonNumber("id").longValue() == id));
        Http.Response foreign = http.to(stationings).as("yy-gxj").get();
        assertEquals(404, foreign.status(), foreign::toString);
        assertFalse(foreign.body().contains(cadre.getString("name")), foreign::toString);

        // Ending: the last day, with the version read; a stale version is told, not overwritten.
        long version = s.getJsonNumber("version").longValue();
        Http.Response before = http.to(stationings + "/" + id).as("office").put(period(today.minusDays(31), version));
        assertEquals(400, before.status(), before::toString);
        assertEquals("驻企结束日期不能早于开始日期", before.errors("to").get(0).getString("message"), before::toString);
        Http.Response noEnd = http.to(stationings + "/" + id).as("office").put(Json.createObjectBuilder().add("version", version).build());
        assertEquals(400, noEnd.status(), noEnd::toString);
        assertFalse(noEnd.errors("to").isEmpty(), noEnd::toString);
        assertEquals(403, http.to(stationings + "/" + id).as(unit).put(period(today.minusDays(1), version)).status(), "units do not end");
        Http.Response ended = http.to(stationings + "/" + id).as("office").put(period(today.minusDays(1), version));
        assertEquals(200, ended.status(), ended::toString);
        assertEquals(today.minusDays(1).toString(), ended.json().getString("to"), ended::toString);
        assertEquals("ENDED", ended.json().getString("status"), ended::toString);
        Http.Response stale = http.to(stationings + "/" + id).as("office").put(period(today.minusDays(2), version));
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("该记录已被他人修改，请刷新后重试", stale.errors("version").get(0).getString("message"), stale::toString);
        assertTrue(array(http.to("api/v1/me/stationings").as(unit).get()).stream().noneMatch(x -> x.getJsonNumber("id").longValue() == id),
                "an ended stationing leaves the unit's home page");

        // Ended yesterday, the cadre is free today: a second target, in another campaign even; the first may not run into it again.
        String second = newCampaign(null, "STATIONED");
        Http.Response next = http.to("api/v1/campaigns/" + second + "/stationings").as("office")
                .post(stationing(cadreId, targets.get(1), unit, today, null));
        assertEquals(201, next.status(), next::toString);
        long newVersion = ended.json().getJsonNumber("version").longValue();
        Http.Response extend = http.to(stationings + "/" + id).as("office").put(period(today.plusDays(10), newVersion));
        assertEquals(400, extend.status(), extend::toString);
        assertTrue(extend.errors("to").get(0).getString("message").contains(next.json().getJsonObject("target").getString("name")),
                extend::toString);

        // A closed campaign is history: nothing stationed or ended any more.
        JsonObject campaign = http.to("api/v1/campaigns/" + second).as("office").get().json();
        Http.Response closed = http.to("api/v1/campaigns/" + second).as("office")
                .put(Json.createObjectBuilder(campaign).add("status", "CLOSED").build());
        assertEquals(200, closed.status(), closed::toString);
        Http.Response late = http.to("api/v1/campaigns/" + second + "/stationings/" + next.json().getJsonNumber("id").longValue())
                .as("office").put(period(today.plusDays(5), next.json().getJsonNumber("version").longValue()));
        assertEquals(409, late.status(), late::toString);
    }

    @Test
    void aStationingLiesWithinTheCampaignAndOneNotBegunCanBeCancelled() {
        // The campaign runs from 2026-01-01 to 2027-12-31.
        String code = newCampaign(null, "STATIONED");
        String unit = "pj-tjj";
        long cadreId = newCadre(unit).getJsonNumber("id").longValue();
        String target = pingjiangEnterprises(1).get(0);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        java.time.LocalDate start = java.time.LocalDate.of(2026, 1, 1);
        java.time.LocalDate end = java.time.LocalDate.of(2027, 12, 31);
        String stationings = "api/v1/campaigns/" + code + "/stationings";

        // Each bound, with its own message naming both dates; nothing saved.
        Http.Response early = http.to(stationings).as("office").post(stationing(cadreId, target, unit, start.minusDays(1), null));
        assertEquals(400, early.status(), early::toString);
        assertEquals("驻企开始日期 2025-12-31 早于本行动的开始日期 2026-01-01", early.errors("from").get(0).getString("message"), early::toString);
        Http.Response late = http.to(stationings).as("office").post(stationing(cadreId, target, unit, end.plusDays(1), null));
        assertEquals(400, late.status(), late::toString);
        assertEquals("驻企开始日期 2028-01-01 晚于本行动的结束日期 2027-12-31", late.errors("from").get(0).getString("message"), late::toString);
        Http.Response beyond = http.to(stationings).as("office").english().post(stationing(cadreId, target, unit, today, end.plusDays(1)));
        assertEquals(400, beyond.status(), beyond::toString);
        assertEquals("The stationing ends on 2028-01-01, after the campaign ends on 2027-12-31",
                beyond.errors("to").get(0).getString("message"), beyond::toString);
        assertEquals(0, http.to(stationings).as("office").get().json().getJsonNumber("total").longValue(), "nothing saved");

        // Ending it after the campaign is refused as well.
        Http.Response active = http.to(stationings).as("office").post(stationing(cadreId, target, unit, today, null));
        assertEquals(201, active.status(), active::toString);
        long activeId = active.json().getJsonNumber("id").longValue();
        long activeVersion = active.json().getJsonNumber("version").longValue();
        Http.Response extended = http.to(stationings + "/" + activeId).as("office").put(period(end.plusDays(1), activeVersion));
        assertEquals(400, extended.status(), extended::toString);
        assertEquals("驻企结束日期 2028-01-01 晚于本行动的结束日期 2027-12-31", extended.errors("to").get(0).getString("message"),
                extended::toString);

        // A stationing under way is not cancelled but ended.
        Http.Response begun = http.to(stationings + "/" + activeId + "?version=" + activeVersion).as("office").delete();
        assertEquals(409, begun.status(), begun::toString);
        assertEquals("该驻企已于 " + today + " 开始，不能撤销：请改为结束驻企，填写最后一天",
                begun.errors("status").get(0).getString("message"), begun::toString);
        Http.Response ended = http.to(stationings + "/" + activeId).as("office").put(period(today.plusDays(9), activeVersion));
        assertEquals(200, ended.status(), ended::toString);

        // One not begun yet, entered by mistake: cancelled by the office with the version read, and gone.
        Http.Response upcoming = http.to(stationings).as("office").post(stationing(cadreId, target, unit, today.plusDays(30), null));
        assertEquals(201, upcoming.status(), upcoming::toString);
        assertEquals("UPCOMING", upcoming.json().getString("status"), upcoming::toString);
        long id = upcoming.json().getJsonNumber("id").longValue();
        long version = upcoming.json().getJsonNumber("version").longValue();
        String one = stationings + "/" + id;
        Http.Response noVersion = http.to(one).as("office").delete();
        assertEquals(400, noVersion.status(), noVersion::toString);
        assertFalse(noVersion.errors("version").isEmpty(), noVersion::toString);
        Http.Response stale = http.to(one + "?version=" + (version + 1)).as("office").delete();
        assertEquals(409, stale.status(), stale::toString);
        assertEquals("该记录已被他人修改，请刷新后重试", stale.errors("version").get(0).getString("message"), stale::toString);
        assertEquals(403, http.to(one + "?version=" + version).as(unit).delete().status(), "units do not cancel");
        assertEquals(404, http.to(one).as("yy-gxj").get().status(), "another county does not see it");
        assertEquals(List.of(2L, 1L, 0L, 1L), counts(http.to(stationings + "/counts").as("office").get()), "nothing cancelled yet");
        Http.Response cancelled = http.to(one + "?version=" + version).as("office").delete();
        assertEquals(204, cancelled.status(), cancelled::toString);
        assertEquals(404, http.to(one).as("office").get().status());
        assertEquals(List.of(activeId), ids(http.to(stationings).as("office").get()), "the ended one stays");
        assertEquals(List.of(1L, 1L, 0L, 0L), counts(http.to(stationings + "/counts").as("office").get()));
        assertEquals(404, http.to(one + "?version=" + version).as("office").delete().status(), "cancelled twice");
    }

    @Test
    void theDemoHasAStationedCampaignWhoseUnitsSendTheirOwnCadres() {
        String demo = "api/v1/campaigns/pj-2026-bmgb";
        Http.Response campaign = http.to(demo).as("office").get();
        assertEquals(200, campaign.status(), campaign::toString);
        assertEquals("STATIONED", campaign.json().getString("mode"), campaign::toString);
        assertEquals("ACTIVE", campaign.json().getString("status"), campaign::toString);
        Http.Response list = http.to(demo + "/stationings?size=100").as("office").get();
        assertEquals(200, list.status(), list::toString);
        List<JsonObject> all = items(list);
        assertEquals(12, all.size(), list::toString);
        assertEquals(12, list.json().getJsonNumber("total").longValue(), list::toString);
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertTrue(all.stream().filter(x -> x.containsKey("to") && !x.isNull("to"))
                .filter(x -> java.time.LocalDate.parse(x.getString("to")).isBefore(today)).count() >= 2, "a couple have ended: " + list);
        assertEquals(2, all.stream().filter(x -> x.getString("cadreName").equals("刘芳")).count(), "刘芳 moved on to a second enterprise");
        Http.Response gxj = http.to("api/v1/me/stationings").as("pj-gxj").get();
        assertTrue(array(gxj).stream().anyMatch(x -> x.getString("cadreName").equals("陈晓东")
                && x.getString("campaign").equals("pj-2026-bmgb")), gxj::toString);
        assertEquals(1, items(http.to(demo + "/stationings").as("pj-gxj").get()).size(), "工信局 sees the one cadre it sent");
        assertEquals(404, http.to(demo + "/stationings").as("yy-gxj").get().status());
        Http.Response campaigns = http.to("api/v1/campaigns?size=100").as("office").get();
        assertTrue(campaigns.codes().containsAll(List.of(DEMO_CAMPAIGN, "pj-2026-bmgb")), campaigns::toString);
        // The stationing page's selector asks the database for the stationed campaigns only.
        Http.Response stationed = http.to("api/v1/campaigns?size=100&mode=STATIONED").as("office").get();
        assertTrue(stationed.codes().contains("pj-2026-bmgb"), stationed::toString);
        assertFalse(stationed.codes().contains(DEMO_CAMPAIGN), stationed::toString);
        Http.Response badMode = http.to("api/v1/campaigns?mode=BOTH").as("office").get();
        assertEquals(400, badMode.status(), badMode::toString);
        assertTrue(badMode.errors("mode").get(0).getString("message").contains("BOTH"), badMode::toString);

        // The counts above the list, by status today, from the database; for a unit, its own; filtered like the list.
        long ended = all.stream().filter(x -> x.containsKey("to") && !x.isNull("to"))
                .filter(x -> java.time.LocalDate.parse(x.getString("to")).isBefore(today)).count();
        long upcoming = all.stream().filter(x -> java.time.LocalDate.parse(x.getString("from")).isAfter(today)).count();
        assertEquals(List.of(12L, 12 - ended - upcoming, ended, upcoming), counts(http.to(demo + "/stationings/counts").as("office").get()));
        assertEquals(1L, counts(http.to(demo + "/stationings/counts").as("pj-gxj").get()).get(0), "工信局's one cadre");
        assertEquals(2L, counts(http.to(demo + "/stationings/counts?q=" + encode("刘芳")).as("office").get()).get(0), "刘芳's two");
        assertEquals(404, http.to(demo + "/stationings/counts").as("yy-gxj").get().status());

        // A page of the list: the demo's twelve by target, two at a time, in the order of the whole list; sorted by start.
        Http.Response page = http.to(demo + "/stationings?page=1&size=2").as("office").get();
        assertEquals(all.subList(2, 4).stream().map(x -> x.getJsonNumber("id").longValue()).toList(), ids(page), page::toString);
        assertEquals(12, page.json().getJsonNumber("total").longValue(), page::toString);
        List<JsonObject> latest = items(http.to(demo + "/stationings?sort=-from&size=3").as("office").get());
        assertEquals("2026-06-01", latest.get(0).getString("from"), "刘芳's second stationing starts last: " + latest);
        Http.Response badSort = http.to(demo + "/stationings?sort=salary").as("office").get();
        assertEquals(400, badSort.status(), badSort::toString);
        assertTrue(badSort.errors("sort").get(0).getString("message").contains("salary"), badSort::toString);
    }

    private static String newCampaign(Integer perUnitLimit, String mode) {
        String code = "it-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
        var body = Json.createObjectBuilder().add("code", code).add("name", "集成测试驻企行动 " + code).add("year", 2026)
                .add("mode", mode).add("startDate", "2026-01-01").add("endDate", "2027-12-31");
        if (perUnitLimit != null) {
            body.add("perUnitLimit", perUnitLimit);
        }
        Http.Response created = http.to("api/v1/campaigns").as("office").post(body.build());
        assertEquals(201, created.status(), created::toString);
        return code;
    }

    /** A new cadre of the unit, so that no other test's or the demo's stationings stand in his way. */
    private static JsonObject newCadre(String unit) {
        int n = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
        Http.Response created = http.to("api/v1/cadres").as("office").post(Json.createObjectBuilder().add("name", "驻企" + n)
                .add("unitCode", unit).add("position", "四级主任科员").add("rank", "SECTION_LEVEL").add("phone", "139" + n).build());
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }

    private static JsonObject stationing(long cadre, String creditCode, String unit, java.time.LocalDate from, java.time.LocalDate to) {
        var b = Json.createObjectBuilder().add("cadre", cadre).add("target", Json.createObjectBuilder().add("creditCode", creditCode))
                .add("dispatchingUnit", unit).add("from", from.toString());
        if (to != null) {
            b.add("to", to.toString());
        }
        return b.build();
    }

    private static JsonObject period(java.time.LocalDate to, long version) {
        return Json.createObjectBuilder().add("to", to.toString()).add("version", version).build();
    }

    private static List<JsonObject> array(Http.Response r) {
        assertEquals(200, r.status(), r::toString);
        return Json.createReader(new java.io.StringReader(r.body())).readArray().getValuesAs(JsonObject.class);
    }

    /** total, active, ended, upcoming of a stationing count. */
    private static List<Long> counts(Http.Response r) {
        assertEquals(200, r.status(), r::toString);
        JsonObject c = r.json();
        return List.of(c.getJsonNumber("total").longValue(), c.getJsonNumber("active").longValue(), c.getJsonNumber("ended").longValue(),
                c.getJsonNumber("upcoming").longValue());
    }

    /** The items of a listing, {"items": […], "total": n}. */
    private static List<JsonObject> items(Http.Response r) {
        assertEquals(200, r.status(), r::toString);
        return r.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<Long> ids(Http.Response r) {
        return items(r).stream().map(x -> x.getJsonNumber("id").longValue()).toList();
    }
}
