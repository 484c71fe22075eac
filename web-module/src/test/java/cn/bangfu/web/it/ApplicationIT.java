package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import java.net.URI;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The real build output (target/bangfu.war) on Payara Micro in demo mode, driven over HTTP the way
 * the province's other systems and a browser use it: authentication, scope, validation messages,
 * optimistic locking, the CSRF guard, lockout, security headers and health (the OpenAPI document: ApiDocumentIT).
 *
 * <p>One class on purpose: each Arquillian deployment boots its own Payara Micro. Runs on H2 by
 * default and on a fresh PostgreSQL database with -Ppostgres. Tests do not depend on their order:
 * units they create have codes starting with "it-" and are removed again where the test allows.
 */
@Tag("integration")
class ApplicationIT extends DeployedBangfu {

    /** Units of 平江县 (430626) in the demo data: the office's whole view (with the county Party committee and government). */
    private static final int PINGJIANG_UNITS = 41;
    /** Enterprises of 平江县 in the demo data: the 29 of the seed speech. */
    private static final int PINGJIANG_ENTERPRISES = 29;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void deployedAtTheRootContext() {
        assertEquals("/", base.getPath().isEmpty() ? "/" : base.getPath(), "context root of " + base);
        Http.Response home = http.to("login.xhtml").get();
        assertEquals(200, home.status(), home::toString);
    }

    // --- authentication -------------------------------------------------------------------------

    @Test
    void apiWithoutOrWithWrongCredentialsIs401WithAChallenge() {
        Http.Response none = http.to("api/v1/units").get();
        assertUnauthorized(none);
        assertTrue(none.json().getString("title").contains("未认证"), none::toString);

        Http.Response unknown = http.to("api/v1/units").as("nobody-" + ThreadLocalRandom.current().nextInt(1_000_000)).get();
        assertUnauthorized(unknown);

        Http.Response wrong = http.to("api/v1/units").as("leader", "not-the-password").english().get();
        assertUnauthorized(wrong);
        assertEquals("Unauthorized", wrong.json().getString("title"), wrong::toString);

        Http.Response right = http.to("api/v1/units").as("leader").get();
        assertEquals(200, right.status(), right::toString);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightPassword() {
        // An account of its own: evaluator, inspector and the others stay usable for every other test.
        Http.Response before = http.to("api/v1/units?size=1").as("pj-cgj").get();
        assertEquals(200, before.status(), before::toString);
        for (int i = 1; i <= 5; i++) {
            Http.Response wrong = http.to("api/v1/units?size=1").as("pj-cgj", "Wrong-password-" + i).get();
            assertUnauthorized(wrong);
        }
        Http.Response locked = http.to("api/v1/units?size=1").as("pj-cgj").get();
        assertUnauthorized(locked);
        // Only that account: another one still gets in.
        Http.Response other = http.to("api/v1/units?size=1").as("inspector").get();
        assertEquals(200, other.status(), other::toString);
    }

    private static void assertUnauthorized(Http.Response r) {
        assertEquals(401, r.status(), r::toString);
        assertNotNull(r.header("WWW-Authenticate"), r::toString);
        assertTrue(r.header("WWW-Authenticate").startsWith("Basic "), r::toString);
        assertEquals("application/problem+json", r.mediaType(), r::toString);
        assertEquals(401, r.json().getInt("status"), r::toString);
    }

    // --- health, OpenAPI, pages, headers ---------------------------------------------------------

    @Test
    void readyWithTheDatabaseCheck() {
        Http.Response r = http.to("health/ready").get();
        assertEquals(200, r.status(), r::toString);
        JsonObject health = r.json();
        assertEquals("UP", health.getString("status"), r::toString);
        JsonObject db = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> "bangfu-database".equals(c.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no bangfu-database check: " + r));
        assertEquals("UP", db.getString("status"), r::toString);
        // Payara renders the check's data as JSON strings.
        assertEquals("true", db.getJsonObject("data").getString("reachable"), r::toString);
        assertEquals("true", db.getJsonObject("data").getString("migrated"), r::toString);
    }

    @Test
    void loginPageInChineseWithSecurityHeaders() {
        Http.Response r = http.to("login.xhtml").get();
        assertEquals(200, r.status(), r::toString);
        assertEquals("text/html", r.mediaType(), r::toString);
        assertTrue(r.body().contains("登录"), r::toString);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), r::toString);
        assertNotNull(r.header("Referrer-Policy"), r::toString);
        String csp = r.header("Content-Security-Policy");
        assertNotNull(csp, r::toString);
        assertTrue(csp.contains("frame-ancestors"), r::toString);
        // The browser runs the page's scripts only if script-src allows their nonce.
        Matcher nonce = Pattern.compile("<script[^>]* nonce=\"([^\"]+)\"").matcher(r.body());
        assertTrue(nonce.find(), r::toString);
        String scriptSrc = Arrays.stream(csp.split(";")).map(String::strip).filter(d -> d.startsWith("script-src ")).findFirst()
                .orElseThrow(() -> new AssertionError("no script-src: " + csp));
        assertTrue(Arrays.asList(scriptSrc.split(" ")).contains("'nonce-" + nonce.group(1) + "'"), "script-src without the page's nonce: " + csp);

        Http.Response en = http.to("login.xhtml").english().get();
        assertEquals(200, en.status(), en::toString);
        assertTrue(en.body().contains("Sign in"), en::toString);
    }

