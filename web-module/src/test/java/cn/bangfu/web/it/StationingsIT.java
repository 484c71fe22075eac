package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Stationed cadres (驻企, 百名干部助百企) over HTTP on the real bangfu.war: stationing a cadre of the
 * dispatching unit, one target at a time across campaigns, within the campaign's dates; ending, moving
 * and cancelling with the version read; paging, counts and the unit's and the other county's scope; the
 * demo's stationed campaign. Apart from CampaignIT because it is a mode of its own with its own rules,
 * at the cost of one more Payara Micro boot.
 */
@Tag("integration")
class StationingsIT extends DeployedBangfu {

    private static final String DEMO_CAMPAIGN = "pj-2026-lsbf";

    // --- stationed cadres (驻企, 百名干部助百企) ------------------------------------------------------------

    @Test
    void theOfficeStationsACadreOfHisOwnUnitOneTargetAtATimeAndEndsTheStationing() {
        String code = newCampaign(null, "STATIONED");
        String unit = "pj-tjj";
        JsonObject cadre = newCadre(unit);
        long cadreId = cadre.getJsonNumber("id").longValue();
        List<String> targets = ItData.pingjiangEnterprises(http, 2);
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
        Http.Response found = http.to(stationings + "?q=" + Http.encode("统计")).as("office").get();
        assertEquals(List.of(id), ids(found), "found by its unit's name: " + found);
        assertEquals(List.of(), ids(http.to(stationings + "?q=" + Http.encode("没有这个单位")).as("office").get()));

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
        Http.Response threeToOne = http.to("api/v1/campaigns/" + ItData.threeToOneCampaign(http, null) + "/stationings").as("office")
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
        String target = ItData.pingjiangEnterprises(http, 1).get(0);
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
        assertEquals(2L, counts(http.to(demo + "/stationings/counts?q=" + Http.encode("刘芳")).as("office").get()).get(0), "刘芳's two");
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

    /** A new campaign of 平江县 with a random code, of this mode; perUnitLimit may be null. */
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
        return r.array();
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
