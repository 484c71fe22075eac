package cn.bangfu.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.web.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The year-end appraisal in headless Chromium (issue 10): the evaluator publishes a scheme; the unit finds its form and
 * self-assesses from the keyboard; the evaluator computes the automatic points, opens the records behind one, types a
 * manual score out of range and reads the message beside the cell, scores; a second evaluator reviews; the office
 * finalises and publicises; the unit appeals; the evaluator upholds it; the results page shows the grades within the
 * quota, in Chinese and in English. And the evaluator edits a new draft scheme on 考评细则: maxima that do not add up and a
 * formula over an unknown metric are refused beside their inputs, fixed, the grade rules checked as typed, the draft
 * saved, tried on a unit, and read back as typed.
 */
@Tag("e2e")
class AppraisalJourneyIT extends BrowserJourney {

    private static final String SCHEME = "端到端考评细则";
    private static final String CAMPAIGN = "pj-2026-lsbf";
    private static final String DRAFT = "端到端草稿细则";

    @Test
    void aFormFromTheSchemeToTheResults() {
        long schemeId = draftScheme();
        browser.desktop(1366, 900);
        browser.signIn("evaluator");
        browser.open("appraisal/schemes.xhtml?campaign=" + CAMPAIGN);
        browser.click(By.xpath("//a[contains(@class,'bf-scheme-link') and text()='" + SCHEME + "']"));
        browser.waitForText(By.id("shownName"), SCHEME);
        browser.click(By.id("schemes:publish"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("schemes:list"), "已发布");
        browser.signOut();

        Http.Response opened = http.to("api/v1/campaigns/" + CAMPAIGN + "/appraisals").as("evaluator").post(Json.createObjectBuilder()
                .add("schemeId", schemeId).add("all", true).build());
        assertEquals(201, opened.status(), opened::toString);
        JsonObject form = http.to("api/v1/campaigns/" + CAMPAIGN + "/appraisals?schemeId=" + schemeId).as("evaluator").get().json()
                .getJsonArray("items").getJsonObject(0);
        String unit = form.getString("unitCode");
        long id = form.getJsonNumber("id").longValue();

        // the unit finds its form in the menu's list and self-assesses from the keyboard
        browser.signIn(unit);
        browser.open("appraisal/forms.xhtml?campaign=" + CAMPAIGN);
        browser.click(By.xpath("//a[contains(@class,'bf-form-link') and contains(@href,'id=" + id + "')]"));
        browser.waitForText(By.id("state"), "待自评");
        List<String> selfs = List.of("25", "18", "18", "28", "0");
        int[] rows = {1, 2, 3, 4, 5};
        for (int k = 0; k < rows.length; k++) {
            browser.type(By.id("form:items:" + rows[k] + ":self"), selfs.get(k) + Keys.ENTER);
        }
        browser.find(By.id("form:items:5:selfNote")).sendKeys("全年按计划推进" + Keys.TAB);
        browser.waitForText(By.id("selfTotal"), "89");
        browser.click(By.cssSelector(".bf-act-SELF_ASSESS"));
        browser.waitForText(By.id("state"), "已自评");
        browser.signOut();

        // the evaluator, told in his inbox: automatic points, the records behind them, a score out of range, the scores
        browser.signIn("evaluator");
        browser.click(By.cssSelector("a.bf-inbox"));
        browser.waitForText(By.id("inbox:table"), "待评分：" + form.getString("unitName") + " 已提交");
        browser.click(By.id("inbox:readAll"));
        browser.waitUntilHidden(By.id("userForm:unread"));
        // the notice opens the form it is about
        browser.click(By.xpath("//a[contains(@class, 'bf-notice-subject') and contains(., '" + form.getString("unitName") + " 已提交')]"));
        browser.waitForText(By.id("openAbout"), "打开考评表");
        browser.click(By.id("openAbout"));
        browser.waitForText(By.id("unitName"), form.getString("unitName"));
        assertEquals("?id=" + id, browser.script("return location.search"), "the form of the notice");
        browser.click(By.id("form:compute"));
        browser.waitForText(By.id("head"), "自动指标计算于");
        JsonObject computed = http.to("api/v1/appraisals/" + id).as("evaluator").get().json();
        String a1 = new BigDecimal(computed.getJsonArray("items").getJsonObject(1).getJsonNumber("score").toString()).stripTrailingZeros()
                .toPlainString();
        assertEquals(a1, browser.text(By.id("form:items:1:scoreShown")), "A1's computed points, prefilled");
        browser.type(By.id("form:items:3:score"), "25" + Keys.TAB);
        browser.waitForText(By.id("form:items:3:scoreMessage"), "0 到 20");
        browser.type(By.id("form:items:3:score"), "15" + Keys.TAB);
        browser.type(By.id("form:items:3:note"), "走访记录不全" + Keys.ENTER);
        browser.type(By.id("form:items:5:score"), "0" + Keys.TAB);
        waitForScore(id, "A3", "15");
        assertEquals("", browser.script("return document.getElementById('form:items:3:scoreMessage').textContent.trim()"),
                "the message has gone once the score is right");
        // the records behind a point, opened after the cells are typed: the dialog hands the focus back to its link when it closes
        browser.click(By.cssSelector("[id='form:items:1:sources']"));
        browser.waitUntilVisible(By.id("sourceList"));
        assertTrue(browser.text(By.id("sourceList")).contains("问题"), "the problems behind the resolution rate");
        browser.script("PF('sourcesDialog').hide()");
        browser.waitUntilHidden(By.id("sourceList"));
        browser.waitUntilHidden(By.cssSelector(".ui-widget-overlay"));
        browser.click(By.cssSelector(".bf-act-SCORE"));
        browser.waitForText(By.id("state"), "已评分");
        browser.signOut();

        browser.signIn("evaluator2");
        browser.open("appraisal/form.xhtml?id=" + id);
        browser.click(By.cssSelector(".bf-act-REVIEW"));
        browser.waitForText(By.id("state"), "已复核");
        browser.signOut();

        browser.signIn("office");
        browser.open("appraisal/form.xhtml?id=" + id);
        browser.click(By.cssSelector(".bf-act-FINALISE"));
        browser.waitForText(By.id("state"), "已定稿");
        browser.click(By.cssSelector(".bf-act-PUBLICISE"));
        browser.waitForText(By.id("state"), "公示中");
        browser.signOut();

        // the unit appeals during the publicity; the evaluator upholds it
        browser.signIn(unit);
        browser.open("appraisal/form.xhtml?id=" + id);
        browser.choose("appeals:appealIndicator", "A3");
        browser.type(By.id("appeals:appealReason"), "全年走访记录已补齐，请复核");
        browser.click(By.id("appeals:fileAppeal"));
        browser.waitForText(By.id("appeals:appealList"), "待答复");
        browser.signOut();

        browser.signIn("evaluator");
        browser.open("appraisal/form.xhtml?id=" + id);
        browser.click(By.id("appeals:appealList:0:startAnswer"));
        browser.type(By.id("appeals:answerScore"), "20");
        browser.type(By.id("appeals:answerReason"), "补充材料属实");
        browser.click(By.id("appeals:answer"));
        browser.waitForText(By.id("appeals:appealList"), "申诉成立");
        assertTrue(browser.text(By.id("history")).contains("申诉改分"), "the earlier score kept in the history");
        browser.signOut();

        // the results: the unit's grade, the quota use, in Chinese and in English
        browser.signIn("office");
        browser.open("appraisal/results.xhtml?campaign=" + CAMPAIGN);
        browser.choose("results:scheme", String.valueOf(schemeId));
        browser.waitForText(By.id("results:ranking"), form.getString("unitName"));
        String ranking = browser.text(By.id("results:ranking"));
        assertTrue(List.of("优秀", "良好", "合格", "不合格").stream().anyMatch(ranking::contains), ranking);
        assertTrue(browser.text(By.id("results:quota")).contains("县直单位"), "the quota use per unit type");
        browser.click(By.id("userForm:language"));
        browser.waitForText(By.id("results:quota"), "County department");
        String english = browser.text(By.id("results:ranking"));
        assertTrue(List.of("Excellent", "Good", "Pass", "Fail").stream().anyMatch(english::contains), english);
        // back to Chinese, and waited for: the language is the account's, and the other journeys sign in as the office too
        browser.click(By.id("userForm:language"));
        browser.waitForText(By.id("results:quota"), "县直单位");
    }

    @Test
    void theEvaluatorEditsADraftSchemeUntilItSavesAndTriesItOnAUnit() {
        browser.desktop(1366, 900);
        browser.signIn("evaluator");
        browser.open("appraisal/schemes.xhtml?campaign=" + CAMPAIGN);
        browser.click(By.id("schemes:newScheme"));
        browser.waitForText(By.id("editorTitle"), "新建考评细则");
        browser.retype(By.id("schemes:name"), DRAFT);

        // the new scheme's one indicator, by formula over a metric that does not exist, at 60 of the 100 points
        centre(By.id("schemes:rows:0:kind"));
        browser.choose("schemes:rows:0:kind", "AUTO");
        browser.type(By.id("schemes:rows:0:formula"), "60 * resolutionRat");
        browser.waitForText(By.id("schemes:rows:0:formulaCheck"), "“resolutionRat”不是可用的指标");
        browser.retype(By.id("schemes:rows:0:max"), "60" + Keys.TAB);
        browser.waitForText(By.id("schemes:sum"), "合计 60 分，与总分 100 分不一致");
        browser.click(By.id("schemes:save"));
        browser.waitForText(By.id("schemes:totalMessage"), "分值合计为 60 分，与总分 100 分不一致");
        browser.waitForText(By.id("schemes:rows:0:formulaMessage"), "resolutionRat");
        assertTrue(browser.text(By.id("troubled")).contains("帮扶工作成效"), "where to look");
        assertTrue(http.to("api/v1/campaigns/" + CAMPAIGN + "/schemes").as("evaluator").get().array().stream()
                .noneMatch(s -> s.getString("name").equals(DRAFT)), "nothing saved");

        // fixed: a second indicator for the other 40 points, the metric's right name
        centre(By.id("schemes:addTop"));
        browser.click(By.id("schemes:addTop"));
        browser.type(By.id("schemes:rows:1:name"), "台账资料");
        browser.type(By.id("schemes:rows:1:max"), "40" + Keys.TAB);
        browser.waitForText(By.id("schemes:sum"), "合计 100 分，与总分 100 分一致");
        browser.retype(By.id("schemes:rows:0:formula"), "60 * resolutionRate" + Keys.TAB);

        // the grade rules, checked as they are left
        browser.retype(By.id("schemes:goodFrom"), "95" + Keys.TAB);
        browser.waitForText(By.id("schemes:goodFromMessage"), "良好分数线 95 分高于优秀分数线 90 分");
        browser.retype(By.id("schemes:goodFrom"), "78" + Keys.TAB);
        browser.waitForNoText(By.id("schemes:goodFromMessage"));
        browser.retype(By.id("schemes:excellentFrom"), "92" + Keys.TAB);
        browser.retype(By.id("schemes:excellentQuotaPercent"), "15" + Keys.TAB);
        browser.click(By.id("schemes:save"));
        browser.waitForText(By.id("editorTitle"), "编辑考评细则");
        assertEquals("", browser.script("return document.getElementById('schemes:rows:0:formulaCheck').textContent.trim()"), "the formula checks");

        // tried on a unit, as saved
        centre(By.id("schemes:previewUnit"));
        browser.pick("schemes:previewUnit", "pj-gxj", "pj-gxj");
        browser.waitForText(By.id("previewUnitName"), "pj-gxj");
        assertTrue(browser.text(By.id("schemes:previewItems")).contains("resolutionRate ="), "the formula's input shown");

        // read back: over the API and on the page, after a reload
        JsonObject saved = http.to("api/v1/campaigns/" + CAMPAIGN + "/schemes").as("evaluator").get().array().stream()
                .filter(s -> s.getString("name").equals(DRAFT)).findFirst().orElseThrow();
        List<JsonObject> top = saved.getJsonArray("indicators").getValuesAs(JsonObject.class);
        assertEquals("DRAFT", saved.getString("status"));
        assertEquals(List.of("A 60 60 * resolutionRate", "B 40 -"), top.stream().map(i -> i.getString("code") + " " + i.getJsonNumber("max")
                + " " + i.getString("formula", "-")).toList(), saved::toString);
        assertEquals(Json.createObjectBuilder().add("excellentFrom", 92).add("goodFrom", 78).add("passFrom", 60).add("excellentQuotaPercent", 15)
                .add("goodQuotaPercent", 100).build(), saved.getJsonObject("grading"));
        browser.open("appraisal/schemes.xhtml?campaign=" + CAMPAIGN);
        browser.click(By.xpath("//a[contains(@class,'bf-scheme-link') and text()='" + DRAFT + "']"));
        browser.waitForText(By.id("shownName"), DRAFT);
        String rules = browser.text(By.id("shownGrading"));
        assertTrue(rules.contains("优秀 92 分及以上") && rules.contains("良好 78 分及以上") && rules.contains("15%"), rules);
        browser.click(By.id("schemes:edit"));
        assertEquals("92", browser.find(By.id("schemes:excellentFrom")).getAttribute("value"));
        assertEquals("60 * resolutionRate", browser.find(By.id("schemes:rows:0:formula")).getAttribute("value"));
        assertEquals("40", browser.find(By.id("schemes:rows:1:max")).getAttribute("value"));
    }

    /** Scrolls the element to the middle of the window: the editor's save bar stays at the bottom and would take a click there. */
    private void centre(By element) {
        browser.script("arguments[0].scrollIntoView({block: 'center'})", browser.find(element));
    }

    /** Waits until the cells typed have been saved: the form's indicator has this score (the page saves each cell as it is left). */
    private static void waitForScore(long id, String indicator, String score) {
        for (int i = 0; i < 40; i++) {
            JsonObject form = http.to("api/v1/appraisals/" + id).as("evaluator").get().json();
            boolean saved = form.getJsonArray("items").getValuesAs(JsonObject.class).stream().anyMatch(x -> x.getString("indicator").equals(indicator)
                    && x.containsKey("score") && new BigDecimal(x.getJsonNumber("score").toString()).compareTo(new BigDecimal(score)) == 0);
            if (saved) {
                return;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError(indicator + " was not saved as " + score);
    }

    /** A draft scheme for the county departments that lead: two rates by formula, a manual score, deductions, a bonus. */
    private static long draftScheme() {
        JsonObjectBuilder a = indicator("A", "工作落实", 70, "GROUP").add("children", Json.createArrayBuilder()
                .add(indicator("A1", "问题化解", 30, "AUTO").add("formula", "30 * resolutionRate"))
                .add(indicator("A2", "按期办结", 20, "AUTO").add("formula", "20 * onTimeRate"))
                .add(indicator("A3", "走访", 20, "MANUAL").add("rule", "全年走访每家企业不少于 4 次")));
        JsonObject scheme = Json.createObjectBuilder().add("name", SCHEME).add("periodType", "ANNUAL").add("from", "2026-01-01")
                .add("to", "2026-12-31").add("appliesTo", "LEADING").add("unitTypes", Json.createArrayBuilder().add("COUNTY_DEPARTMENT"))
                .add("total", 100).add("bonusCap", 5).add("indicators", Json.createArrayBuilder().add(a)
                        .add(indicator("B", "督查扣分", 30, "DEDUCTION").add("deductions", Json.createObjectBuilder().add("MINOR", 1)
                                .add("MAJOR", 3).add("SERIOUS", 5)))
                        .add(indicator("C", "加分", 5, "BONUS"))).build();
        Http.Response created = http.to("api/v1/campaigns/" + CAMPAIGN + "/schemes").as("evaluator").post(scheme);
        assertEquals(201, created.status(), created::toString);
        return created.json().getJsonNumber("id").longValue();
    }

    private static JsonObjectBuilder indicator(String code, String name, int max, String kind) {
        return Json.createObjectBuilder().add("code", code).add("name", name).add("max", max).add("kind", kind);
    }
}