    @Test
    void protectedPagesSendTheBrowserToTheLoginPage() {
        Http.Response r = http.to("index.xhtml").get();
        assertEquals(302, r.status(), r::toString);
        assertTrue(r.header("Location").endsWith("/login.xhtml"), r::toString);
    }

    @Test
    void apiResponsesCarrySecurityHeaders() {
        Http.Response r = http.to("api/v1/units?size=1").as("office").get();
        assertEquals(200, r.status(), r::toString);
        assertEquals("application/json", r.mediaType(), r::toString);
        assertEquals("nosniff", r.header("X-Content-Type-Options"), r::toString);
        assertNotNull(r.header("Referrer-Policy"), r::toString);
        assertNotNull(r.header("Content-Security-Policy"), r::toString);
        assertTrue(r.header("Content-Security-Policy").contains("frame-ancestors 'none'"), r::toString);
    }

    // --- lists and scope -------------------------------------------------------------------------

    @Test
    void officeListsUnitsWithPagingSortAndSearch() {
        Http.Response all = http.to("api/v1/units?q=pj-&size=100&sort=code").as("office").get();
        assertEquals(200, all.status(), all::toString);
        assertEquals(PINGJIANG_UNITS, all.total(), all::toString);
        List<String> codes = all.codes();
        assertEquals(PINGJIANG_UNITS, codes.size(), all::toString);
        List<String> sorted = new ArrayList<>(codes);
        Collections.sort(sorted);
        assertEquals(sorted, codes, "sorted by code: " + all);

        Http.Response page = http.to("api/v1/units?q=pj-&page=1&size=10&sort=code").as("office").get();
        assertEquals(200, page.status(), page::toString);
        assertEquals(PINGJIANG_UNITS, page.total(), page::toString);
        assertEquals(codes.subList(10, 20), page.codes(), page::toString);

        int lastPage = (PINGJIANG_UNITS - 1) / 10;
        Http.Response last = http.to("api/v1/units?q=pj-&page=" + lastPage + "&size=10&sort=code").as("office").get();
        assertEquals(codes.subList(lastPage * 10, PINGJIANG_UNITS), last.codes(), last::toString);

        Http.Response byName = http.to("api/v1/units?q=pj-&size=100&sort=name").as("office").get();
        Http.Response byNameDesc = http.to("api/v1/units?q=pj-&size=100&sort=-name").as("office").get();
        List<String> reversed = new ArrayList<>(byName.codes());
        Collections.reverse(reversed);
        assertEquals(reversed, byNameDesc.codes(), byNameDesc::toString);
        assertFalse(byName.codes().equals(codes), "sorting by name differs from sorting by code: " + byName);

        // q matches names too, and never reaches outside the caller's county (岳阳县 has a 工业和信息化局 too).
        Http.Response search = http.to("api/v1/units?q=" + Http.encode("工业和信息化")).as("office").get();
        assertEquals(200, search.status(), search::toString);
        assertEquals(1, search.total(), search::toString);
        assertEquals(List.of("pj-gxj"), search.codes(), search::toString);

        Http.Response badSort = http.to("api/v1/units?sort=password").as("office").get();
        assertEquals(400, badSort.status(), badSort::toString);
        assertEquals("application/problem+json", badSort.mediaType(), badSort::toString);
        assertFalse(badSort.errors("sort").isEmpty(), badSort::toString);
    }

