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

        // the grade rules: the defaults of the total until the draft sets its own, refused field by field, frozen and copied with it
        assertEquals(grading(90, 80, 60, 20, 100).build(), draft.getJsonObject("grading"), "the defaults in force");
        Http.Response badRules = http.to(path).as("evaluator").put(good().add("version", draft.getInt("version"))
                .add("grading", grading(90, 95, 101, 15, 101)).build());
        assertEquals(400, badRules.status(), badRules::toString);
        assertEquals(Set.of("grading.goodFrom", "grading.passFrom", "grading.goodQuotaPercent"), badRules.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).collect(Collectors.toSet()), badRules::toString);
        String above = badRules.errors("grading.goodFrom").get(0).getString("message");
        assertTrue(above.contains("95") && above.contains("90") && above.contains("良好"), "which threshold, above which: " + above);
        Http.Response ruled = http.to(path).as("evaluator").put(good().add("version", draft.getInt("version"))
                .add("grading", grading(90, 75, 60, 15, 100)).build());
        assertEquals(200, ruled.status(), ruled::toString);
        assertEquals(grading(90, 75, 60, 15, 100).build(), http.to(path).as("evaluator").get().json().getJsonObject("grading"), "read back");

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
                () -> assertEquals(draft.getJsonArray("indicators"), next.json().getJsonArray("indicators"), "copied whole"),
                () -> assertEquals(grading(90, 75, 60, 15, 100).build(), next.json().getJsonObject("grading"), "the grade rules copied"));
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

    @Test
    void formsFromASchemeThroughBatchScoringReviewPublicityAndAppealsToResults() throws InterruptedException {
        // graded by its own rules: everyone EXCELLENT by score, but no EXCELLENT nor GOOD places, so PASS whatever the total
        JsonObject scheme = http.to(SCHEMES).as("evaluator").post(good().add("name", "集成测试考评表细则").add("grading", grading(0, 0, 0, 0, 0))
                .build()).json();
        long schemeId = scheme.getJsonNumber("id").longValue();
        assertEquals(200, http.to("api/v1/schemes/" + schemeId + "/publish").as("evaluator").post(Json.createObjectBuilder().build()).status());
        String forms = "api/v1/campaigns/pj-2026-lsbf/appraisals";

        Http.Response notScored = http.to(forms).as("evaluator").post(Json.createObjectBuilder().add("schemeId", schemeId)
                .add("unitCodes", Json.createArrayBuilder().add("no-such-unit")).build());
        assertEquals(400, notScored.status(), notScored::toString);
        assertTrue(notScored.errors("unitCodes[0]").get(0).getString("message").contains("no-such-unit"), notScored::toString);
        assertEquals(403, http.to(forms).as("office").post(Json.createObjectBuilder().add("schemeId", schemeId).add("all", true).build())
                .status(), "the evaluators open the forms");
        Http.Response opened = http.to(forms).as("evaluator").post(Json.createObjectBuilder().add("schemeId", schemeId).add("all", true).build());
        assertEquals(201, opened.status(), opened::toString);
        int created = opened.json().getInt("created");
        assertTrue(created > 0, "the county departments that lead a target: " + opened);
        JsonObject again = http.to(forms).as("evaluator").post(Json.createObjectBuilder().add("schemeId", schemeId).add("all", true).build()).json();
        assertEquals(0, again.getInt("created"), "a unit keeps its form");
        assertEquals(created, again.getInt("existing"));

        Http.Response started = http.to(forms + "/score").as("evaluator").post(Json.createObjectBuilder().add("schemeId", schemeId).build());
        assertEquals(202, started.status(), started::toString);
        String jobPath = started.header("Location").substring(started.header("Location").indexOf("api/"));
        JsonObject job = started.json();
        for (int i = 0; i < 240 && !Set.of("DONE", "FAILED").contains(job.getString("status")); i++) {
            Thread.sleep(250);
            job = http.to(jobPath).as("office").get().json();
        }
        JsonObject ended = job;
        assertAll(() -> assertEquals("DONE", ended.getString("status"), ended::toString), () -> assertEquals(created, ended.getInt("done")),
                () -> assertEquals(0, ended.getInt("failed")), () -> assertEquals(100, ended.getInt("progress")));

        // the AUTO points are the ledger's rates of the same unit and period
        List<JsonObject> byUnit = http.to("api/v1/campaigns/pj-2026-lsbf/metrics?by=unit&from=2026-01-01&to=2026-12-31").as("office").get()
                .items();
        List<JsonObject> listed = http.to(forms + "?schemeId=" + schemeId + "&size=100").as("evaluator").get().items();
        JsonObject metrics = byUnit.stream().filter(m -> m.getInt("collected") > 0 && m.getInt("resolved") > 0 && listed.stream()
                .anyMatch(f -> f.getString("unitCode").equals(m.getString("key")))).findFirst().orElseThrow(() -> new AssertionError(byUnit));
        String unit = metrics.getString("key");
        long formId = listed.stream().filter(f -> f.getString("unitCode").equals(unit)).findFirst().orElseThrow().getJsonNumber("id").longValue();
        String form = "api/v1/appraisals/" + formId;
        JsonObject computed = http.to(form).as("evaluator").get().json();
        JsonObject a1 = item(computed, "A1");
        double rate = metrics.getJsonNumber("resolutionRate").doubleValue();
        assertAll(() -> assertEquals(rate, a1.getJsonObject("inputs").getJsonNumber("resolutionRate").doubleValue(), 1e-9, a1::toString),
                () -> assertEquals(Math.round(30 * rate * 100) / 100.0, a1.getJsonNumber("score").doubleValue(), 1e-9, "30 × the rate"),
                () -> assertEquals(metrics.getInt("collected"), a1.getJsonArray("sources").size(), "every problem collected, traceable"),
                () -> assertTrue(a1.getJsonArray("sources").getValuesAs(JsonObject.class).stream().allMatch(x -> x.getString("type")
                        .equals("problem") && !x.getBoolean("changed")), a1::toString),
                () -> assertEquals(schemeId, computed.getJsonNumber("schemeId").longValue()), () -> assertEquals(unit, computed.getString("unitCode")),
                () -> assertEquals("DRAFT", computed.getString("state")));
        assertEquals(404, http.to(form).as("pj-sw".equals(unit) ? "pj-swj" : "pj-sw").get().status(), "another unit's form");
        assertEquals(404, http.to(form).as("yy-office").get().status(), "another county");

        // the unit is told its form is open, self-assesses, and does not see the evaluators' points yet
        assertTrue(inbox(unit).stream().anyMatch(n -> n.getString("subject").equals("请填写考评表自评：集成测试考评表细则")),
                "the unit's inbox: " + inbox(unit));
        JsonObject own = http.to(form).as(unit).get().json();
        assertFalse(item(own, "A1").containsKey("score") || own.containsKey("total"), "scores hidden from the unit until the publicity: " + own);
        Http.Response tooMuch = http.to(form + "/items/A1").as(unit).put(Json.createObjectBuilder().add("self", 31).build());
        assertEquals(400, tooMuch.status(), tooMuch::toString);
        assertTrue(tooMuch.errors("self").get(0).getString("message").contains("30"), tooMuch::toString);
        for (String code : List.of("A1", "A2", "A3", "B", "C")) {
            Http.Response self = http.to(form + "/items/" + code).as(unit).put(Json.createObjectBuilder().add("self", "C".equals(code) ? 0 : 20)
                    .add("selfNote", "自评说明").build());
            assertEquals(200, self.status(), self::toString);
        }
        byte[] minutes = "%PDF-1.4 会议纪要".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http.Response attached = http.to(form + "/items/A3/evidence?fileName=" + java.net.URLEncoder.encode("协调会议纪要.pdf",
                java.nio.charset.StandardCharsets.UTF_8)).as(unit).send("POST", "application/octet-stream", minutes);
        assertEquals(200, attached.status(), attached::toString);
        JsonObject evidence = attached.json().getJsonObject("evidence").getJsonArray("A3").getJsonObject(0);
        assertEquals("协调会议纪要.pdf", evidence.getString("fileName"));
        assertEquals(400, http.to(form + "/items/A3/evidence?fileName=x.exe").as(unit).send("POST", "application/octet-stream", minutes).status(),
                "a kind of file not taken");
        Http.File back = http.to(form + "/evidence/" + evidence.getJsonNumber("id").longValue()).as("evaluator").file();
        assertEquals(200, back.status());
        assertTrue(java.util.Arrays.equals(minutes, back.body()), "the evaluator reads the unit's evidence as uploaded");
        assertEquals("SELF_ASSESSED", step(form, unit, "SELF_ASSESS", null).json().getString("state"));
        for (String evaluator : List.of("evaluator", "evaluator2")) {
            JsonObject told = inbox(evaluator).stream().filter(n -> n.getString("subject").equals("待评分：" + computed.getString("unitName")
                    + " 已提交“集成测试考评表细则”自评")).findFirst().orElseThrow(() -> new AssertionError("the evaluators are told: " + inbox(evaluator)));
            // ...and open the form from the notice
            assertEquals("appraisal.selfAssessed", told.getString("kind"), told::toString);
            assertEquals(Json.createObjectBuilder().add("type", "APPRAISAL").add("id", computed.getJsonNumber("id").longValue()).build(),
                    told.getJsonObject("about"), told::toString);
        }
        assertTrue(inbox("office").stream().noneMatch(n -> n.getString("subject").startsWith("待评分：")), "not the campaign office");
        assertEquals(409, http.to(form + "/items/A3/evidence?fileName=y.pdf").as(unit).send("POST", "application/octet-stream", minutes).status(),
                "no more evidence once the self-assessment is in");

        // the evaluator scores: AUTO is computed, a manual score is checked cell by cell
        assertEquals(400, http.to(form + "/items/A1").as("evaluator").put(Json.createObjectBuilder().add("score", 10).build()).status());
        Http.Response outOfRange = http.to(form + "/items/A3").as("evaluator").put(Json.createObjectBuilder().add("score", 25).build());
        assertEquals(400, outOfRange.status(), outOfRange::toString);
        assertTrue(outOfRange.errors("score").get(0).getString("message").contains("20"), outOfRange::toString);
        assertEquals(1, http.to(form + "/items/A3").as("evaluator").put(Json.createObjectBuilder().add("score", 15).build()).errors("note").size(),
                "a score below the maximum needs its reason");
        assertEquals(200, http.to(form + "/items/A3").as("evaluator").put(Json.createObjectBuilder().add("score", 15).add("note", "走访记录不全")
                .build()).status());
        Http.Response stale = http.to(form + "/items/C").as("evaluator").put(Json.createObjectBuilder().add("score", 0)
                .add("version", computed.getInt("version")).build());
        assertEquals(409, stale.status(), "a cell saved over a form changed since it was read: " + stale);
        assertEquals(200, http.to(form + "/items/C").as("evaluator").put(Json.createObjectBuilder().add("score", 0).build()).status());
        JsonObject scored = step(form, "evaluator", "SCORE", null).json();
        assertEquals("SCORED", scored.getString("state"));
        Http.Response ownReview = step(form, "evaluator", "REVIEW", null);
        assertEquals(409, ownReview.status(), "four eyes: " + ownReview);
        assertEquals("SCORED", ownReview.json().getString("state"));
        assertEquals(400, step(form, "evaluator2", "RETURN", null).status(), "a return needs its reason");
        assertEquals("REVIEWED", step(form, "evaluator2", "REVIEW", null).json().getString("state"));
        Http.Response notOffice = step(form, "evaluator", "FINALISE", null);
        assertEquals(409, notOffice.status(), "the office finalises: " + notOffice);
        JsonObject finalised = step(form, "office", "FINALISE", null).json();
        assertAll(() -> assertEquals("FINALISED", finalised.getString("state")), () -> assertTrue(finalised.containsKey("grade"), finalised::toString));

        // a change to a record behind a point does not change the finalised form; the form says the record changed
        long problem = a1.getJsonArray("sources").getValuesAs(JsonObject.class).stream().map(x -> x.getJsonNumber("id").longValue())
                .filter(id -> http.to("api/v1/problems/" + id).as("office").get().json().getJsonArray("actions").getValuesAs(
                        jakarta.json.JsonString.class).stream().anyMatch(x -> x.getString().equals("WITHDRAW"))).findFirst()
                .orElseThrow(() -> new AssertionError("a problem the office may withdraw among " + a1));
        Http.Response withdrawn = http.to("api/v1/problems/" + problem + "/events").as("office").post(Json.createObjectBuilder()
                .add("action", "WITHDRAW").add("reason", "集成测试：考评定稿后撤回").build());
        assertEquals(200, withdrawn.status(), withdrawn::toString);
        JsonObject after = http.to(form).as("office").get().json();
        assertAll(() -> assertEquals(finalised.getJsonNumber("total"), after.getJsonNumber("total"), "the score stays as frozen"),
                () -> assertEquals(a1.getJsonObject("inputs"), item(after, "A1").getJsonObject("inputs")),
                () -> assertTrue(after.getBoolean("recordsChanged"), after::toString),
                () -> assertTrue(item(after, "A1").getJsonArray("sources").getValuesAs(JsonObject.class).stream()
                        .anyMatch(x -> x.getJsonNumber("id").longValue() == problem && x.getBoolean("changed")), "the withdrawn problem is marked"));
        assertEquals(409, http.to(form + "/items/A3").as("evaluator").put(Json.createObjectBuilder().add("score", 20).build()).status(),
                "read-only once finalised");

        // publicity: the unit sees its result and appeals; the evaluator upholds it
        JsonObject publicised = step(form, "office", "PUBLICISE", null).json();
        assertEquals("PUBLICISED", publicised.getString("state"));
        assertTrue(http.to(form).as(unit).get().json().containsKey("total"), "the unit sees its result in the publicity");
        assertTrue(inbox(unit).stream().anyMatch(n -> n.getString("subject").equals("考评结果公示：集成测试考评表细则")
                && n.getString("body").contains(publicised.getString("publicityEnds"))), "told until when it may appeal");
        Http.Response early = step(form, "office", "PUBLISH", null);
        assertEquals(409, early.status(), "not before the publicity ends: " + early);
        Http.Response appeal = http.to(form + "/appeals").as(unit).post(Json.createObjectBuilder().add("indicator", "A3")
                .add("reason", "全年走访记录已补齐").build());
        assertEquals(201, appeal.status(), appeal::toString);
        assertTrue(inbox("evaluator").stream().anyMatch(n -> n.getString("subject").equals("待答复申诉：" + computed.getString("unitName")
                + "（集成测试考评表细则）") && n.getString("body").contains("“集成测试考评表细则”指标 A3 提出申诉")), "the evaluators are told of the appeal");
        assertEquals(409, http.to(form + "/appeals").as(unit).post(Json.createObjectBuilder().add("indicator", "A3").add("reason", "再次申诉")
                .build()).status(), "one appeal of an indicator waits at a time");
        String answer = "api/v1/appeals/" + appeal.json().getJsonNumber("id").longValue() + "/answer";
        assertEquals(403, http.to(answer).as(unit).post(Json.createObjectBuilder().add("upheld", true).add("reason", "x").add("score", 20).build())
                .status(), "the unit does not answer its appeal");
        Http.Response upheld = http.to(answer).as("evaluator").post(Json.createObjectBuilder().add("upheld", true).add("reason", "补充材料属实")
                .add("score", 20).build());
        assertEquals(200, upheld.status(), upheld::toString);
        assertTrue(inbox(unit).stream().anyMatch(n -> n.getString("subject").equals("申诉已答复：集成测试考评表细则")
                && n.getString("body").contains("申诉成立")), "told the answer");
        JsonObject rescored = http.to(form).as(unit).get().json();
        assertAll(() -> assertEquals("UPHELD", upheld.json().getString("state")),
                () -> assertEquals(20, item(rescored, "A3").getJsonNumber("score").intValue()),
                () -> assertEquals(publicised.getJsonNumber("total").doubleValue() + 5, rescored.getJsonNumber("total").doubleValue(), 1e-9),
                () -> assertTrue(rescored.getJsonArray("events").getValuesAs(JsonObject.class).stream().anyMatch(e -> e.getString("action")
                        .equals("RESCORE") && e.getJsonNumber("before").intValue() == 15), "the earlier score kept: " + rescored));

        // results: ranked within the unit type, graded within the quota
        JsonObject results = http.to("api/v1/campaigns/pj-2026-lsbf/results?schemeId=" + schemeId).as("evaluator").get().json();
        List<JsonObject> items = results.getJsonArray("items").getValuesAs(JsonObject.class);
        assertEquals(List.of(unit), items.stream().map(i -> i.getString("unitCode")).toList(),
                "the forms scored are ranked; those still being scored (no manual points yet) are not: " + results);
        assertFalse(results.getBoolean("complete"), "provisional while forms are still being scored");
        JsonObject graded = items.get(0);
        assertAll(() -> assertEquals(grading(0, 0, 0, 0, 0).build(), results.getJsonObject("rules"), "the scheme's own rules"),
                () -> assertEquals("PASS", graded.getString("grade"), "no EXCELLENT or GOOD place: " + graded),
                () -> assertFalse(graded.getBoolean("vetoed"), graded::toString),
                () -> assertTrue(graded.getBoolean("heldBackByQuota"), "EXCELLENT by the scheme's score, held back by its quota of 0: " + graded));
        for (JsonObject q : results.getJsonArray("quotaUse").getValuesAs(JsonObject.class)) {
            if (q.containsKey("limit") && !q.isNull("limit")) {
                assertTrue(q.getInt("units") <= q.getInt("limit"), "within the quota: " + q);
            }
        }
        assertEquals(400, http.to("api/v1/campaigns/pj-2026-lsbf/results").as("evaluator").get().status(), "schemeId is required");
        Http.File pdf = http.to(form + ".pdf").as(unit).file();
        assertAll(() -> assertEquals(200, pdf.status()), () -> assertEquals("application/pdf", pdf.contentType()),
                () -> assertTrue(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF")));
        Http.File sheet = http.to("api/v1/campaigns/pj-2026-lsbf/results.xlsx?schemeId=" + schemeId).as("office").file();
        assertEquals(200, sheet.status(), sheet::toString);
        assertEquals(200, http.to("api/v1/campaigns/pj-2026-lsbf/results.pdf?schemeId=" + schemeId).as("office").file().status());
        assertTrue(http.to("api/v1/campaigns/pj-2026-lsbf/results?schemeId=" + schemeId).as(unit).get().json().getJsonArray("items").isEmpty(),
                "a unit sees the results once published");
    }

    @Test
    void theDemoFormsStandInEveryStateAndAPublicisedOneIsPublishedAfterItsPublicity() {
        String forms = "api/v1/campaigns/pj-2026-lsbf/appraisals";
        for (String state : List.of("DRAFT", "SELF_ASSESSED", "SCORED", "REVIEWED", "FINALISED", "PUBLICISED", "PUBLISHED")) {
            assertTrue(http.to(forms + "?state=" + state).as("office").get().total() > 0, "demo forms " + state);
        }
        assertEquals(400, http.to(forms + "?state=WHATEVER").as("office").get().status());
        JsonObject publicised = http.to(forms + "?state=PUBLICISED&size=100").as("office").get().items().stream()
                .filter(f -> f.getString("schemeName").equals("2026年度企业帮扶工作考评细则（牵头单位）")).findFirst().orElseThrow();
        String form = "api/v1/appraisals/" + publicised.getJsonNumber("id").longValue();
        Http.Response late = http.to(form + "/appeals").as(publicised.getString("unitCode")).post(Json.createObjectBuilder()
                .add("indicator", "C").add("reason", "公示期后申诉").build());
        assertEquals(409, late.status(), "no appeal after the publicity: " + late);
        assertEquals("PUBLISHED", step(form, "office", "PUBLISH", null).json().getString("state"));
        long appealsAnswered = http.to(forms + "?state=PUBLISHED&size=100").as("office").get().items().stream()
                .map(f -> http.to("api/v1/appraisals/" + f.getJsonNumber("id").longValue()).as("office").get().json())
                .flatMap(f -> f.getJsonArray("appeals").getValuesAs(JsonObject.class).stream()).map(p -> p.getString("state")).distinct().count();
        assertEquals(2, appealsAnswered, "one appeal upheld and one rejected in the demo");
    }


    private Http.Response step(String form, String login, String action, String reason) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("action", action);
        if (reason != null) {
            b.add("reason", reason);
        }
        return http.to(form + "/events").as(login).post(b.build());
    }

    private static JsonObject item(JsonObject form, String code) {
        return form.getJsonArray("items").getValuesAs(JsonObject.class).stream().filter(i -> i.getString("indicator").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError(code + " in " + form));
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

    private static JsonObjectBuilder grading(int excellentFrom, int goodFrom, int passFrom, int excellentQuota, int goodQuota) {
        return Json.createObjectBuilder().add("excellentFrom", excellentFrom).add("goodFrom", goodFrom).add("passFrom", passFrom)
                .add("excellentQuotaPercent", excellentQuota).add("goodQuotaPercent", goodQuota);
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
