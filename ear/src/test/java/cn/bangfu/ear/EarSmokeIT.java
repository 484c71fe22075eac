package cn.bangfu.ear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Smoke test of the EAR on Payara Server 6 with PostgreSQL, installed by the deployer's script
 * (see {@link PayaraServerInstall}): demo mode, the campaign office of 平江县 signs in and sees its units.
 */
class EarSmokeIT {

    private static final int DEMO_UNITS = 41;
    /** The demo registry: the 29 enterprises 平江县 assists. */
    private static final int DEMO_ENTERPRISES = 29;
    private static PayaraServerInstall server;

    @BeforeAll
    static void install() throws Exception {
        server = new PayaraServerInstall();
        server.install();
    }

    @AfterAll
    static void uninstall() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void readinessIsUp() throws Exception {
        HttpResponse<String> ready = get("/health/ready", null);
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().matches("(?s)\\{\\s*\"status\"\\s*:\\s*\"UP\".*"), ready.body());
        assertTrue(ready.body().contains("bangfu-database"), ready.body());
    }

    @Test
    void officeSignsInWithHttpBasicAndListsTheCountysUnits() throws Exception {
        HttpResponse<String> units = get("/api/v1/units?size=100", basic("office", PayaraServerInstall.DEMO_PASSWORD));
        assertEquals(200, units.statusCode(), units.body());
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(units.body());
        assertTrue(total.find(), units.body());
        assertEquals(DEMO_UNITS, Integer.parseInt(total.group(1)), "units the office of 平江县 sees");
        assertTrue(units.body().contains("\"code\":\"pj-gxj\""), "unit pj-gxj is listed: " + units.body());
    }

    @Test
    void theRegistryIsDeployedToo() throws Exception {
        HttpResponse<String> enterprises = get("/api/v1/enterprises?size=100", basic("office", PayaraServerInstall.DEMO_PASSWORD));
        assertEquals(200, enterprises.statusCode(), enterprises.body());
        Matcher total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)").matcher(enterprises.body());
        assertTrue(total.find(), enterprises.body());
        assertEquals(DEMO_ENTERPRISES, Integer.parseInt(total.group(1)), "enterprises the office of 平江县 sees");
    }

    /**
     * Payara Server applies the OpenAPI filter to the EAR's document (it reads the application's MicroProfile Config from
     * the EAR's class loader) and the filter finds the resources' Java types in the WAR as the server explodes it.
     */
    @Test
    void theApiDocumentTypesItsBodies() throws Exception {
        HttpResponse<String> document = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/openapi")).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, document.statusCode(), document.body());
        assertTrue(Pattern.compile("\"\\$ref\"\\s*:\\s*\"#/components/schemas/ListingOfUnitData\"").matcher(document.body()).find(),
                "the list of units refers to its typed schema: " + document.body());
        assertTrue(Pattern.compile("\"UnitData\"\\s*:\\s*\\{").matcher(document.body()).find(), "UnitData is a component");
        assertFalse(document.body().contains("Default Response."), "no untyped default response is left");
        assertTrue(document.body().contains("\"/api/v1/cadres/{id}\""), "path templates without their regexes");
        assertFalse(document.body().contains("{id: [0-9]+}"), "path templates without their regexes");
    }

    @Test
    void apiRefusesAWrongPasswordAndAnonymousCallers() throws Exception {
        assertEquals(401, get("/api/v1/units", basic("office", "not-the-password")).statusCode());
        assertEquals(401, get("/api/v1/units", null).statusCode());
    }

    @Test
    void formLoginPageAnswersAndSignsTheOfficeIn() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> page = browser.send(HttpRequest.newBuilder(uri("/login.xhtml")).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"login:username\""), "the login form: " + page.body());

        HttpResponse<String> wrong = submitLogin(browser, page.body(), "not-the-password");
        assertEquals(200, wrong.statusCode(), "a wrong password shows the form again");

        HttpResponse<String> signedIn = submitLogin(browser, wrong.body(), PayaraServerInstall.DEMO_PASSWORD);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        assertTrue(signedIn.headers().firstValue("Location").orElse("").endsWith("/index.xhtml"),
                "redirected to the start page: " + signedIn.headers().map());
    }

    @Test
    void theApplicationRunsOnTheServersPoolAndDatabase() throws Exception {
        // Only the JDBC pool that deploy.sh created knows this database.
        assertFalse(server.query("select version from flyway_schema_history where success").isEmpty(), "Flyway migrated the test database");
        assertEquals(List.of("pj-gxj"), server.query("select code from unit where code = 'pj-gxj'"));
        assertEquals(List.of("office"), server.query("select login from user_account where login = 'office'"));
        // ...and the application's own data source (an H2 file by default) was never opened.
        try (Stream<Path> files = Files.walk(server.domainDir())) {
            List<Path> h2 = files.filter(p -> p.getFileName().toString().startsWith("bangfu.") && p.toString().endsWith(".db")).toList();
            assertTrue(h2.isEmpty(), "no embedded Bangfu database in the domain: " + h2);
        }
    }

    private static HttpResponse<String> submitLogin(HttpClient browser, String form, String password) throws Exception {
        Matcher viewState = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertTrue(viewState.find(), "the login form has a view state: " + form);
        // PrimeFaces' CSP script adds the page's nonce to every form post; a browser without scripts must too.
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(form);
        assertTrue(nonce.find(), "the login page has a CSP nonce: " + form);
        Map<String, String> fields = Map.of(
                "login", "login",
                "login:username", "office",
                "login:password", password,
                "login:submit", "",
                "jakarta.faces.ViewState", viewState.group(1),
                "primefaces.nonce", nonce.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(HttpRequest.newBuilder(uri("/login.xhtml")).timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(server.baseUrl() + path);
    }

    private static String basic(String login, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
