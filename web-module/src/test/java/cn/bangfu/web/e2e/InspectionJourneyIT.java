package cn.bangfu.web.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.web.it.Http;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;

/**
 * Inspection's journeys in headless Chromium. The office creates a round, forms two teams, adds every target of the
 * campaign, solves the schedule watching the job's status and score, and publishes it; an inspector of the second team
 * finds his inspections on a phone, day by day, on a page no wider than the phone. On site (issue 9), all on a phone: an
 * inspector files a finding with a photo and sends it for rectification, the unit rectifies, the inspector verifies.
 */
@Tag("e2e")
class InspectionJourneyIT extends BrowserJourney {

    private static final String ROUND = "端到端：次年一月专项督查";
    private static final String ROUNDS = "api/v1/campaigns/pj-2026-lsbf/inspection-rounds";
    private static final String ON_SITE = "端到端：现场督查与整改";
    private static final String TEAM = "现场核查组";
    private static final String FOUND = "帮扶干部今年以来未到企业走访，走访台账为空";
    private static final String DONE = "帮扶干部已到企业走访两次，附走访照片和记录";


    @Test
    void theOfficeSolvesAndPublishesARoundAndAnInspectorFindsHisInspectionsOnAPhone() {
        LocalDate from = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(1);
        browser.desktop(1366, 900);
        browser.signIn("office");
        browser.open("inspection/rounds.xhtml?campaign=pj-2026-lsbf");
        browser.click(By.id("roundsForm:newRound"));
        browser.typeDate("roundForm:from", from.toString());
        browser.typeDate("roundForm:to", from.plusDays(27).toString());
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

    /**
     * Issue 9 on site, all on a 390 px phone: on a round under way since last week, the team's leader opens his last
     * inspection from 我的督查, files a finding, adds a photo from the camera and sends it for rectification (下达整改); the
     * responsible unit finds it under 整改任务, adds a photo of what it did and submits it; the inspector verifies it (核查通过)
     * and it is closed (已销号) with its three steps. Then the office drafts the round's circular from the round's page and
     * publishes it, and the unit finds it in its inbox.
     */
    @Test
    void anInspectorFilesAFindingWithAPhotoTheUnitRectifiesTheInspectorVerifiesAndTheCircularReachesTheUnit() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        TreeSet<LocalDate> working = workingDays(today.minusDays(10), today.plusDays(40));
        // A past working day: the demo's current round has this inspector's visits from today on, and today may be a weekend.
        LocalDate onSite = working.lower(today);
        assertNotNull(onSite, () -> "a working day in the last ten days: " + working);

        // Over the API, as the office: the round, the inspector's team and one for what his team must not inspect (回避),
        // every target, solved and published, with one of his team's visits on a past day.
        long roundId = post(ROUNDS, Json.createObjectBuilder().add("name", ON_SITE).add("from", today.minusDays(10).toString())
                .add("to", today.plusDays(10).toString()), 201).getJsonNumber("id").longValue();
        String round = ROUNDS + "/" + roundId;
        long team = apiTeam(round, TEAM, "inspector-tjj", "inspector-fgj");
        apiTeam(round, "现场核查二组", "inspector");
        assertTrue(post(round + "/targets", Json.createObjectBuilder().add("all", true), 200).getInt("added") > 0);
        JsonObject job = post(round + "/schedule/solve", Json.createObjectBuilder().add("limitSeconds", 5), 202);
        String jobPath = round + "/schedule/jobs/" + job.getJsonNumber("id").longValue();
        for (long until = System.currentTimeMillis() + 90_000; Set.of("QUEUED", "SOLVING").contains(job.getString("status"))
                && System.currentTimeMillis() < until; ) {
            pause();
            job = http.to(jobPath).as("office").get().json();
        }
        assertEquals("DONE", job.getString("status"), job::toString);
        assertEquals(0, job.getJsonNumber("hardScore").longValue(), job::toString);
        List<JsonObject> ofTeam = array(http.to(round + "/schedule").as("office").get()).stream()
                .filter(v -> v.getJsonNumber("team").longValue() == team).toList();
        JsonObject visit = ofTeam.stream().filter(v -> LocalDate.parse(v.getString("date")).isBefore(today)).findFirst().orElse(null);
        if (visit == null) {
            visit = ofTeam.get(0);
            Http.Response moved = put(round + "/schedule", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("id", visit.getJsonNumber("id").longValue()).add("team", team).add("date", onSite.toString()).add("pinned", true))
                    .build().toString());
            assertEquals(200, moved.status(), moved::toString);
        }
        long visitId = visit.getJsonNumber("id").longValue();
        String target = visit.getJsonObject("target").getString("name");
        assertEquals("SCHEDULED", post(round + "/schedule/publish", Json.createObjectBuilder(), 200).getString("status"));
        JsonObject assignment = http.to("api/v1/campaigns/pj-2026-lsbf/assignments?size=500").as("office").get().json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(a -> target.equals(a.getJsonObject("target").getString("name"))).findFirst().orElseThrow();

