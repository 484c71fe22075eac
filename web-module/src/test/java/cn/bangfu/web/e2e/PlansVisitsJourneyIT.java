package cn.bangfu.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The 三帮一 journey in headless Chromium on the demo campaign: the office assigns a county leader,
 * 发改局 (leading) and two co-units to 加义竹木, which had none; 发改局 sees it with both partners and
 * their phones on its home page, files the assistance plan and logs a joint visit; 加义镇, a partner,
 * sees the visit on the team timeline; 岳阳县's 工信局 sees none of it. And 驻企: the office stations a
 * cadre, a second overlapping stationing is refused, one entered by mistake is cancelled, and his unit sees the enterprise.
 */
@Tag("e2e")
class PlansVisitsJourneyIT extends BrowserJourney {

    /** Unassigned in the demo campaign: the journey assigns it. */
    private static final String NEW_TARGET = "平江县加义竹木制品有限公司";
    private static final String LEARNED = "端到端测试：新设备到货，缺少熟练工";


    @Test
    void theOfficeAssignsThreeUnitsTheLeadingUnitFilesThePlanAndLogsAJointVisitItsPartnerSeesItTheOtherCountyDoesNot() {
        // The office gives an unassigned enterprise a county leader, a leading unit and two co-units.
        browser.signIn("office");
        browser.open("campaign/matrix.xhtml");
        browser.click(By.xpath("//tr[.//text()[contains(., '" + NEW_TARGET + "')]]//button[contains(@class, 'bf-assign')]"));
        browser.waitForText(By.id("assignmentDialog"), NEW_TARGET);
        browser.pickFirst("assignmentForm:leader");
        browser.pick("assignmentForm:leadingUnit", "发展和改革", "pj-fgj");
        browser.pick("assignmentForm:coUnits", "加义", "pj-jyz");
        browser.pick("assignmentForm:coUnits", "林业", "pj-lyj");
        browser.click(By.id("assignmentForm:save"));
        browser.waitUntilHidden(By.id("assignmentDialog"));
        browser.waitForText(By.xpath("//tr[.//text()[contains(., '" + NEW_TARGET + "')]]"), "平江县发展和改革局");
        // Filtered by one of its units (typed, not picked from a list of every unit), the matrix shows it among that unit's.
        browser.pickLabelled("matrix:unit", "林业", "平江县林业局");
        browser.click(By.id("matrix:search"));
        browser.waitForTextInAll(By.cssSelector("[id='matrix:table_data'] > tr"), "平江县林业局");
        browser.waitForText(By.id("matrix:table"), NEW_TARGET);
        browser.signOut();

        // The leading unit finds the enterprise on its home page with both partners and their phones.
        browser.signIn("pj-fgj");
        String text = card(NEW_TARGET).getText();
        assertTrue(text.contains("牵头单位"), text);
        assertTrue(Pattern.compile("加义镇人民政府.*1[3-9]\\d{9}").matcher(text).find(), text);
        assertTrue(Pattern.compile("平江县林业局.*1[3-9]\\d{9}").matcher(text).find(), text);
        assertTrue(text.contains("未制定"), "no plan yet: " + text);
        String page = card(NEW_TARGET).findElement(By.linkText(NEW_TARGET)).getAttribute("href");

        browser.click(By.linkText(NEW_TARGET));
        browser.waitForText(By.cssSelector("h1.bf-title"), NEW_TARGET);
        browser.type(By.id("planForm:goals"), "竹木制品出口订单增长 20%");
        browser.type(By.id("planForm:measures:0:text"), "协助申报出口信用保险");
        browser.choose("planForm:measures:0:unit", "pj-fgj");
        browser.type(By.id("planForm:measures:0:due_input"), "2026-12-31");
        browser.click(By.id("planForm:submitPlan"));
        browser.waitForText(By.id("planStatus"), "已报送");
        assertEquals("协助申报出口信用保险", browser.text(By.cssSelector("[id='planMeasures'] tbody td")));

        browser.click(By.id("timelineForm:logVisit"));
        browser.waitForText(By.id("visitDialog"), "参加单位");
        List<WebElement> checked = browser.all(By.cssSelector("[id='visitForm:units'] input[type='checkbox']"));
        assertEquals(3, checked.stream().filter(WebElement::isSelected).count(), "the target's units are preselected");
        browser.type(By.id("visitForm:learned"), LEARNED);
        browser.type(By.id("visitForm:followUps"), "林业局指导原料基地认证");
        browser.click(By.id("visitForm:saveVisit"));
        browser.waitUntilHidden(By.id("visitDialog"));
        browser.waitForText(By.id("entries"), LEARNED);
        browser.signOut();

        // A partner unit sees the plan's status and the joint visit on the team timeline.
        browser.signIn("pj-jyz");
        assertTrue(card(NEW_TARGET).getText().contains("已报送"), "the partner sees the plan's status");
        browser.click(By.linkText(NEW_TARGET));
        browser.waitForText(By.id("entries"), LEARNED);
        WebElement entry = browser.all(By.cssSelector("#entries li")).stream().filter(e -> e.getText().contains(LEARNED)).findFirst()
                .orElseThrow();
        assertTrue(entry.getText().contains("平江县发展和改革局") && entry.getText().contains("加义镇人民政府"), entry.getText());
        browser.signOut();

        // A unit of the other county sees none of it.
        browser.signIn("yy-gxj");
        String home = browser.text(By.id("myTargets"));
        assertTrue(home.contains("本单位目前没有帮扶对象"), home);
        assertFalse(home.contains(NEW_TARGET), home);
        browser.open(page);
        browser.waitForText(By.id("notFound"), "没有这条记录");
        assertTrue(browser.all(By.id("entries")).isEmpty(), "no timeline for the other county");
    }