    @Test
    void officeSeesItsCountyOnly() {
        Http.Response r = http.to("api/v1/units?size=500").as("office").get();
        assertEquals(200, r.status(), r::toString);
        assertEquals(r.items().size(), r.total(), r::toString);
        List<String> demo = r.codes().stream().filter(c -> !c.startsWith("it-")).toList();
        assertEquals(PINGJIANG_UNITS, demo.size(), r::toString);
        assertTrue(demo.containsAll(List.of("pj-gxj", "pj-fgj", "pj-hcjd", "pj-gxq", "pj-sjzx")), r::toString);
        for (JsonObject unit : r.items()) {
            assertTrue(unit.getString("regionCode").startsWith("430626"), "outside 平江县: " + unit);
            assertFalse(unit.getString("code").startsWith("yy-"), "岳阳县 unit: " + unit);
        }
        Http.Response other = http.to("api/v1/units/yy-gxj").as("office").get();
        assertEquals(404, other.status(), other::toString);
        assertEquals("application/problem+json", other.mediaType(), other::toString);
        Http.Response own = http.to("api/v1/units/pj-gxj").as("office").get();
        assertEquals(200, own.status(), own::toString);
        assertEquals("平江县工业和信息化局", own.json().getString("name"), own::toString);
    }

    @Test
    void aUnitUserSeesOnlyHisOwnUnit() {
        Http.Response list = http.to("api/v1/units").as("pj-gxj").get();
        assertEquals(200, list.status(), list::toString);
        assertEquals(1, list.total(), list::toString);
        assertEquals(List.of("pj-gxj"), list.codes(), list::toString);

        Http.Response own = http.to("api/v1/units/pj-gxj").as("pj-gxj").get();
        assertEquals(200, own.status(), own::toString);
        Http.Response neighbour = http.to("api/v1/units/pj-fgj").as("pj-gxj").get();
        assertEquals(404, neighbour.status(), neighbour::toString);

        Http.Response otherCounty = http.to("api/v1/units/pj-gxj").as("yy-gxj").get();
        assertEquals(404, otherCounty.status(), otherCounty::toString);
        assertEquals("application/problem+json", otherCounty.mediaType(), otherCounty::toString);
        assertFalse(otherCounty.body().contains("平江县工业和信息化局"), otherCounty::toString);

        Http.Response theirs = http.to("api/v1/units?size=500").as("yy-gxj").get();
        assertEquals(200, theirs.status(), theirs::toString);
        assertEquals(List.of("yy-gxj"), theirs.codes(), theirs::toString);
        assertFalse(theirs.body().contains("平江"), theirs::toString);
    }

    @Test
    void regionsOfTheOfficeStartWithItsCounty() {
        Http.Response r = http.to("api/v1/regions?size=100").as("office").get();
        assertEquals(200, r.status(), r::toString);
        List<String> codes = r.codes();
        assertEquals("430626", codes.get(0), r::toString);
        assertTrue(codes.contains("430626001"), r::toString);
        assertFalse(codes.contains("430621"), r::toString);
        assertTrue(codes.stream().allMatch(c -> c.startsWith("430626")), r::toString);
        assertEquals(codes.size(), r.total(), r::toString);
    }

    // --- writing units ---------------------------------------------------------------------------

    @Test
    void aUnitUserMayNotCreateUnits() {
        Http.Response r = http.to("api/v1/units").as("pj-gxj").post(unit(newCode(), "越权单位"));
        assertEquals(403, r.status(), r::toString);
        assertEquals("application/problem+json", r.mediaType(), r::toString);
        assertEquals(403, r.json().getInt("status"), r::toString);
    }

    @Test
    void missingNameIs400WithTheFieldInTheCallersLanguage() {
        JsonObject noName = Json.createObjectBuilder().add("code", newCode()).add("type", "OTHER").add("regionCode", "430626").build();

        Http.Response zh = http.to("api/v1/units").as("office").post(noName);
        assertEquals(400, zh.status(), zh::toString);
        assertEquals("application/problem+json", zh.mediaType(), zh::toString);
        assertEquals(400, zh.json().getInt("status"), zh::toString);
        assertEquals(1, zh.errors("name").size(), zh::toString);
        assertEquals("必填", zh.errors("name").get(0).getString("message"), zh::toString);
        assertEquals("输入有误", zh.json().getString("title"), zh::toString);

        Http.Response en = http.to("api/v1/units").as("office").english().post(noName);
        assertEquals(400, en.status(), en::toString);
        assertEquals("Required", en.errors("name").get(0).getString("message"), en::toString);

        // Nothing was half-saved.
        Http.Response missing = http.to("api/v1/units/" + noName.getString("code")).as("office").get();
        assertEquals(404, missing.status(), missing::toString);
    }

