package cn.bangfu.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The main journeys of the foundation in headless Chromium against the real WAR on Payara Micro in
 * demo mode: the campaign office maintains units, a unit of the other county cannot see them, a
 * user switches to English, and the inspector's and the enterprise's pages work on a phone.
 */
@Tag("e2e")
class BrowserJourneysIT extends BrowserJourney {

    /** The table's "共 N 条" (N in all): it changes only when the search has answered. */
    private static final By TOTAL = By.cssSelector("[id='units:table'] .ui-paginator-current");


    @Test
    void officeCreatesAUnitAfterBeingToldTheNameIsMissingAndTheOtherCountyNeverSeesIt() {
        browser.signIn("office");
        browser.open("org/units.xhtml");
        browser.click(By.id("units:newUnit"));
        browser.type(By.id("unitForm:code"), "pj-e2e-park");
        browser.choose("unitForm:type", "PARK");
        browser.choose("unitForm:region", "430626");
        browser.type(By.id("unitForm:phone"), "0730-6229999");
        browser.click(By.id("unitForm:save"));

        // The name was left out: the dialog stays open and says so next to the name field.
        By nameMessage = By.cssSelector("[id='unitForm:name'] ~ .ui-message, [id='unitForm:name'] + .ui-message");
        browser.waitForText(nameMessage, "必填");
        assertEquals("必填", browser.text(nameMessage));
        assertEquals(List.of("必填"), browser.all(By.cssSelector("[id='unitForm'] .ui-message-error")).stream()
                .map(WebElement::getText).toList(), "only the name is wrong");

        // A name over the limit is not cut to fit: it is refused, naming the limit, and the error shows once.
        browser.type(By.id("unitForm:name"), "长".repeat(210));
        browser.click(By.id("unitForm:save"));
        browser.waitForText(nameMessage, "100");
        assertEquals(210, browser.find(By.id("unitForm:name")).getAttribute("value").length(), "the browser kept all 210 characters");
        assertEquals(1, browser.all(By.cssSelector(".ui-growl-message, [id='unitForm:formMessages'] .ui-messages-error-summary")).stream()
                .filter(e -> !e.getText().isBlank()).count(), "one summary of the errors, not one in the dialog and one in the growl");

        browser.type(By.id("unitForm:name"), "平江县端到端测试园区");
        browser.click(By.id("unitForm:save"));
        browser.waitUntilHidden(By.id("unitDialog"));

        browser.type(By.id("units:q"), "pj-e2e-park");
        browser.click(By.id("units:search"));
        browser.waitForText(TOTAL, "共 1 条");
        List<String> names = names();
        assertEquals(List.of("平江县端到端测试园区"), names);
        browser.signOut();

        // A unit of 岳阳县 searches for the new unit and for 平江's units: nothing.
        browser.signIn("yy-gxj");
        browser.open("org/units.xhtml");
        browser.waitForText(TOTAL, "共 1 条");
        assertEquals(List.of("岳阳县工业和信息化局"), names(), "a unit user sees only his own unit");
        browser.type(By.id("units:q"), "pj-e2e-park");
        browser.click(By.id("units:search"));
        browser.waitForText(TOTAL, "共 0 条");
        browser.waitForText(By.id("units:table"), "没有符合条件的记录");
        assertTrue(names().isEmpty());
    }

    @Test
    void switchingToEnglishShowsEnglishLabelsAndTheChoiceIsKept() {
        browser.signIn("leader");
        browser.open("org/units.xhtml");
        assertEquals("责任单位", browser.text(By.cssSelector("h1.bf-title")));
        browser.click(By.id("userForm:language"));
        browser.waitForText(By.cssSelector("h1.bf-title"), "Units");
        assertEquals("Units", browser.text(By.cssSelector("h1.bf-title")));
        assertTrue(browser.text(By.id("menuForm:menu")).contains("Regions"), "the menu is in English too");
        assertEquals("Contact leader", browser.text(By.cssSelector("#userRoles .bf-role")));
        browser.signOut();

        // The language belongs to the user: after signing in again the pages are still English.
        browser.signIn("leader");
        assertEquals("Home", browser.text(By.cssSelector("h1.bf-title")));
        browser.click(By.id("userForm:language"));
        browser.waitForText(By.cssSelector("h1.bf-title"), "首页");
    }