    @Test
    void theOfficeStationsACadreAnOverlapIsRefusedAndHisUnitSeesTheEnterprise() {
        String stationedAt = "平江县加义竹木制品有限公司";
        // The office stations 教育局's 魏兰 at an enterprise from today, the dialog's default; the dispatching unit comes
        // from the cadre.
        browser.signIn("office");
        browser.open("campaign/stationings.xhtml?campaign=pj-2026-bmgb");
        browser.click(By.id("stationings:newStationing"));
        browser.waitForText(By.id("stationDialog"), "驻企对象");
        browser.pickLabelled("stationForm:target", "加义竹木", stationedAt);
        browser.pickLabelled("stationForm:cadre", "魏兰", "魏兰");
        browser.waitForText(By.id("stationForm:dispatchingUnit"), "平江县教育局");
        browser.click(By.id("stationForm:save"));
        browser.waitUntilHidden(By.id("stationDialog"));
        browser.waitForText(By.id("stationings:table"), stationedAt);
        WebElement row = stationingRow(stationedAt);
        assertTrue(row.getText().contains("魏兰") && row.getText().contains("平江县教育局") && row.getText().contains("在驻"), row.getText());

        // The same cadre at another enterprise from today too: refused on the cadre's field, naming where he is.
        browser.click(By.id("stationings:newStationing"));
        browser.waitForText(By.id("stationDialog"), "驻企对象");
        browser.pickLabelled("stationForm:target", "香源", "平江县香源食品有限公司");
        browser.pickLabelled("stationForm:cadre", "魏兰", "魏兰");
        browser.click(By.id("stationForm:save"));
        browser.waitForText(By.id("stationForm"), "尚未结束");
        String refusal = browser.text(By.id("stationForm"));
        assertTrue(refusal.contains(stationedAt), "the refusal names the enterprise he is at: " + refusal);
        browser.click(By.id("stationForm:cancel"));

        // 民政局's 丁薇, entered by mistake from tomorrow: 待驻. Ending it would default to its first day; it is cancelled
        // instead, after a confirmation, and is gone. The one under way can only be ended.
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1).toString();
        browser.click(By.id("stationings:newStationing"));
        browser.waitForText(By.id("stationDialog"), "驻企对象");
        browser.pickLabelled("stationForm:target", "香源", "平江县香源食品有限公司");
        browser.pickLabelled("stationForm:cadre", "丁薇", "丁薇");
        browser.retype(By.id("stationForm:from_input"), tomorrow);
        browser.click(By.id("stationForm:save"));
        browser.waitUntilHidden(By.id("stationDialog"));
        browser.waitForText(By.id("stationings:table"), "丁薇");
        browser.waitForText(By.id("stationings:summary"), "待驻 1 条");
        assertTrue(stationingRow("丁薇").getText().contains("待驻"), stationingRow("丁薇").getText());
        assertTrue(stationingRow(stationedAt).findElements(By.cssSelector(".bf-cancel")).isEmpty(), "under way: ended, not cancelled");
        stationingRow("丁薇").findElement(By.cssSelector(".bf-end")).click();
        browser.waitForText(By.id("endDialog"), "丁薇");
        assertEquals(tomorrow, browser.all(By.id("endForm:to_input")).get(0).getAttribute("value"), "the end defaults to its first day");
        browser.click(By.id("endForm:cancelEnd"));
        browser.waitUntilHidden(By.id("endDialog"));
        stationingRow("丁薇").findElement(By.cssSelector(".bf-cancel")).click();
        browser.waitForText(By.cssSelector(".ui-confirm-dialog"), "丁薇");
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("stationings:summary"), "待驻 0 条");
        assertFalse(browser.text(By.id("stationings:table")).contains("丁薇"), "cancelled");
        browser.signOut();

        // 教育局 sees its cadre on its home page, and the enterprise in its registry, which lists only what it helps.
        browser.signIn("pj-jyj");
        browser.waitForText(By.id("myStationings"), stationedAt);
        assertTrue(browser.text(By.id("myStationings")).contains("魏兰"));
        browser.open("registry/enterprises.xhtml");
        browser.waitForText(By.id("enterprises:table"), stationedAt);
        assertTrue(browser.text(By.cssSelector(".bf-note")).contains("只列出本单位正在帮扶"));
        assertFalse(browser.text(By.id("enterprises:table")).contains("平江县香源食品有限公司"), "not stationed there, not assigned");
    }

    /** The row of the stationing list that mentions this text. */
    private WebElement stationingRow(String text) {
        return browser.all(By.cssSelector("[id='stationings:table'] tbody tr")).stream().filter(r -> r.getText().contains(text)).findFirst()
                .orElseThrow(() -> new AssertionError(text + " not in the stationing list"));
    }

    /** The home page's card of a target. */
    private WebElement card(String target) {
        browser.waitForText(By.id("myTargets"), target);
        return browser.all(By.cssSelector("#myTargets .bf-target")).stream().filter(c -> c.getText().contains(target)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " not on the home page"));
    }
}