        // The inspector finds the inspection among his last days' and opens it.
        browser.phone(390, 844);
        browser.signIn("inspector-tjj");
        browser.open("inspection/mine.xhtml");
        String toVisit = "//a[contains(@class, 'bf-visit-link') and " + endsWith("@href", "?visit=" + visitId) + "]";
        see(By.xpath(toVisit), target);
        String onCard = browser.text(By.xpath(toVisit + "/ancestor::div[contains(@class, 'bf-inspection')][1]"));
        assertTrue(onCard.contains(ON_SITE) && onCard.contains(TEAM), onCard);
        assertTrue(browser.find(By.xpath(toVisit + "/ancestor::section[1]")).getAttribute("class").contains("bf-past"), "a past day");
        assertFitsThePhone();
        browser.click(By.xpath(toVisit));
        see(By.id("subject"), target);
        see(By.id("noFindings"), "还没有记录督查发现");

        // The finding: the checklist's item, how serious, the unit proposed (the target's leading unit), what was found.
        browser.choose("findingForm:item", "NO_VISIT");
        By major = By.xpath("//*[@id='findingForm:severity']//div[contains(@class, 'ui-button')][normalize-space(.)='较重']");
        browser.click(major);
        assertTrue(browser.find(major).getAttribute("class").contains("ui-state-active"), "较重 chosen");
        browser.type(By.id("findingForm:description"), FOUND);
        assertFitsThePhone();
        browser.click(By.id("findingForm:save"));
        see(By.cssSelector(".bf-finding .bf-finding-description"), FOUND);
        JsonObject finding = http.to(round + "/findings?visit=" + visitId).as("office").get().json().getJsonArray("items").getJsonObject(0);
        String unit = finding.getString("unitCode");
        assertEquals(assignment.getString("leadingUnit"), unit, "the target's leading unit by default");
        String filed = browser.text(By.cssSelector(".bf-finding"));
        assertTrue(filed.contains("较重") && filed.contains("未走访") && filed.contains(finding.getString("unitName")), filed);