    @Test
    void createReadChangeAndDeleteAUnit() throws Exception {
        String code = newCode();
        Http.Response created = http.to("api/v1/units").as("office").post(unit(code, "集成测试服务中心"));
        assertEquals(201, created.status(), created::toString);
        assertEquals("application/json", created.mediaType(), created::toString);
        String location = created.header("Location");
        assertNotNull(location, created::toString);
        assertTrue(location.endsWith("/api/v1/units/" + code), created::toString);
        assertEquals(code, created.json().getString("code"), created::toString);

        Http.Response read = http.to(URI.create(location).getPath().substring(1)).as("office").get();
        assertEquals(200, read.status(), read::toString);
        JsonObject unit = read.json();
        assertEquals("集成测试服务中心", unit.getString("name"), read::toString);
        assertEquals("OTHER", unit.getString("type"), read::toString);
        assertEquals("430626100", unit.getString("regionCode"), read::toString);
        assertEquals("13800138000", unit.getString("contactPhone"), read::toString);
        long version = unit.getJsonNumber("version").longValue();
        assertStoredInPostgreSql(code, "集成测试服务中心");

        Http.Response duplicate = http.to("api/v1/units").as("office").post(unit(code, "另一个单位"));
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertEquals("application/problem+json", duplicate.mediaType(), duplicate::toString);
        assertFalse(duplicate.errors("code").isEmpty(), duplicate::toString);

        Http.Response stale = http.to("api/v1/units/" + code).as("office").put(withVersion(unit(code, "过期的修改"), version + 1));
        assertEquals(409, stale.status(), stale::toString);
        assertFalse(stale.errors("version").isEmpty(), stale::toString);

        Http.Response changed = http.to("api/v1/units/" + code).as("office").put(withVersion(unit(code, "集成测试服务中心（改）"), version));
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(version + 1, changed.json().getJsonNumber("version").longValue(), changed::toString);
        assertEquals("集成测试服务中心（改）", changed.json().getString("name"), changed::toString);

        Http.Response second = http.to("api/v1/units/" + code).as("office").put(withVersion(unit(code, "第二个写入者"), version));
        assertEquals(409, second.status(), "the second writer with the old version is told: " + second);
        Http.Response after = http.to("api/v1/units/" + code).as("office").get();
        assertEquals("集成测试服务中心（改）", after.json().getString("name"), after::toString);

        Http.Response deleted = http.to("api/v1/units/" + code).as("office").delete();
        assertEquals(204, deleted.status(), deleted::toString);
        Http.Response gone = http.to("api/v1/units/" + code).as("office").get();
        assertEquals(404, gone.status(), gone::toString);
        Http.Response again = http.to("api/v1/units/" + code).as("office").delete();
        assertEquals(404, again.status(), again::toString);
    }

    @Test
    void theAuditLogNamesRecordsFieldsAndCodesInTheAuditorsLanguage() {
        String code = newCode();
        Http.Response created = http.to("api/v1/units").as("office").post(unit(code, "集成测试审计中心"));
        assertEquals(201, created.status(), created::toString);
        try {
            FacesForm english = new FacesForm(http);
            assertEquals(200, english.signIn("auditor", true).status());
            Http.Response en = english.open("platform/audit.xhtml");
            assertEquals(200, en.status(), en::toString);
            // The newest event is the unit just created: kind of record, action, fields and the unit type in English.
            String newest = en.body().substring(en.body().indexOf(code) - 400, en.body().indexOf(code) + 1200);
            assertTrue(newest.contains(">Responsible unit<") && newest.contains(">Created<"), newest);
            assertTrue(newest.contains("Name: (empty) → 集成测试审计中心"), newest);
            assertTrue(newest.contains("Type: (empty) → Other"), newest);
            assertFalse(newest.contains("type: ") || newest.contains("regionCode") || newest.contains(">CREATE<"), newest);
            assertTrue(en.body().contains(">Assistance plan</option>"), "the filter's kinds of record: " + en);

            // Signing in on the Chinese login page gives the account its Chinese back.
            FacesForm chinese = new FacesForm(http);
            assertEquals(200, chinese.signInChoosingChinese("auditor").status());
            Http.Response zh = chinese.open("platform/audit.xhtml");
            String newestZh = zh.body().substring(zh.body().indexOf(code) - 400, zh.body().indexOf(code) + 1200);
            assertTrue(newestZh.contains(">责任单位<") && newestZh.contains(">新建<"), newestZh);
            assertTrue(newestZh.contains("单位类型：（空） → 其他"), newestZh);
            assertTrue(zh.body().contains(">帮扶方案</option>"), "the filter's kinds of record: " + zh);
        } finally {
            http.to("api/v1/units/" + code).as("office").delete();
        }
    }

