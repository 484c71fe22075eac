package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Campaigns and 三帮一 assignments over HTTP on the real bangfu.war: assigning with every rule's
 * message, warnings that do not stop a save, reassignment with history, the 对口联系企业安排表 import
 * (all or nothing, the same file twice changes nothing), the inbox notices that tell every unit of a
 * target who its leader and partners are, and scope (岳阳县 sees nothing of 平江's campaign). Stationed
 * campaigns (驻企) are in StationingsIT.
 *
 * <p>One class on purpose (each boots its own Payara Micro). Each test creates its own campaign with a
 * random code, so tests do not depend on their order or on the demo campaign's assignments.
 */
@Tag("integration")
class CampaignIT extends DeployedBangfu {

    private static final String DEMO_CAMPAIGN = "pj-2026-lsbf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
                + Http.encode("赛雅特")).as("office").get();
        assertEquals(2, history.total(), "one reassignment keeps the old row: " + history);
        Http.Response loads = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN + "/loads").as("office").get();
        assertEquals(200, loads.status(), loads::toString);
        JsonObject top = loads.array().get(0);
        assertEquals("pj-gxj", top.getString("code"), loads::toString);
        assertTrue(top.getBoolean("overLimit"), loads::toString);
    }

    // --- the contact leader's own targets (我联系的企业) ----------------------------------------------------

    @Test
    void theDemoLeaderListsExactlyTheTargetsHisCadreLeadsAndNoOneElseReadsThem() {
        Http.Response cadres = http.to("api/v1/cadres?rank=COUNTY_LEADER&q=" + Http.encode("张卫东") + "&size=5").as("office").get();
        assertEquals(200, cadres.status(), cadres::toString);
        assertEquals(1, cadres.total(), cadres::toString);
        long zhang = cadres.items().get(0).getJsonNumber("id").longValue();

        Http.Response office = http.to("api/v1/campaigns/" + DEMO_CAMPAIGN + "/assignments?contactLeader=" + zhang + "&size=100")
                .as("office").get();
        assertEquals(200, office.status(), office::toString);
        assertEquals(4, office.total(), "张卫东 leads four demo enterprises now: " + office);
        Http.Response led = http.to("api/v1/me/led-targets?size=100&campaign=" + DEMO_CAMPAIGN).as("leader").get();
        assertEquals(200, led.status(), led::toString);
        assertEquals(office.total(), led.total(), led::toString);
        assertEquals(office.items().stream().map(a -> a.getJsonNumber("id").longValue()).collect(Collectors.toSet()),
                led.items().stream().map(t -> t.getJsonObject("team").getJsonNumber("id").longValue()).collect(Collectors.toSet()),
                "the same assignments as the office's list filtered by his cadre: " + led);
        assertEquals(office.items().stream().map(a -> a.getJsonObject("target").getString("name")).toList(),
                led.items().stream().map(t -> t.getJsonObject("team").getJsonObject("target").getString("name")).toList(),
                "in the same order, by target name: " + led);
        for (JsonObject t : led.items()) {
            assertEquals(zhang, t.getJsonObject("team").getJsonObject("leader").getJsonNumber("id").longValue(), t::toString);
            assertEquals(3, t.getJsonObject("team").getJsonArray("units").size(), t::toString);
            assertTrue(List.of("MISSING", "DRAFT", "SUBMITTED", "APPROVED", "RETURNED").contains(t.getString("planStatus")), t::toString);
            assertTrue(t.getJsonNumber("targetId").longValue() > 0, t::toString);
        }
        // Paged in the database: one at a time, the same four.
        Http.Response second = http.to("api/v1/me/led-targets?size=1&page=1&campaign=" + DEMO_CAMPAIGN).as("leader").get();
        assertEquals(4, second.total(), second::toString);
        assertEquals(List.of(led.items().get(1).getJsonObject("team").getJsonNumber("id")),
                second.items().stream().map(t -> t.getJsonObject("team").getJsonNumber("id")).toList(), second::toString);
        // Across his campaigns: every one is his.
        Http.Response all = http.to("api/v1/me/led-targets?size=500").as("leader").get();
        assertEquals(200, all.status(), all::toString);
        assertTrue(all.total() >= led.total(), all::toString);
        assertTrue(all.items().stream().allMatch(t -> t.getJsonObject("team").getJsonObject("leader").getJsonNumber("id").longValue() == zhang),
                all::toString);

        Http.Response unit = http.to("api/v1/me/led-targets").as("pj-gxj").get();
        assertEquals(403, unit.status(), "a unit is no contact leader: " + unit);
        Http.Response theOffice = http.to("api/v1/me/led-targets").as("office").get();
        assertEquals(403, theOffice.status(), "contact leaders only: " + theOffice);
        Http.Response unlinked = http.to("api/v1/me/led-targets").as("leader-unlinked").get();
        assertEquals(200, unlinked.status(), unlinked::toString);
        assertEquals(0, unlinked.total(), "an account that names no cadre leads nothing: " + unlinked);
        assertEquals(List.of(), unlinked.items(), unlinked::toString);
    }

    // --- assignment over the API ---------------------------------------------------------------------

    @Test
    void assignWithEveryRulesMessageWarnAboveTheLimitAndReassignKeepingHistory() {
        String code = ItData.threeToOneCampaign(http, 1);
        List<String> targets = ItData.pingjiangEnterprises(http, 3);
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
        String code = ItData.threeToOneCampaign(http, null);
        String target = ItData.pingjiangEnterprises(http, 1).get(0);
        JsonObject leader = http.to("api/v1/cadres?rank=COUNTY_LEADER&sort=name&size=1").as("office").get().items().get(0);
        Http.Response unreadBefore = http.to("api/v1/me/inbox/unread").as("pj-tjj").get();
        assertEquals(200, unreadBefore.status(), unreadBefore::toString);
        long before = unreadBefore.json().getJsonNumber("unread").longValue();

        Http.Response saved = http.to("api/v1/campaigns/" + code + "/assignments").as("office")
                .post(assignment(target, leader.getJsonNumber("id").longValue(), "pj-fgj", "pj-tjj", "pj-sfj"));
        assertEquals(201, saved.status(), saved::toString);
        String name = saved.json().getJsonObject("target").getString("name");
        String from = saved.json().getString("validFrom");

        Http.Response inbox = http.to("api/v1/me/inbox?size=1").as("pj-tjj").get();
        assertEquals(200, inbox.status(), inbox::toString);
        JsonObject notice = inbox.items().get(0);
        assertEquals("对口联系安排：贵单位为“" + name + "”的配合单位（自 " + from + " 起）", notice.getString("subject"), inbox::toString);
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
        assertEquals("对口联系安排：贵单位为“" + name + "”的牵头单位（自 " + from + " 起）", leading.getString("subject"));
        assertTrue(leading.getString("body").contains("并负责通知、组织配合单位共同开展帮扶"), leading::toString);
        Http.Response read = http.to("api/v1/me/inbox/" + notice.getJsonNumber("id").longValue() + "/read").as("pj-tjj")
                .send("POST", "application/json", "");
        assertEquals(200, read.status(), read::toString);
        assertTrue(read.json().containsKey("readAt") && !read.json().isNull("readAt"), read::toString);
        Http.Response foreign = http.to("api/v1/me/inbox/" + notice.getJsonNumber("id").longValue() + "/read").as("pj-fgj")
                .send("POST", "application/json", "");
        assertEquals(404, foreign.status(), "another unit's notice: " + foreign);

        // An English reader gets the same notice in English, in the same shape; names stay as registered.
        Http.Response english = http.to("api/v1/me/inbox?size=1").as("pj-tjj").english().get();
        assertEquals(200, english.status(), english::toString);
        JsonObject en = english.items().get(0);
        assertEquals(notice.getJsonNumber("id"), en.getJsonNumber("id"), english::toString);
        assertTrue(Set.of("id", "kind", "subject", "body", "createdAt", "readAt").containsAll(en.keySet())
                && en.keySet().containsAll(Set.of("id", "kind", "subject", "body", "createdAt")), "the same shape: " + english);
        assertEquals("assignment.assigned", en.getString("kind"), english::toString);
        assertEquals("Assignment: your unit is the co-unit of \"" + name + "\" (from " + from + ")", en.getString("subject"), english::toString);
        String enBody = en.getString("body");
        assertTrue(enBody.contains("County contact leader: " + leader.getString("name")), enBody);
        assertTrue(enBody.contains("Leading unit: 平江县发展和改革局, first responsible person 李建国, contact 周敏, phone 1390730"), enBody);
        assertTrue(enBody.contains("Co-unit: 平江县统计局 (your unit)"), enBody);
        assertFalse(enBody.contains("联系县领导") || enBody.contains("贵单位"), enBody);
        Http.Response readEnglish = http.to("api/v1/me/inbox/" + notice.getJsonNumber("id").longValue() + "/read").as("pj-tjj").english()
                .send("POST", "application/json", "");
        assertEquals(en.getString("subject"), readEnglish.json().getString("subject"), readEnglish::toString);

        // A reassignment tells the unit that drops out first, then the units of the new assignment; the unit that
        // dropped out sees both its notices about the target, newest first, told apart by their subjects.
        long assignmentId = saved.json().getJsonNumber("id").longValue();
        JsonObject change = Json.createObjectBuilder(assignment(target, leader.getJsonNumber("id").longValue(), "pj-fgj", "pj-tjj", "pj-czj"))
                .add("version", saved.json().getJsonNumber("version").longValue()).build();
        Http.Response reassigned = http.to("api/v1/campaigns/" + code + "/assignments/" + assignmentId).as("office").put(change);
        assertEquals(200, reassigned.status(), reassigned::toString);
        String changedFrom = reassigned.json().getString("validFrom");
        List<JsonObject> dropped = http.to("api/v1/me/inbox?size=2").as("pj-sfj").get().items();
        assertEquals("对口联系调整：贵单位不再联系“" + name + "”（自 " + changedFrom + " 起）", dropped.get(0).getString("subject"), dropped::toString);
        assertEquals("对口联系安排：贵单位为“" + name + "”的配合单位（自 " + from + " 起）", dropped.get(1).getString("subject"), dropped::toString);
        JsonObject released = http.to("api/v1/me/inbox?size=1").as("pj-sfj").english().get().items().get(0);
        assertEquals("Assignment changed: your unit no longer helps \"" + name + "\" (from " + changedFrom + ")", released.getString("subject"));
        JsonObject stays = http.to("api/v1/me/inbox?size=1").as("pj-tjj").get().items().get(0);
        assertEquals("对口联系调整：贵单位为“" + name + "”的配合单位（自 " + changedFrom + " 起）", stays.getString("subject"), stays::toString);
        assertTrue(released.getJsonNumber("id").longValue() < stays.getJsonNumber("id").longValue(),
                "the old assignment's release is sent before the new assignment's notices: " + released + " " + stays);

        Http.Response mine = http.to("api/v1/me/assignments").as("pj-tjj").get();
        assertEquals(200, mine.status(), mine::toString);
        JsonObject a = mine.array().stream()
                .filter(x -> code.equals(x.getString("campaign"))).findFirst().orElseThrow(() -> new AssertionError(mine.toString()));
        assertEquals(leader.getString("name"), a.getJsonObject("leader").getString("name"), mine::toString);
        assertEquals(List.of("pj-fgj", "pj-tjj", "pj-czj"), a.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .map(u -> u.getString("code")).toList(), "the unit sees its partners of the current assignment: " + mine);
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
        String code = ItData.threeToOneCampaign(http, null);
        Http.Response template = http.to("api/v1/campaigns/" + code + "/imports/assignments/template").as("office").get();
        assertEquals(200, template.status(), template::toString);
        assertTrue(template.header("Content-Disposition").contains("filename*=UTF-8''"), template::toString);
        List<String> targets = ItData.pingjiangEnterprises(http, 2);
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
}