        Path photo = jpeg();
        long rectification;
        String deadline;
        try {
            // A photo from the phone's camera: its thumbnail shows under the finding.
            browser.find(By.cssSelector(".bf-finding [id$=':photo'] input[type='file']")).sendKeys(photo.toString());
            assertEquals(1, browser.waitForImages(By.cssSelector(".bf-finding img.bf-photo")), "the photo's thumbnail");
            assertFitsThePhone();

            // 下达整改 with the working days the page proposes.
            browser.click(By.cssSelector(".bf-finding [id$=':rectify']"));
            see(By.cssSelector(".bf-finding [id$=':rectState']"), "整改中");
            JsonObject issued = http.to("api/v1/findings/" + finding.getJsonNumber("id").longValue()).as("office").get().json()
                    .getJsonObject("rectification");
            rectification = issued.getJsonNumber("id").longValue();
            deadline = issued.getString("deadline");
            assertEquals(working.stream().filter(d -> d.isAfter(today)).skip(9).findFirst().orElseThrow().toString(), deadline,
                    "the ten working days the page proposes");
            see(By.cssSelector(".bf-finding"), "整改期限 " + deadline);
            assertEquals(1, browser.waitForImages(By.cssSelector(".bf-finding img.bf-photo")), "the thumbnail stays");
            browser.signOut();

            // The unit: 整改任务 from the menu, the rectification with the finding's photo, a photo of what it did, a note.
            browser.signIn(unit);
            browser.click(By.id("navToggle"));
            browser.click(By.xpath("//*[@id='menuForm:menu']//a[normalize-space(.)='整改任务']"));
            String toRectification = "//*[@id='rectifications:list']//a[contains(@class, 'bf-rectification-link') and "
                    + endsWith("@href", "?id=" + rectification) + "]";
            see(By.xpath(toRectification), deadline);
            String row = browser.text(By.xpath(toRectification + "/ancestor::tr[1]"));
            assertTrue(row.contains("整改中") && row.contains(target) && row.contains("未走访") && row.contains(ON_SITE), row);
            assertFitsThePhone();
            browser.click(By.xpath(toRectification));
            see(By.id("state"), "整改中");
            see(By.id("description"), FOUND);
            assertEquals(1, browser.waitForImages(By.cssSelector("#page > .bf-photos:not(#evidence) img.bf-photo")),
                    "the finding's photo, to the unit");
            see(By.id("evidence"), "还没有佐证照片");
            browser.find(By.cssSelector("[id='act:evidenceUpload'] input[type='file']")).sendKeys(photo.toString());
            assertEquals(1, browser.waitForImages(By.cssSelector("#evidence img.bf-photo")), "the evidence's thumbnail");
            browser.type(By.id("act:note"), DONE);
            assertFitsThePhone();
            browser.click(By.id("act:submit"));
            see(By.id("state"), "待核查");
            assertTrue(browser.all(By.id("act:submit")).isEmpty(), "submitted, nothing left to do");
            browser.signOut();
        } finally {
            Files.deleteIfExists(photo);
        }

        // The inspector verifies it from 整改任务: 核查通过, closed, the history newest first.
        browser.signIn("inspector-tjj");
        browser.open("inspection/rectifications.xhtml");
        String toRectification = "//*[@id='rectifications:list']//a[contains(@class, 'bf-rectification-link') and "
                + endsWith("@href", "?id=" + rectification) + "]";
        see(By.xpath(toRectification), deadline);
        browser.click(By.xpath(toRectification));
        see(By.id("state"), "待核查");
        assertEquals(1, browser.waitForImages(By.cssSelector("#evidence img.bf-photo")), "the unit's photo, to the inspector");
        assertFitsThePhone();
        browser.click(By.id("act:accept"));
        see(By.id("state"), "已销号");
        assertTrue(browser.all(By.id("act:accept")).isEmpty(), "nothing left to verify");
        assertEquals(List.of("核查通过", "提交整改情况", "下达整改"), browser.all(By.cssSelector("#history .bf-event-action")).stream()
                .map(WebElement::getText).toList(), "the three steps, newest first");
        assertTrue(browser.text(By.id("history")).contains(DONE), "the unit's note in the history");
        assertFitsThePhone();
        browser.signOut();

        // The office drafts the round's circular from the round's page and publishes it; the unit finds it in its inbox.
        browser.desktop(1366, 900);
        browser.signIn("office");
        browser.open("inspection/round.xhtml?campaign=pj-2026-lsbf&round=" + roundId);
        browser.click(By.xpath("//a[@href='#tabs:findingsTab']"));
        see(By.id("tabs:findingsForm:findings"), FOUND);
        browser.click(By.id("tabs:circularsForm:draftCircular"));
        see(By.id("status"), "草稿");
        see(By.id("findingsCount"), "1");
        see(By.id("rows"), finding.getString("unitName"));
        String docNumber = browser.text(By.id("docNumber"));
        browser.click(By.id("circularForm:publish"));
        browser.click(By.cssSelector(".ui-confirmdialog-yes"));
        see(By.id("status"), "已印发");
        browser.signOut();

