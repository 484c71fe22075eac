package cn.bangfu.web.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * Inspection's journey in headless Chromium: the office creates a round, forms two teams, adds every target of the
 * campaign, solves the schedule watching the job's status and score, and publishes it; an inspector of the second team
 * finds his inspections on a phone, day by day, on a page no wider than the phone.
 */
@Tag("e2e")
class InspectionJourneyIT extends BrowserJourney {

    private static final String ROUND = "端到端：次年一月专项督查";


    @Test
    void theOfficeSolvesAndPublishesARoundAndAnInspectorFindsHisInspectionsOnAPhone() {
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        browser.desktop(1366, 900);
        browser.signIn("office");
        browser.open("inspection/rounds.xhtml?campaign=pj-2026-lsbf");
        browser.click(By.id("roundsForm:newRound"));
        // Each date picker's calendar covers the fields around it until the user moves on: a click on the name above the
        // first, Esc for the second (its calendar opens upwards, over the name).
        browser.retype(By.id("roundForm:from_input"), from.toString());
        browser.waitForOverlay("roundForm:from_panel");
        browser.click(By.id("roundForm:name"));
        browser.waitUntilHidden(By.id("roundForm:from_panel"));
        browser.retype(By.id("roundForm:to_input"), from.plusDays(27).toString());
        browser.waitForOverlay("roundForm:to_panel");
        browser.find(By.id("roundForm:to_input")).sendKeys(Keys.ESCAPE);
        browser.waitUntilHidden(By.id("roundForm:to_panel"));
        browser.type(By.id("roundForm:name"), ROUND);
        browser.click(By.id("roundForm:save"));
        browser.waitForText(By.id("roundsForm:rounds"), ROUND);
        browser.click(By.xpath("//a[text()='" + ROUND + "']"));
        browser.waitForText(By.cssSelector("h1.bf-title"), ROUND);

        team("第一组", "inspector");
        team("第二组", "inspector-tjj");
        browser.waitForText(By.id("tabs:teamsForm:teams"), "第二组");

        browser.click(By.xpath("//a[contains(., '督查对象')]"));
        browser.click(By.id("tabs:targetsForm:addAll"));
        browser.waitForText(By.id("tabs:targetsForm:targets"), "平江县");

        browser.click(By.xpath("//a[contains(., '督查安排')]"));
        browser.retype(By.id("tabs:scheduleForm:limitSeconds_input"), "5");
        browser.click(By.id("tabs:scheduleForm:solve"));
        browser.waitUntilVisible(By.id("tabs:scheduleForm:solveProgress"));
        browser.waitForText(By.id("tabs:scheduleForm:solveStatus"), "排程完成");
        browser.waitForText(By.id("tabs:scheduleForm:solveScore"), "硬约束 0");
        browser.waitForText(By.id("tabs:scheduleForm:violations"), "排程结果");
        browser.waitForText(By.id("tabs:scheduleForm:schedule"), "第二组");

        browser.click(By.id("head:publish"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        browser.waitForText(By.id("head"), "已发布安排");
        browser.signOut();

        browser.phone(390, 844);
        browser.signIn("inspector-tjj");
        browser.open("inspection/mine.xhtml");
        browser.waitForText(By.id("mine"), ROUND);
        assertTrue(browser.text(By.id("mine")).contains("第二组"), "his team's inspections");
        assertFitsThePhone();
    }

    private void team(String name, String leader) {
        browser.click(By.id("tabs:teamsForm:newTeam"));
        browser.type(By.id("teamForm:name"), name);
        browser.choose("teamForm:leader", leader);
        browser.click(By.id("teamForm:save"));
        browser.waitUntilHidden(By.id("teamDialog"));
        browser.waitForText(By.id("tabs:teamsForm:teams"), name);
    }
}