    @Test
    void aUnitWithAccountsCannotBeDeleted() {
        Http.Response zh = http.to("api/v1/units/pj-gxj").as("office").delete();
        assertEquals(409, zh.status(), zh::toString);
        assertEquals("application/problem+json", zh.mediaType(), zh::toString);
        String reason = zh.errors("code").get(0).getString("message");
        assertTrue(reason.contains("平江县工业和信息化局") && reason.contains("账号"), zh::toString);

        Http.Response en = http.to("api/v1/units/pj-gxj").as("office").english().delete();
        assertEquals(409, en.status(), en::toString);
        assertTrue(en.errors("code").get(0).getString("message").contains("account"), en::toString);

        Http.Response still = http.to("api/v1/units/pj-gxj").as("office").get();
        assertEquals(200, still.status(), still::toString);
    }

    @Test
    void formsAndPlainTextCannotWrite() {
        Http.Response text = http.to("api/v1/units").as("office").send("POST", "text/plain", unit(newCode(), "纯文本").toString());
        assertEquals(415, text.status(), text::toString);
        assertEquals("application/problem+json", text.mediaType(), text::toString);

        Http.Response form = http.to("api/v1/units").as("office").send("POST", "application/x-www-form-urlencoded", "code=it-form&name=x");
        assertEquals(415, form.status(), form::toString);

        Http.Response formDelete = http.to("api/v1/units/pj-sjzx").as("office").send("DELETE", "text/plain", "");
        assertEquals(415, formDelete.status(), formDelete::toString);
    }

    @Test
    void malformedJsonIs400Problem() {
        Http.Response r = http.to("api/v1/units").as("office").send("POST", "application/json", "{\"code\": \"it-x\", \"name\": ");
        assertEquals(400, r.status(), r::toString);
        assertEquals("application/problem+json", r.mediaType(), r::toString);
        assertEquals(400, r.json().getInt("status"), r::toString);

        Http.Response wrongShape = http.to("api/v1/units").as("office").send("POST", "application/json", "[1, 2, 3]");
        assertEquals(400, wrongShape.status(), wrongShape::toString);
        assertEquals("application/problem+json", wrongShape.mediaType(), wrongShape::toString);
    }

    // --- registry: enterprises, key projects, cadres ---------------------------------------------

    @Test
    void enterprisesAreScopedByRegionAndFilteredInTheDatabase() {
        Http.Response all = http.to("api/v1/enterprises?size=100&sort=creditCode").as("office").get();
        assertEquals(200, all.status(), all::toString);
        List<JsonObject> demo = all.items().stream().filter(e -> !e.getString("name").startsWith("集成测试")).toList();
        assertEquals(PINGJIANG_ENTERPRISES, demo.size(), all::toString);
        assertTrue(all.items().stream().allMatch(e -> e.getString("regionCode").startsWith("430626")), all::toString);

        Http.Response fourAbove = http.to("api/v1/enterprises?size=100&fourAbove=true&industry=C").as("office").get();
        assertEquals(200, fourAbove.status(), fourAbove::toString);
        assertTrue(fourAbove.total() > 0 && fourAbove.total() < all.total(), fourAbove::toString);
        for (JsonObject e : fourAbove.items()) {
            assertEquals("C", e.getString("industry"), fourAbove::toString);
            assertEquals("ABOVE_SCALE_INDUSTRY", e.getJsonArray("scaleFlags").getString(0), fourAbove::toString);
        }
        Http.Response tagged = http.to("api/v1/enterprises?tag=" + Http.encode("鞋业")).as("leader").get();
        assertEquals(200, tagged.status(), tagged::toString);
        assertTrue(tagged.total() >= 2, tagged::toString);

        // 岳阳县's enterprises are not in 平江's list above; 岳阳's 工信局 helps none of 平江's: it lists none, and a 平江 code
        // is 404 there, whether or not it exists.
        Http.Response theirs = http.to("api/v1/enterprises").as("yy-gxj").get();
        assertEquals(200, theirs.status(), theirs::toString);
        assertEquals(0, theirs.total(), theirs::toString);
        String pingjiangCode = demo.get(0).getString("creditCode");
        Http.Response hidden = http.to("api/v1/enterprises/" + pingjiangCode).as("yy-gxj").get();
        assertEquals(404, hidden.status(), hidden::toString);
        assertFalse(hidden.body().contains(demo.get(0).getString("name")), hidden::toString);

        Http.Response enterpriseRole = http.to("api/v1/enterprises").as("enterprise").get();
        assertEquals(403, enterpriseRole.status(), enterpriseRole::toString);
        assertEquals("application/problem+json", enterpriseRole.mediaType(), enterpriseRole::toString);
    }

