package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The daily reminders (每日提醒) over HTTP on the demo county, with the server's mail caught by GreenMail on the port
 * ItDatabase gave it: run twice at once (two nodes' timers), the job runs once; each unit with something to do gets
 * one digest in its inbox and one mail at its contact e-mail; a demo problem RED long enough is escalated (督办) by
 * the system, and its contact leader (in his inbox, on the page too) and responsible unit are told; the day's later
 * runs do nothing. A unit may not
 * run the job.
 */
@Tag("integration")
class RemindersIT extends DeployedBangfu {

    private static final String JOB = "api/v1/jobs/daily-reminders";
    /** 湖南晶辉光电科技有限公司: 张卫东 (the account "leader") leads it, pj-fgj is its leading unit; its demo problem is RED 8 working days. */
    private static final String JINGHUI = "湖南晶辉光电科技有限公司";
    private static final String JINGHUI_RED = "产品检测认证周期长";
    /** Units with RED demo problems (港盛针织's and 晶辉光电's), and one with nothing to do as responsible unit. */
    private static final Map<String, String> EMAILS = Map.of("pj-fgj", "pj-fgj@bangfu.test", "pj-rsj", "pj-rsj@bangfu.test",
            "pj-jyj", "pj-jyj@bangfu.test");

    @RegisterExtension
    static final GreenMailExtension MAIL = new GreenMailExtension(
            new ServerSetup(Integer.getInteger("bangfu.it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @Test
    void theRemindersRunOnceADayForTheWholeClusterAndTheMailsArrive() throws Exception {
        for (Map.Entry<String, String> e : EMAILS.entrySet()) {
            setEmail(e.getKey(), e.getValue());
        }
        JsonObject red = problem(JINGHUI_RED);
        assertEquals("RED", red.getString("light"), red::toString);
        assertFalse(red.containsKey("escalatedOn"), red::toString);
        String number = red.getString("number");
        String escalatedSubject = "督办：" + number + "（" + JINGHUI + "）";
        assertFalse(subjects("leader").contains(escalatedSubject));

        // Two nodes' timers firing together: the province's system administrator twice at the same moment.
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<Http.Response> first = CompletableFuture.supplyAsync(() -> runAs("sysadmin", start));
        CompletableFuture<Http.Response> second = CompletableFuture.supplyAsync(() -> runAs("sysadmin", start));
        start.countDown();
        List<JsonObject> outcomes = List.of(ok(first.get()), ok(second.get()));
        List<JsonObject> ran = outcomes.stream().filter(o -> o.getBoolean("ran")).toList();
        assertEquals(1, ran.size(), outcomes::toString);
        JsonObject run = ran.get(0);
        JsonObject idle = outcomes.stream().filter(o -> !o.getBoolean("ran")).findFirst().orElseThrow();
        assertEquals(today().toString(), run.getString("day"));
        assertEquals(List.of(0, 0, 0), List.of(idle.getInt("digests"), idle.getInt("mailed"), idle.getInt("escalated")), idle::toString);
        assertTrue(run.getInt("escalated") >= 1, run::toString);
        assertTrue(run.getInt("digests") >= 2, run::toString);
        assertEquals(2, run.getInt("mailed"), "pj-fgj and pj-rsj have something to do, pj-jyj nothing: " + run);

        MimeMessage[] mails = MAIL.getReceivedMessages();
        assertEquals(2, mails.length, "one mail for each unit with an address and something to do");
        Map<String, MimeMessage> byAddress = java.util.Arrays.stream(mails).collect(Collectors.toMap(RemindersIT::to, m -> m));
        assertEquals(java.util.Set.of("pj-fgj@bangfu.test", "pj-rsj@bangfu.test"), byAddress.keySet());
        for (String unit : List.of("pj-fgj", "pj-rsj")) {
            List<JsonObject> digests = inbox(unit).stream().filter(n -> n.getString("subject").startsWith("每日提醒")).toList();
            assertEquals(1, digests.size(), unit + ": one digest in the inbox " + digests);
            MimeMessage mail = byAddress.get(EMAILS.get(unit));
            assertEquals(digests.get(0).getString("subject"), mail.getSubject(), "the mail says what the inbox says");
            assertEquals(digests.get(0).getString("body"), String.valueOf(mail.getContent()).strip());
            assertTrue(mail.getSubject().matches("每日提醒：待签收 \\d+ 件，黄灯 \\d+ 件，红灯 [1-9]\\d* 件"), mail.getSubject());
        }
        assertTrue(inbox("pj-jyj").stream().noneMatch(n -> n.getString("subject").startsWith("每日提醒")), "nothing to do: no digest");

        JsonObject escalated = problem(JINGHUI_RED);
        assertEquals(today().toString(), escalated.getString("escalatedOn"), escalated::toString);
        JsonObject event = http.to("api/v1/problems/" + escalated.getJsonNumber("id").longValue() + "/events").as("leader").get().array()
                .stream().filter(e -> e.getString("action").equals("ESCALATE")).findFirst().orElseThrow();
        assertEquals("system", event.getString("actor"));
        assertEquals("红灯已满 5 个工作日，系统自动督办", event.getString("reason"));
        assertEquals(1, subjects("leader").stream().filter(escalatedSubject::equals).count(), "the contact leader is told once");
        assertEquals(1, subjects("pj-fgj").stream().filter(escalatedSubject::equals).count(), "and the responsible unit");
        FacesForm leaderPages = new FacesForm(http);
        assertEquals(200, leaderPages.signIn("leader", false).status());
        Http.Response inboxPage = leaderPages.open("org/inbox.xhtml");
        assertEquals(200, inboxPage.status(), inboxPage::toString);
        assertTrue(inboxPage.body().contains(escalatedSubject), "the leader sees it on his inbox page");

        JsonObject again = ok(runAs("sysadmin", new CountDownLatch(0)));
        assertFalse(again.getBoolean("ran"), "the day's run was made: " + again);
        assertEquals(2, MAIL.getReceivedMessages().length, "nothing is mailed twice");
        assertEquals(1, inbox("pj-fgj").stream().filter(n -> n.getString("subject").startsWith("每日提醒")).count(), "nor put in the inbox twice");
        assertEquals(1, subjects("leader").stream().filter(escalatedSubject::equals).count(), "nor escalated twice");
    }

    @Test
    void onlyTheProvincesAdministratorOrOfficeRunTheJob() {
        for (String login : List.of("pj-gxj", "leader", "enterprise", "office")) {
            Http.Response r = http.to(JOB).as(login).post(JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(403, r.status(), login + " (a county's office runs no job for the whole province): " + r);
        }
        assertEquals(401, http.to(JOB).post(JsonValue.EMPTY_JSON_OBJECT).status());
    }

    @Test
    void aContactEmailMustLookLikeOne() {
        JsonObject unit = http.to("api/v1/units/pj-wsz").as("office").get().json();
        Http.Response bad = http.to("api/v1/units/pj-wsz").as("office").put(copy(unit).add("contactEmail", "wsz@pingjiang").build());
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("电子邮箱格式不对，例如 gxj@pingjiang.gov.cn", bad.errors("contactEmail").get(0).getString("message"));
    }

    private static Http.Response runAs(String login, CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return http.to(JOB).as(login).post(JsonValue.EMPTY_JSON_OBJECT);
    }

    private static JsonObject ok(Http.Response r) {
        assertEquals(200, r.status(), r::toString);
        return r.json();
    }

    private static void setEmail(String code, String email) {
        JsonObject unit = http.to("api/v1/units/" + code).as("office").get().json();
        Http.Response changed = http.to("api/v1/units/" + code).as("office").put(copy(unit).add("contactEmail", email).build());
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(email, changed.json().getString("contactEmail"));
    }

    private static JsonObjectBuilder copy(JsonObject o) {
        return Json.createObjectBuilder(o);
    }

    /** The leader's demo problem of this title, as he sees it. */
    private static JsonObject problem(String title) {
        return http.to("api/v1/me/problems?size=500").as("leader").get().items().stream().filter(p -> p.getString("title").equals(title))
                .findFirst().orElseThrow(() -> new AssertionError("no problem " + title + " on the leader's list"));
    }


    private static List<String> subjects(String login) {
        return inbox(login).stream().map(n -> n.getString("subject")).toList();
    }

    private static String to(MimeMessage m) {
        try {
            return m.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }
}