    /**
     * On a phone (390 × 844) the inspector's home, the matrix and a target's timeline, and the
     * enterprise contact's home, and the contact leader's home with his enterprises, fit the screen's width; the header shows 帮扶通 on one line; the menu
     * is folded away until its button opens it; the matrix's campaign selector is on screen; and a
     * target's name in the matrix leads to its team timeline.
     */
    @Test
    void onALaptopTheListsFitTheScreenAndNoColumnBreaksCharacterByCharacter() {
        browser.desktop(1366, 900);
        browser.signIn("office");
        browser.open("campaign/campaigns.xhtml");
        browser.waitForText(By.cssSelector("[id='campaigns:table'] .ui-paginator-current"), "共");
        Number wide = (Number) browser.script("return document.documentElement.scrollWidth");
        assertTrue(wide.intValue() <= 1366, "the campaign list is " + wide + " px wide");
        Number actions = (Number) browser.script("var h = [...document.querySelectorAll(\"[id='campaigns:table'] th\")];"
                + " return h[h.length - 1].getBoundingClientRect().right");
        assertTrue(actions.doubleValue() <= 1366, "操作 ends at " + actions + " px, off the screen");

        browser.open("registry/enterprises.xhtml");
        browser.waitForText(By.cssSelector("[id='enterprises:table'] .ui-paginator-current"), "共");
        Number region = (Number) browser.script("var h = [...document.querySelectorAll(\"[id='enterprises:table'] th\")]"
                + ".find(t => t.textContent.includes('所在区划')); return h.getBoundingClientRect().width");
        Number font = (Number) browser.script("return parseFloat(getComputedStyle(document.querySelector(\"[id='enterprises:table'] td\")).fontSize)");
        assertTrue(region.doubleValue() >= 4 * font.doubleValue(), "所在区划 is " + region + " px wide: its names would break one character a line");
    }

    @Test
    void onAPhoneThePagesFitTheScreenAndTheMenuOpensFromItsButton() {
        browser.phone(390, 844);
        browser.signIn("inspector");
        assertFitsThePhone("the inspector's home");
        By menu = By.id("menuForm:menu");
        assertFalse(browser.displayed(menu), "the menu is folded away");
        assertEquals("false", browser.find(By.id("navToggle")).getAttribute("aria-expanded"));
        browser.click(By.id("navToggle"));
        browser.waitUntilVisible(menu);
        assertEquals("true", browser.find(By.id("navToggle")).getAttribute("aria-expanded"));
        assertTrue(browser.text(menu).contains("对口联系安排"), browser.text(menu));
        assertTrue(browser.text(By.cssSelector(".bf-nav-user")).contains("督查组"), "the open menu shows the roles the header has no room for");
        browser.click(By.id("navToggle"));
        browser.waitUntilHidden(menu);

        browser.open("campaign/matrix.xhtml");
        browser.waitForText(By.cssSelector("[id='matrix:table'] .ui-paginator-current"), "共");
        assertFitsThePhone("the matrix");
        assertFalse(browser.displayed(menu), "the menu is folded away on every new page");
        Number right = (Number) browser.script("return document.getElementById('matrix:campaign').getBoundingClientRect().right");
        assertTrue(right.doubleValue() <= 390, "the campaign selector ends at " + right + " px");

        WebElement first = browser.find(By.cssSelector("[id='matrix:table'] a.bf-timeline-link"));
        String target = first.getText();
        first.click();
        browser.waitForText(By.cssSelector("h1.bf-title"), target);
        browser.waitUntilVisible(By.id("team"));
        assertFitsThePhone("the timeline of " + target);
        browser.signOut();

        browser.signIn("enterprise");
        assertFitsThePhone("the enterprise contact's home");
        assertFalse(browser.displayed(menu), "the menu is folded away");
        browser.signOut();

        // The contact leader's home lists the enterprises he leads (我联系的企业), each leading to its timeline.
        browser.signIn("leader");
        assertFitsThePhone("the contact leader's home");
        List<WebElement> led = browser.all(By.cssSelector("[id='ledTable'] a.bf-timeline-link"));
        assertEquals(4, led.size(), "张卫东 leads four demo enterprises");
        String mine = led.get(0).getText();
        led.get(0).click();
        browser.waitForText(By.cssSelector("h1.bf-title"), mine);
        browser.waitUntilVisible(By.id("team"));
        assertFitsThePhone("the timeline of " + mine);
    }

    /** The page is no wider than the phone and the header shows the app's name on one line. */
    private void assertFitsThePhone(String page) {
        Number width = (Number) browser.script("return document.documentElement.scrollWidth");
        assertTrue(width.intValue() <= 390, page + " is " + width + " px wide");
        assertEquals("帮扶通", browser.text(By.cssSelector(".bf-brand-name")));
        // One line of the name is less than two font sizes high; the name broken over two lines is more.
        Boolean oneLine = (Boolean) browser.script("var e = document.querySelector('.bf-brand-name');"
                + " return e.getBoundingClientRect().height < 2 * parseFloat(getComputedStyle(e).fontSize)");
        assertTrue(oneLine, "the header shows 帮扶通 on one line on " + page);
    }

    private List<String> names() {
        return browser.all(By.cssSelector("[id='units:table'] .bf-unit-name")).stream().map(WebElement::getText).toList();
    }

}