    @Test
    void aUnitSeesTheEnterprisesItHelpsAndNoOthers() {
        // 汉昌街道 is on the current assignments of three demo enterprises; its registry lists those, not the county's 29.
        java.util.Set<String> helped = new java.util.HashSet<>();
        for (JsonObject a : http.to("api/v1/me/assignments").as("pj-hcjd").get().array()) {
            helped.add(a.getJsonObject("target").getString("creditCode"));
        }
        assertEquals(3, helped.size(), helped::toString);
        Http.Response listed = http.to("api/v1/enterprises?size=100").as("pj-hcjd").get();
        assertEquals(200, listed.status(), listed::toString);
        java.util.Set<String> codes = new java.util.HashSet<>();
        listed.items().forEach(e -> codes.add(e.getString("creditCode")));
        assertTrue(codes.containsAll(helped), listed::toString);
        assertTrue(listed.total() < PINGJIANG_ENTERPRISES, listed::toString);
        assertEquals(codes.size(), listed.total(), listed::toString);

        String one = helped.iterator().next();
        Http.Response read = http.to("api/v1/enterprises/" + one).as("pj-hcjd").get();
        assertEquals(200, read.status(), read::toString);
        String other = http.to("api/v1/enterprises?size=100").as("office").get().items().stream()
                .map(e -> e.getString("creditCode")).filter(c -> !codes.contains(c)).findFirst().orElseThrow();
        Http.Response notHis = http.to("api/v1/enterprises/" + other).as("pj-hcjd").get();
        assertEquals(404, notHis.status(), notHis::toString);
        // The contact leader keeps the county-wide view.
        Http.Response leader = http.to("api/v1/enterprises/" + other).as("leader").get();
        assertEquals(200, leader.status(), leader::toString);

        // 财政局's cadre is stationed at 华晟新材料 now and was at 恒基粉末冶金 until May: the unit sees the first, and the
        // second only if an assignment gives it: exactly the enterprises of its assignments and current stationings.
        java.util.Set<String> czjExpected = new java.util.TreeSet<>();
        http.to("api/v1/me/assignments").as("pj-czj").get().array().stream()
                .map(a -> a.getJsonObject("target")).filter(t -> t.containsKey("creditCode") && !t.isNull("creditCode"))
                .forEach(t -> czjExpected.add(t.getString("name")));
        czjExpected.add("平江县华晟新材料有限公司");
        java.util.Set<String> czjListed = new java.util.TreeSet<>();
        http.to("api/v1/enterprises?size=100").as("pj-czj").get().items().forEach(e -> czjListed.add(e.getString("name")));
        assertEquals(czjExpected, czjListed);

        // Key projects the same way: 汉昌街道 helps none of the county's, so it lists none and reads none.
        Http.Response countyProjects = http.to("api/v1/key-projects?size=100").as("office").get();
        assertTrue(countyProjects.total() > 0, countyProjects::toString);
        Http.Response unitProjects = http.to("api/v1/key-projects?size=100").as("pj-hcjd").get();
        assertEquals(200, unitProjects.status(), unitProjects::toString);
        assertEquals(0, unitProjects.total(), unitProjects::toString);
        long project = countyProjects.items().get(0).getJsonNumber("id").longValue();
        Http.Response notHisProject = http.to("api/v1/key-projects/" + project).as("pj-hcjd").get();
        assertEquals(404, notHisProject.status(), notHisProject::toString);
    }

