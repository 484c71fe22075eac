package cn.bangfu.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.web.it.Http;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * The problem ledger's journey in headless Chromium: the enterprise raises a problem on a phone; the office routes it to
 * the leading unit; the unit accepts and resolves it; the enterprise rates 不满意; the office reopens it; the unit
 * resolves it again; the office closes it; the dashboard's rates count it; 岳阳县's office sees none of it.
 */
@Tag("e2e")
class LedgerJourneyIT extends BrowserJourney {

    private static final String TITLE = "端到端：新厂房屋顶漏雨影响生产";


    @Test
    void anEnterprisesProblemRaisedOnAPhoneTravelsToClosureAndShowsInTheRates() {
        browser.phone(390, 844);
        browser.signIn("enterprise");
        browser.open("ledger/raise.xhtml");
        browser.type(By.id("registerForm:title"), TITLE);
        browser.choose("registerForm:category", "FACTORS");
        browser.type(By.id("registerForm:description"), "雨季屋顶多处漏雨，二号车间停产两天");
        assertFitsThePhone();
        browser.click(By.id("registerForm:registerButton"));
        browser.waitForText(By.cssSelector("h1.bf-title"), TITLE);
        browser.waitForText(By.id("state"), "已登记");
        String number = browser.text(By.id("number"));
        assertTrue(number.matches("430626-\\d{4}-\\d{5}"), number);
        String page = (String) browser.script("return location.pathname + location.search");
        assertFitsThePhone();
        browser.signOut();

        browser.desktop(1366, 900);
        browser.signIn("office");
        browser.open(page.substring(1));
        step("ROUTE");
        assertEquals("平江县商务局", browser.find(By.id("stepForm:unit_input")).getAttribute("value"), "the leading unit proposed");
        browser.waitForText(By.id("stepForm"), "国家税务总局平江县税务局");
        browser.click(By.id("stepForm:take"));
        browser.waitForText(By.id("state"), "已交办");
        browser.waitForText(By.id("responsible"), "平江县商务局");
        browser.signOut();

        browser.signIn("pj-swj");
        browser.open(page.substring(1));
        confirmed("ACCEPT");
        browser.waitForText(By.id("state"), "办理中");
        step("RESOLVE");
        browser.click(By.id("stepForm:take"));
        browser.waitForText(By.id("stepForm"), "办结须填写办理结果");
        browser.type(By.id("stepForm:answer"), "已协调住建局安排维修队，本周完成屋面防水");
        browser.click(By.id("stepForm:take"));
        browser.waitForText(By.id("state"), "已办结");
        browser.signOut();

        browser.phone(390, 844);
        browser.signIn("enterprise");
        browser.open(page.substring(1));
        step("RATE");
        browser.click(By.cssSelector("label[for='stepForm:rating:2']"));
        browser.type(By.id("stepForm:comment"), "只修了一半，二号车间还在漏");
        assertFitsThePhone();
        browser.click(By.id("stepForm:take"));
        browser.waitForText(By.id("rating"), "不满意");
        browser.signOut();

        browser.desktop(1366, 900);
        browser.signIn("office");
        browser.open(page.substring(1));
        step("REOPEN");
        browser.type(By.id("stepForm:reason"), "企业反映二号车间仍漏雨");
        browser.click(By.id("stepForm:take"));
        browser.waitForText(By.id("state"), "重新办理");
        browser.signOut();

        browser.signIn("pj-swj");
        browser.open(page.substring(1));
        step("RESOLVE");
        browser.type(By.id("stepForm:answer"), "二号车间屋面已重新做防水，经雨天检验不再漏雨");
        browser.click(By.id("stepForm:take"));
        browser.waitForText(By.id("state"), "已办结");
        browser.signOut();

        browser.signIn("office");
        browser.open(page.substring(1));
        confirmed("CLOSE");
        browser.waitForText(By.id("state"), "已销号");
        browser.waitForText(By.id("history"), "企业反映二号车间仍漏雨");

        browser.open("ledger/dashboard.xhtml");
        JsonObject total = http.to("api/v1/campaigns/pj-2026-lsbf/metrics").as("office").get().json().getJsonObject("total");
        assertEquals(String.valueOf(total.getJsonNumber("collected").longValue()), browser.text(By.id("collected")));
        assertEquals(percent(total.getJsonNumber("resolved").longValue(), total.getJsonNumber("collected").longValue()),
                browser.text(By.id("resolutionRate")), "the rate from the same counts as the API, one decimal");
        assertEquals(percent(total.getJsonNumber("closed").longValue(), total.getJsonNumber("collected").longValue()),
                browser.text(By.id("closureRate")));
        browser.open("ledger/problems.xhtml");
        browser.type(By.id("ledger:q"), number);
        browser.click(By.id("ledger:search"));
        browser.waitForText(By.id("ledger:table"), TITLE);
        browser.signOut();

        browser.signIn("yy-office");
        browser.open(page.substring(1));
        browser.waitUntilVisible(By.id("notFound"));
        browser.open("ledger/problems.xhtml");
        browser.waitForText(By.id("ledger:table"), "没有问题");
        assertTrue(browser.all(By.xpath("//*[contains(text(), '" + TITLE + "')]")).isEmpty(), "岳阳县 sees none of 平江县's problems");
        Http.Response api = http.to("api/v1" + page.replace("/ledger/problem.xhtml?id=", "/problems/")).as("yy-office").get();
        assertEquals(404, api.status(), api::toString);
    }

    /** Opens the dialog of a step that needs input. */
    private void step(String action) {
        browser.click(By.cssSelector(".bf-step-" + action));
        browser.waitUntilVisible(By.id("stepForm:take"));
    }

    /** Takes a step that is only confirmed. */
    private void confirmed(String action) {
        browser.click(By.cssSelector(".bf-step-" + action));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
    }


    private static String percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP) + "%";
    }
}
