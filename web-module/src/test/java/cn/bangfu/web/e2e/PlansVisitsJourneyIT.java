package cn.bangfu.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A unit's journey with its target in headless Chromium on the demo campaign: 工信局 sees 天德机械 with its
 * two partner units and their phones on its home page, files the assistance plan and logs a joint
 * visit; 伍市镇, a partner, sees the visit on the team timeline; 岳阳县's 工信局 sees none of it.
 */
@Tag("e2e")
@ExtendWith(ArquillianExtension.class)
class PlansVisitsJourneyIT {

    private static final String TARGET = "平江县天德机械制造有限公司";
    private static final String LEARNED = "端到端测试：新设备到货，缺少熟练工";

    @Deployment(testable = false)
    static WebArchive bangfu() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("bangfu.war")));
    }

    @ArquillianResource
    URL base;

    private Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(base.toURI().resolve("/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aUnitFilesThePlanAndLogsAJointVisitItsPartnerSeesItTheOtherCountyDoesNot() {
        browser.signIn("pj-gxj");
        WebElement card = card(TARGET);
        String text = card.getText();
        assertTrue(text.contains("牵头单位"), text);
        assertTrue(text.contains("伍市镇人民政府") && text.contains("13907302032"), text);
        assertTrue(text.contains("平江县地方金融服务中心") && text.contains("13907302017"), text);
        assertTrue(text.contains("未制定"), "no plan yet: " + text);
        String page = card.findElement(By.linkText(TARGET)).getAttribute("href");

        browser.click(By.linkText(TARGET));
        browser.waitForText(By.cssSelector("h1.bf-title"), TARGET);
        browser.type(By.id("planForm:goals"), "新设备年内达产，产值增长 30%");
        browser.type(By.id("planForm:measures:0:text"), "协助申报技改资金");
        browser.choose("planForm:measures:0:unit", "pj-gxj");
        browser.type(By.id("planForm:measures:0:due_input"), "2026-12-31");
        browser.click(By.id("planForm:submitPlan"));
        browser.waitForText(By.id("planStatus"), "已报送");
        assertEquals("协助申报技改资金", browser.text(By.cssSelector("[id='planMeasures'] tbody td")));

        browser.click(By.id("timelineForm:logVisit"));
        browser.waitForText(By.id("visitDialog"), "参加单位");
        List<WebElement> checked = browser.all(By.cssSelector("[id='visitForm:units'] input[type='checkbox']"));
        assertEquals(3, checked.stream().filter(WebElement::isSelected).count(), "the target's units are preselected");
        browser.type(By.id("visitForm:learned"), LEARNED);
        browser.type(By.id("visitForm:followUps"), "人社局组织技能培训");
        browser.click(By.id("visitForm:saveVisit"));
        browser.waitUntilHidden(By.id("visitDialog"));
        browser.waitForText(By.id("entries"), LEARNED);
        browser.signOut();

        browser.signIn("pj-wsz");
        assertTrue(card(TARGET).getText().contains("已报送"), "the partner sees the plan's status");
        browser.click(By.linkText(TARGET));
        browser.waitForText(By.id("entries"), LEARNED);
        WebElement entry = browser.all(By.cssSelector("#entries li")).stream().filter(e -> e.getText().contains(LEARNED)).findFirst()
                .orElseThrow();
        assertTrue(entry.getText().contains("平江县工业和信息化局") && entry.getText().contains("伍市镇人民政府"), entry.getText());
        browser.signOut();

        browser.signIn("yy-gxj");
        String home = browser.text(By.id("myTargets"));
        assertTrue(home.contains("本单位目前没有帮扶对象"), home);
        assertFalse(home.contains(TARGET), home);
        browser.open(page);
        browser.waitForText(By.id("notFound"), "没有这条记录");
        assertTrue(browser.all(By.id("entries")).isEmpty(), "no timeline for the other county");
    }

    /** The home page's card of a target. */
    private WebElement card(String target) {
        browser.waitForText(By.id("myTargets"), target);
        return browser.all(By.cssSelector("#myTargets .bf-target")).stream().filter(c -> c.getText().contains(target)).findFirst()
                .orElseThrow(() -> new AssertionError(target + " not on the home page"));
    }
}
