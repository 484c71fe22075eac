package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a careless client, a script or an attacker sends, and what a user then sees: Bangfu's own error
 * pages, sign-in that neither locks the wrong people nor tells locked accounts apart, the session
 * cookie, paging and bodies that are refused with the field named. Each sign-in test uses a unit
 * account of its own (pj-gdj, pj-hbj, pj-adz), so no other test finds its account locked or switched.
 */
@Tag("integration")
class HardeningIT extends DeployedBangfu {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    // --- error pages ----------------------------------------------------------------------------

    @Test
    void aSignInPostedByAScriptWithoutThePagesNonceIs400WithBangfusOwnPage() {
        FacesForm browser = new FacesForm(http);
        browser.open("login.xhtml");
        Http.Response r = browser.post("login.xhtml", false, Map.of("login", "login", "login:username", "nosuch-" + random(),
                "login:password", "Wrong-password-1", "login:submit", ""));
        assertBangfuErrorPage(400, r);
        assertTrue(r.body().contains("请求无法处理") && r.body().contains("The request could not be processed"), r::toString);

        // The same post with the page's nonce, as the page sends it, is an ordinary failed sign-in.
        browser.open("login.xhtml");
        Http.Response wrong = browser.post("login.xhtml", true, Map.of("login", "login", "login:username", "nosuch-" + random(),
                "login:password", "Wrong-password-1", "login:submit", ""));
        assertEquals(200, wrong.status(), wrong::toString);
        assertTrue(wrong.body().contains("用户名或密码错误"), wrong::toString);
    }

    @Test
    void aSearchOfTheUnitsPagePostedByAScriptIs400NotAServerError() {
        FacesForm browser = new FacesForm(http);
        assertEquals(200, browser.signIn("office", false).status());
        Http.Response page = browser.open("org/units.xhtml");
        assertEquals(200, page.status(), page::toString);
        Http.Response r = browser.post("org/units.xhtml", false, Map.of("units", "units"));
        assertBangfuErrorPage(400, r);
    }

    @Test
    void aFormPostedToAnExpiredViewShowsThePageAfresh() {
        FacesForm browser = new FacesForm(http);
        browser.open("login.xhtml");
        Http.Response r = http.to("login.xhtml").send("POST", "application/x-www-form-urlencoded",
                "login=login&login%3Ausername=x&login%3Apassword=y&jakarta.faces.ViewState=1%3A2");
        assertEquals(302, r.status(), r::toString);
        assertTrue(r.header("Location").endsWith("/login.xhtml"), r::toString);
        // A GET that carries a stale view state is no page of Bangfu's: refused, not redirected again and again.
        Http.Response get = http.to("login.xhtml?jakarta.faces.ViewState=1%3A2").get();
        assertBangfuErrorPage(400, get);
    }

    @Test
    void anErrorPageOfTheShellKeepsItsScripts() {
        FacesForm browser = new FacesForm(http);
        browser.signIn("office", false);
        Http.Response missing = browser.open("no-such-page.xhtml");
        assertEquals(404, missing.status(), missing::toString);
        String csp = missing.raw().headers().allValues("Content-Security-Policy").toString();
        assertFalse(csp.contains("default-src 'none'"), "the shell's scripts (menu, sign-out) must run: " + csp);
        assertTrue(csp.contains("'nonce-"), csp);
        assertTrue(missing.body().contains("userForm:logout"), "the page with its sign-out link: " + missing);
    }

