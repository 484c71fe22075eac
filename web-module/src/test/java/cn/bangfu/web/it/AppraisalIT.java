package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The year-end appraisal over HTTP on the demo campaign of 平江县 (pj-2026-lsbf): scoring schemes drafted, refused field by
 * field when they do not check (maxima that do not add up, a formula over an unknown metric, one that divides by zero or
 * leaves its range), versioned, published and then frozen; who reads and who writes them.
 */
@Tag("integration")
class AppraisalIT extends DeployedBangfu {

    private static final String SCHEMES = "api/v1/campaigns/pj-2026-lsbf/schemes";

    @Test
    void aSchemeFromDraftToPublishedAndItsNextVersion() {
        Http.Response refused = http.to(SCHEMES).as("evaluator").post(scheme("集成测试细则", 100,
                group("A", "工作落实", 60,
                        indicator("A1", "问题化解", 30, "AUTO").add("formula", "30 * resolutionRate"),
                        indicator("A2", "走访", 20, "AUTO").add("formula", "20 * visitz / 10"),
                        indicator("A3", "方案", 20, "AUTO").add("formula", "20 / (targets - targets)")),
                indicator("B", "督查扣分", 30, "DEDUCTION").add("deductions", Json.createObjectBuilder().add("MINOR", 1).add("MAJOR", 3)),
                indicator("C", "加分", 5, "BONUS"),
                indicator("C", "重复", 5, "MANUAL")).build());
        assertEquals(400, refused.status(), refused::toString);
        Set<String> fields = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream().map(e -> e.getString("field"))
                .collect(Collectors.toSet());
        assertAll(() -> assertTrue(fields.contains("indicators[0].children[1].formula"), "an unknown metric: " + refused),
                () -> assertTrue(fields.contains("indicators[0].children[2].formula"), "a division by zero: " + refused),
                () -> assertTrue(fields.contains("indicators[0].max"), "the group's children add up to 70, not 60: " + refused),
                () -> assertTrue(fields.contains("indicators[3].code"), "C twice: " + refused),
                () -> assertTrue(fields.contains("total"), "95 top-level points (the bonus aside), not 100: " + refused));
        String unknown = refused.errors("indicators[0].children[1].formula").get(0).getString("message");
        assertTrue(unknown.contains("visitz") && unknown.contains("visits"), "names the unknown and what may be used: " + unknown);
        assertTrue(http.to(SCHEMES).as("evaluator").get().array().stream().noneMatch(s -> s.getString("name").equals("集成测试细则")),
                "nothing saved");

        assertEquals(403, http.to(SCHEMES).as("office").post(good().build()).status(), "the evaluation officers maintain schemes");
        assertEquals(404, http.to("api/v1/campaigns/pj-2026-lsbf/schemes").as("yy-office").get().status(), "another county");
        Http.Response created = http.to(SCHEMES).as("evaluator").post(good().build());
        assertEquals(201, created.status(), created::toString);
        JsonObject draft = created.json();
        String path = "api/v1/schemes/" + draft.getJsonNumber("id").longValue();
        assertAll(() -> assertEquals("DRAFT", draft.getString("status")), () -> assertEquals(1, draft.getInt("schemeVersion")),
                () -> assertEquals("ANNUAL", draft.getString("periodType")), () -> assertEquals("LEADING", draft.getString("appliesTo")),
                () -> assertEquals(100, draft.getJsonNumber("total").intValue()),
                () -> assertEquals(List.of("A1", "A2", "A3"), draft.getJsonArray("indicators").getJsonObject(0).getJsonArray("children")
                        .getValuesAs(JsonObject.class).stream().map(i -> i.getString("code")).toList(), "the tree as sent"),
                () -> assertEquals(5, draft.getJsonArray("indicators").getJsonObject(1).getJsonObject("deductions").getInt("SERIOUS")),
                () -> assertEquals("findingsSerious > 0", draft.getJsonArray("vetoes").getJsonObject(0).getString("condition")));
        assertEquals(404, http.to(path).as("pj-gxj").get().status(), "a unit reads no draft");

        Http.Response stale = http.to(path).as("evaluator").put(good().add("version", draft.getInt("version") + 5).build());
        assertEquals(409, stale.status(), stale::toString);
        Http.Response published = http.to(path + "/publish").as("evaluator").post(Json.createObjectBuilder().build());
        assertEquals(200, published.status(), published::toString);
        assertEquals("PUBLISHED", published.json().getString("status"));
        assertEquals(200, http.to(path).as("pj-gxj").get().status(), "a unit reads the published rules it is scored by");
        Http.Response frozen = http.to(path).as("evaluator").put(good().add("version", published.json().getInt("version")).build());
        assertEquals(409, frozen.status(), "a published scheme never changes: " + frozen);

        Http.Response next = http.to(SCHEMES).as("evaluator").post(Json.createObjectBuilder()
                .add("copyOf", draft.getJsonNumber("id").longValue()).add("bonusCap", 3).build());
        assertEquals(201, next.status(), next::toString);
        assertAll(() -> assertEquals(2, next.json().getInt("schemeVersion"), "the same name: its next version"),
                () -> assertEquals("DRAFT", next.json().getString("status")),
                () -> assertEquals(3, next.json().getJsonNumber("bonusCap").intValue()),
                () -> assertEquals(draft.getJsonArray("indicators"), next.json().getJsonArray("indicators"), "copied whole"));
        List<JsonObject> forUnit = http.to(SCHEMES).as("pj-gxj").get().array();
        assertFalse(forUnit.stream().anyMatch(s -> s.getString("status").equals("DRAFT")), "a unit lists the published ones only");
        assertTrue(forUnit.stream().map(s -> s.getString("name")).toList().containsAll(List.of("2026年度企业帮扶工作考评细则（牵头单位）",
                "2026年度企业帮扶工作考评细则（配合单位）")), "the demo's schemes for leading units and co-units: " + forUnit);
    }