    @Test
    void creditCodesAreCheckedNormalisedAndUniqueAndStaleVersionsRefused() {
        String code = newCreditCode();
        JsonObject shortCode = enterprise(code.substring(0, 17), "集成测试短码有限公司");
        Http.Response bad = http.to("api/v1/enterprises").as("office").post(shortCode);
        assertEquals(400, bad.status(), bad::toString);
        assertEquals("统一社会信用代码应为 18 位，现为 17 位", bad.errors("creditCode").get(0).getString("message"), bad::toString);
        String wrongCheck = code.substring(0, 17) + (code.endsWith("0") ? "1" : "0");
        Http.Response badCheck = http.to("api/v1/enterprises").as("office").english().post(enterprise(wrongCheck, "集成测试校验位有限公司"));
        assertEquals(400, badCheck.status(), badCheck::toString);
        assertEquals("The check character should be " + code.substring(17) + ", not " + wrongCheck.substring(17)
                + ": look for a mistyped character", badCheck.errors("creditCode").get(0).getString("message"), badCheck::toString);

        // Lower case with spaces is the same code: stored in upper case, found in any spelling.
        String typed = code.toLowerCase(java.util.Locale.ROOT).substring(0, 8) + " " + code.toLowerCase(java.util.Locale.ROOT).substring(8);
        Http.Response created = http.to("api/v1/enterprises").as("office").post(enterprise(typed, "集成测试信用代码有限公司"));
        assertEquals(201, created.status(), created::toString);
        assertEquals(code, created.json().getString("creditCode"), created::toString);
        assertTrue(created.header("Location").endsWith("/api/v1/enterprises/" + code), created::toString);
        Http.Response read = http.to("api/v1/enterprises/" + code.toLowerCase(java.util.Locale.ROOT)).as("leader").get();
        assertEquals(200, read.status(), read::toString);
        long version = read.json().getJsonNumber("version").longValue();

        Http.Response duplicate = http.to("api/v1/enterprises").as("office").post(enterprise(code, "集成测试重复有限公司"));
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertFalse(duplicate.errors("creditCode").isEmpty(), duplicate::toString);

        JsonObject change = Json.createObjectBuilder(enterprise(code, "集成测试信用代码有限公司"))
                .add("tags", Json.createArrayBuilder().add("集成测试")).add("version", version).build();
        Http.Response changed = http.to("api/v1/enterprises/" + code).as("office").put(change);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals(version + 1, changed.json().getJsonNumber("version").longValue(), changed::toString);
        Http.Response stale = http.to("api/v1/enterprises/" + code).as("office").put(change);
        assertEquals(409, stale.status(), stale::toString);
        assertFalse(stale.errors("version").isEmpty(), stale::toString);
        Http.Response unitUser = http.to("api/v1/enterprises/" + code).as("pj-gxj").put(change);
        assertEquals(403, unitUser.status(), unitUser::toString);
    }