        browser.phone(390, 844);
        browser.signIn(unit);
        browser.click(By.cssSelector("a.bf-inbox"));
        see(By.tagName("main"), "督查通报：" + ON_SITE + "情况通报（" + docNumber + "）");
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

    /** Waits for the text in the element; if it does not come, fails with what the page says instead (its messages, say). */
    private void see(By element, String text) {
        try {
            browser.waitForText(element, text);
        } catch (TimeoutException e) {
            throw new AssertionError("\"" + text + "\" not in " + element + "; the page says:\n"
                    + browser.script("return document.body.innerText"), e);
        }
    }

    /** An XPath condition: the attribute ends with the suffix (XPath 1.0 has no ends-with), e.g. a link's "?visit=12", not "?visit=123". */
    private static String endsWith(String attribute, String suffix) {
        return "substring(" + attribute + ", string-length(" + attribute + ") - " + (suffix.length() - 1) + ") = '" + suffix + "'";
    }

    /** POSTs as the office and returns the JSON object answered, after checking the status. */
    private static JsonObject post(String path, JsonObjectBuilder body, int status) {
        Http.Response r = http.to(path).as("office").post(body.build());
        assertEquals(status, r.status(), r::toString);
        return r.json();
    }

    /** PUTs a JSON body as the office (Http's PUT is the integration tests' own). */
    private static Http.Response put(String path, String json) {
        String basic = Base64.getEncoder().encodeToString(("office:" + Http.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(http.root().resolve(path)).header("Content-Type", "application/json")
                .header("Authorization", "Basic " + basic).PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build();
        try {
            return new Http.Response("PUT " + request.uri(),
                    HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The objects of a response that is a JSON array. */
    private static List<JsonObject> array(Http.Response r) {
        assertEquals(200, r.status(), r::toString);
        try (JsonReader reader = Json.createReader(new StringReader(r.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    /** A team of the round, its leader first, over the API; its id. */
    private static long apiTeam(String round, String name, String... logins) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        for (String login : logins) {
            members.add(Json.createObjectBuilder().add("login", login));
        }
        return post(round + "/teams", Json.createObjectBuilder().add("name", name).add("leader", logins[0]).add("members", members)
                .add("capacity", 3).add("blockedDays", Json.createArrayBuilder()), 201).getJsonNumber("id").longValue();
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The working days between two days as the server counts them: Monday to Friday and its calendar's exceptions. */
    private static TreeSet<LocalDate> workingDays(LocalDate from, LocalDate to) {
        Map<LocalDate, String> exceptions = new HashMap<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            Http.Response days = http.to("api/v1/calendar/" + year).as("office").get();
            assertEquals(200, days.status(), days::toString);
            days.json().getJsonArray("days").getValuesAs(JsonObject.class)
                    .forEach(d -> exceptions.put(LocalDate.parse(d.getString("date")), d.getString("kind")));
        }
        TreeSet<LocalDate> working = new TreeSet<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            String kind = exceptions.get(d);
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (kind == null ? !weekend : kind.equals("WORKDAY")) {
                working.add(d);
            }
        }
        return working;
    }

    /** A photo as a phone's camera hands it over: a JPEG file, made with ImageIO. */
    private static Path jpeg() throws IOException {
        BufferedImage image = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setPaint(new GradientPaint(0, 0, new Color(0xC8, 0x10, 0x2E), 640, 480, Color.ORANGE));
            g.fillRect(0, 0, 640, 480);
        } finally {
            g.dispose();
        }
        Path file = Files.createTempFile("bangfu-photo-", ".jpg");
        assertTrue(ImageIO.write(image, "jpg", file.toFile()), "a JPEG writer");
        return file;
    }
}