    @Test
    void theSchemesPageShowsAUnitTheRulesItIsScoredByAndTheEvaluatorWhatHeMayDo() {
        FacesForm unit = new FacesForm(http);
        assertEquals(200, unit.signIn("pj-gxj", false).status());
        Http.Response page = unit.open("appraisal/schemes.xhtml?campaign=pj-2026-lsbf");
        assertEquals(200, page.status(), page::toString);
        String body = page.body();
        assertAll(() -> assertTrue(body.contains("2026年度企业帮扶工作考评细则（牵头单位）"), "the demo scheme"),
                () -> assertTrue(body.contains("问题化解率") && body.contains("20 * resolutionRate"), "its indicators and formulas"),
                () -> assertTrue(body.contains("安排后 30 天内首次走访得满分"), "the rules the unit is scored by"),
                () -> assertTrue(body.contains("严重问题逾期未整改"), "the veto"),
                () -> assertTrue(body.contains("resolutionRate — 问题化解率"), "what each metric counts"),
                () -> assertFalse(body.contains("起草新版本") || body.contains("发布细则"), "a unit changes nothing"));
        FacesForm evaluator = new FacesForm(http);
        assertEquals(200, evaluator.signIn("evaluator", false).status());
        assertTrue(evaluator.open("appraisal/schemes.xhtml?campaign=pj-2026-lsbf").body().contains("起草新版本"),
                "the evaluator drafts the next version of a published scheme");
        FacesForm enterprise = new FacesForm(http);
        assertEquals(200, enterprise.signIn("enterprise", false).status());
        assertEquals(403, enterprise.open("appraisal/schemes.xhtml").status(), "an enterprise has no appraisal pages");
    }

    /** A scheme that checks: 70 + 30 points, a bonus beside them, a veto. */
    private static JsonObjectBuilder good() {
        JsonObjectBuilder good = scheme("集成测试细则", 100,
                group("A", "工作落实", 70,
                        indicator("A1", "问题化解", 30, "AUTO").add("formula", "30 * resolutionRate"),
                        indicator("A2", "按期办结", 20, "AUTO").add("formula", "20 * onTimeRate"),
                        indicator("A3", "走访", 20, "MANUAL").add("rule", "全年走访每家企业不少于 4 次")),
                indicator("B", "督查扣分", 30, "DEDUCTION").add("deductions", Json.createObjectBuilder().add("MINOR", 1).add("MAJOR", 3)
                        .add("SERIOUS", 5)),
                indicator("C", "加分", 5, "BONUS"));
        good.add("vetoes", Json.createArrayBuilder().add(Json.createObjectBuilder().add("code", "V1").add("name", "严重问题未整改")
                .add("condition", "findingsSerious > 0").add("capGrade", "PASS")));
        return good;
    }

    private static JsonObjectBuilder scheme(String name, int total, JsonObjectBuilder... indicators) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder i : indicators) {
            list.add(i);
        }
        return Json.createObjectBuilder().add("name", name).add("periodType", "ANNUAL").add("from", "2026-01-01").add("to", "2026-12-31")
                .add("appliesTo", "LEADING").add("unitTypes", Json.createArrayBuilder().add("COUNTY_DEPARTMENT")).add("total", total)
                .add("bonusCap", 5).add("indicators", list);
    }

    private static JsonObjectBuilder indicator(String code, String name, int max, String kind) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("max", max).add("kind", kind);
    }

    private static JsonObjectBuilder group(String code, String name, int max, JsonObjectBuilder... children) {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (JsonObjectBuilder c : children) {
            list.add(c);
        }
        return indicator(code, name, max, "GROUP").add("children", list);
    }
}