    @Test
    void twoSavesOfTheSameVersionAtOnceGiveOneSaveAndOneConflictNeverAnError() throws Exception {
        String code = newCreditCode();
        Http.Response created = http.to("api/v1/enterprises").as("office").post(enterprise(code, "集成测试并发保存有限公司"));
        assertEquals(201, created.status(), created::toString);
        long version = created.json().getJsonNumber("version").longValue();
        // Both requests read the same version; whichever loses, at the version check or in the database, gets 409.
        for (int round = 0; round < 5; round++) {
            JsonObject change = Json.createObjectBuilder(enterprise(code, "集成测试并发保存有限公司"))
                    .add("park", "第" + round + "轮").add("version", version).build();
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                var one = pool.submit(() -> http.to("api/v1/enterprises/" + code).as("office").put(change));
                var other = pool.submit(() -> http.to("api/v1/enterprises/" + code).as("office").put(change));
                Http.Response first = one.get();
                Http.Response second = other.get();
                List<Integer> statuses = new ArrayList<>(List.of(first.status(), second.status()));
                Collections.sort(statuses);
                assertEquals(List.of(200, 409), statuses, () -> first + "\n" + second);
            } finally {
                pool.shutdown();
            }
            version++;
        }
        Http.Response read = http.to("api/v1/enterprises/" + code).as("office").get();
        assertEquals(version, read.json().getJsonNumber("version").longValue(), read::toString);
    }

    @Test
    void anEnterpriseFileIsImportedWhollyOrNotAtAllAndTheSameFileTwiceChangesNothing() {
        Http.Response template = http.to("api/v1/imports/enterprises/template").as("office").get();
        assertEquals(200, template.status(), template::toString);
        assertTrue(template.header("Content-Disposition").contains("filename*=UTF-8''"), template::toString);

        String good = newCreditCode();
        List<cn.bangfu.registry.entity.EnterpriseData> rows = List.of(
                new cn.bangfu.registry.entity.EnterpriseData(good, "集成测试导入食品有限公司", "430626100", "C 制造业", List.of("规上工业"),
                        null, null, null, null, "13800138000", List.of("食品"), null));
        byte[] file = cn.bangfu.registry.control.EnterpriseSheet.export(rows);
        Http.Response first = http.to("api/v1/imports/enterprises").as("office").send("POST", XLSX, file);
        assertEquals(200, first.status(), first::toString);
        assertEquals(1, first.json().getInt("created"), first::toString);
        Http.Response second = http.to("api/v1/imports/enterprises").as("office").send("POST", XLSX, file);
        assertEquals(200, second.status(), second::toString);
        assertEquals(0, second.json().getInt("created"), second::toString);
        assertEquals(0, second.json().getInt("updated"), second::toString);
        assertEquals(1, second.json().getInt("unchanged"), second::toString);

        String notSaved = newCreditCode();
        byte[] bad = cn.bangfu.registry.control.EnterpriseSheet.export(List.of(
                new cn.bangfu.registry.entity.EnterpriseData(notSaved, "集成测试不该保存有限公司", "430626", "C", List.of(), null, null, null, null,
                        null, List.of(), null),
                new cn.bangfu.registry.entity.EnterpriseData(good.substring(0, 10) + "O" + good.substring(11), "", "430621", "C", List.of(),
                        null, null, null, null, null, List.of(), null)));
        Http.Response rejected = http.to("api/v1/imports/enterprises").as("office").send("POST", XLSX, bad);
        assertEquals(422, rejected.status(), rejected::toString);
        List<JsonObject> errors = rejected.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("3A", "3B", "3C"), errors.stream().map(e -> e.getInt("row") + e.getString("column")).toList(), rejected::toString);
        Http.Response missing = http.to("api/v1/enterprises/" + notSaved).as("office").get();
        assertEquals(404, missing.status(), "nothing half-saved: " + missing);
    }

    @Test
    void countyLeadersAreCadresAndKeyProjectsAreListedByCategory() {
        Http.Response leaders = http.to("api/v1/cadres?rank=COUNTY_LEADER&size=50").as("leader").get();
        assertEquals(200, leaders.status(), leaders::toString);
        assertEquals(8, leaders.total(), leaders::toString);
        assertTrue(leaders.items().stream().allMatch(c -> List.of("pj-xw", "pj-zf").contains(c.getString("unitCode"))), leaders::toString);
        Http.Response none = http.to("api/v1/cadres?unitCode=pj-xw").as("yy-gxj").get();
        assertEquals(0, none.total(), none::toString);

        Http.Response projects = http.to("api/v1/key-projects?category=INFRASTRUCTURE").as("office").get();
        assertEquals(200, projects.status(), projects::toString);
        assertTrue(projects.total() >= 2, projects::toString);
        assertTrue(projects.items().stream().allMatch(p -> "INFRASTRUCTURE".equals(p.getString("category"))), projects::toString);
        Http.Response unknownCategory = http.to("api/v1/key-projects").as("office")
                .post(Json.createObjectBuilder().add("name", "集成测试项目").add("category", "NOPE").add("regionCode", "430626").build());
        assertEquals(400, unknownCategory.status(), unknownCategory::toString);
        assertFalse(unknownCategory.errors("category").isEmpty(), unknownCategory::toString);
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** A valid credit code no demo enterprise has: registered in 平江县 with a random entity code. */
    private static String newCreditCode() {
        String alphabet = cn.bangfu.registry.entity.CreditCode.ALPHABET;
        StringBuilder body = new StringBuilder("MA4T");
        for (int i = 0; i < 4; i++) {
            body.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return cn.bangfu.registry.entity.CreditCode.compose('9', '1', "430626", body.toString());
    }

    private static JsonObject enterprise(String creditCode, String name) {
        return Json.createObjectBuilder()
                .add("creditCode", creditCode).add("name", name).add("regionCode", "430626100").add("industry", "C")
                .add("scaleFlags", Json.createArrayBuilder().add("ABOVE_SCALE_INDUSTRY"))
                .build();
    }

    private static String newCode() {
        return "it-" + Integer.toString(ThreadLocalRandom.current().nextInt(1 << 30), 36);
    }

    private static JsonObject unit(String code, String name) {
        return Json.createObjectBuilder()
                .add("code", code).add("name", name).add("type", "OTHER").add("regionCode", "430626100")
                .add("headName", "测试负责人").add("contactName", "测试联系人").add("contactPhone", "13800138000")
                .build();
    }

    private static JsonObject withVersion(JsonObject unit, long version) {
        return Json.createObjectBuilder(unit).add("version", version).build();
    }

    /** On PostgreSQL, look into the database this run created: the server really writes there. */
    private static void assertStoredInPostgreSql(String code, String name) throws Exception {
        String url = System.getProperty("bangfu.it.jdbc");
        if (!"postgres".equals(System.getProperty("bangfu.it.db"))) {
            return;
        }
        assertNotNull(url, "bangfu.it.jdbc is not set: was the database created by ItDatabase?");
        try (Connection c = ItDatabase.connect(url, System.getProperty("bangfu.it.jdbc.user"), System.getProperty("bangfu.it.jdbc.password"));
             PreparedStatement s = c.prepareStatement("select name from unit where code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "unit " + code + " is not in " + url);
                assertEquals(name, rs.getString(1));
            }
        }
    }
}
