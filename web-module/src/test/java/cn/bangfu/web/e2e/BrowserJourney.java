package cn.bangfu.web.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.web.it.DeployedBangfu;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A journey in headless Chromium against the deployed application: a fresh browser for each test, closed after it. */
abstract class BrowserJourney extends DeployedBangfu {

    protected Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(root());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** The page is no wider than a 390 px phone: nothing to scroll sideways. */
    protected void assertFitsThePhone() {
        long wide = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
        assertTrue(wide <= 390, "the page is " + wide + " px wide on a 390 px phone");
    }
}