    @Test
    void anEmptyUserNameIsAskedFor() {
        FacesForm browser = new FacesForm(http);
        browser.open("login.xhtml");
        Http.Response r = browser.post("login.xhtml", true, Map.of("login", "login", "login:username", "",
                "login:password", "", "login:submit", ""));
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().contains("请输入用户名"), r::toString);
        assertTrue(r.body().contains("请输入密码"), r::toString);
        assertFalse(r.body().contains("用户名或密码错误"), r::toString);
    }

    @Test
    void noResponseNamesTheServer() {
        for (String path : List.of("login.xhtml", "api/v1/units", "no-such-page.xhtml")) {
            Http.Response r = http.to(path).get();
            assertNull(r.header("Server"), r::toString);
            assertNull(r.header("X-Powered-By"), r::toString);
            assertFalse(r.body().contains("Payara"), r::toString);
        }
    }

    private static void assertBangfuErrorPage(int status, Http.Response r) {
        assertEquals(status, r.status(), r::toString);
        assertTrue(r.body().contains("帮扶通"), r::toString);
        assertFalse(r.body().contains("Payara"), r::toString);
        assertFalse(r.body().contains("Exception"), r::toString);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), r::toString);
        assertNotNull(r.header("Content-Security-Policy"), r::toString);
    }

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        Http.Response r = http.to("login.xhtml").get();
        String cookie = r.raw().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie: " + r));
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
    }

    // --- sign-in --------------------------------------------------------------------------------

    @Test
    void onlyFiveFailuresInARowLockAnAccount() {
        String login = "pj-gdj";
        assertEquals(200, units(login, Http.DEMO_PASSWORD));
        for (int i = 0; i < 4; i++) {
            assertEquals(401, units(login, "Wrong-password-" + i));
        }
        assertEquals(200, units(login, Http.DEMO_PASSWORD), "the right password, answered from the remembered credential");
        assertEquals(401, units(login, "Wrong-password-5"));
        assertEquals(200, units(login, Http.DEMO_PASSWORD), "one failure after a success is no fifth in a row");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, units(login, "Wrong-password-" + (10 + i)));
        }
        assertEquals(401, units(login, Http.DEMO_PASSWORD), "five in a row lock it");
    }

    @Test
    void aLockedAccountIsRefusedAsSlowlyAsAnUnknownLogin() {
        String login = "pj-hbj";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, units(login, "Wrong-password-" + i));
        }
        List<Long> locked = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            locked.add(timed(login, Http.DEMO_PASSWORD));
            unknown.add(timed("nobody-" + random(), Http.DEMO_PASSWORD));
        }
        // Before, a locked account answered in about 4 ms and every other refusal in 150-230 ms (a PBKDF2 check).
        assertTrue(median(locked) * 2 >= median(unknown), "locked " + locked + " ms, unknown " + unknown + " ms");
    }

    private long timed(String login, String password) {
        long start = System.nanoTime();
        assertEquals(401, units(login, password));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static long median(List<Long> times) {
        List<Long> sorted = new ArrayList<>(times);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private int units(String login, String password) {
        return http.to("api/v1/units?size=1").as(login, password).get().status();
    }

    @Test
    void aLanguageChosenOnTheLoginPageIsTheUsersAndSigningOutKeepsIt() {
        FacesForm browser = new FacesForm(http);
        Http.Response home = browser.signIn("pj-adz", true);
        assertEquals(200, home.status(), home::toString);
        assertTrue(home.body().contains("Sign out"), home::toString);

        // Saved to his account: a new sign-in without any choice is English too.
        FacesForm later = new FacesForm(http);
        Http.Response again = later.signIn("pj-adz", false);
        assertTrue(again.body().contains("Sign out"), again::toString);

        // Signing out of English lands on the English login page.
        Http.Response out = later.post("index.xhtml", true, Map.of("userForm", "userForm", "userForm:logout", "userForm:logout"));
        assertEquals(302, out.status(), out::toString);
        Http.Response login = later.open(out.header("Location").replaceFirst("^https?://[^/]+/", ""));
        assertEquals(200, login.status(), login::toString);
        assertTrue(login.body().contains("Sign in"), login::toString);
        assertFalse(login.body().contains("登录"), login::toString);
    }

    // --- paging and bodies ----------------------------------------------------------------------

    @Test
    void badPagingValuesAre400NamingTheParameterOnEveryList() {
        Map<String, String> bad = Map.of("size=2147483647&page=2147483647", "page", "page=2147483648", "page", "size=abc", "size",
                "page=1e3", "page", "page=-1", "page", "size=0", "size");
        for (String list : List.of("api/v1/units", "api/v1/enterprises", "api/v1/campaigns", "api/v1/cadres", "api/v1/key-projects")) {
            for (Map.Entry<String, String> b : bad.entrySet()) {
                Http.Response r = http.to(list + "?" + b.getKey()).as("office").get();
                assertEquals(400, r.status(), r::toString);
                assertEquals("application/problem+json", r.mediaType(), r::toString);
                assertFalse(r.errors(b.getValue()).isEmpty(), r::toString);
            }
            Http.Response capped = http.to(list + "?size=100000").as("office").get();
            assertEquals(200, capped.status(), capped::toString);
            assertTrue(capped.items().size() <= 500, capped::toString);
        }
        Http.Response en = http.to("api/v1/units?size=abc").as("office").english().get();
        assertTrue(en.errors("size").get(0).getString("message").contains("size must be a whole number"), en::toString);
    }

    @Test
    void anEmptyBodyNamesEveryMissingField() {
        Http.Response r = http.to("api/v1/units").as("office").send("POST", "application/json", "");
        assertEquals(400, r.status(), r::toString);
        for (String field : List.of("code", "name", "type", "regionCode")) {
            assertFalse(r.errors(field).isEmpty(), field + ": " + r);
        }
    }

    @Test
    void aVersionTooLargeForItsNumberIs400OnTheVersionNotAConflict() {
        Http.Response unit = http.to("api/v1/units/pj-gxj").as("office").get();
        JsonObject data = unit.json();
        String body = "{\"code\":\"pj-gxj\",\"name\":\"" + data.getString("name") + "\",\"type\":\"" + data.getString("type")
                + "\",\"regionCode\":\"" + data.getString("regionCode") + "\",\"version\":99999999999999999999}";
        Http.Response r = http.to("api/v1/units/pj-gxj").as("office").send("PUT", "application/json", body);
        assertEquals(400, r.status(), r::toString);
        assertFalse(r.errors("version").isEmpty(), r::toString);
    }

    @Test
    void everyImportRefusesAFileOverTheLimitWithTheSameMessage() {
        byte[] big = new byte[21 * 1024 * 1024];
        ThreadLocalRandom.current().nextBytes(big);
        Set<String> messages = new LinkedHashSet<>();
        for (String path : List.of("api/v1/imports/units", "api/v1/imports/enterprises", "api/v1/imports/key-projects",
                "api/v1/imports/cadres", "api/v1/campaigns/pj-2026-lsbf/imports/assignments")) {
            Http.Response r = http.to(path).as("office").send("POST", XLSX, big);
            assertEquals(422, r.status(), r::toString);
            messages.add(r.errors("file").get(0).getString("message"));
        }
        assertEquals(1, messages.size(), messages::toString);
        assertTrue(messages.iterator().next().contains("20 MB"), messages::toString);
    }

    private static int random() {
        return ThreadLocalRandom.current().nextInt(1_000_000);
    }
}
