package cn.bangfu.web.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Faces page read and posted back the way a browser does it, without a browser: the session cookie,
 * the view state and PrimeFaces' CSP nonce (which its script adds to every post) carried over.
 */
final class FacesForm {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");
    private static final Pattern COOKIE = Pattern.compile("^([^=;]+)=([^;]*)");

    private final Http http;
    /** The session cookie and Payara's session version cookie (it replicates sessions: <distributable/>). */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private String viewState;
    private String nonce;

    FacesForm(Http http) {
        this.http = http;
    }

    /** GETs a page in this browser's session; a redirect is followed once. */
    Http.Response open(String path) {
        Http.Response r = request(path).get();
        remember(r);
        if (r.status() == 302 && r.header("Location") != null) {
            r = request(relative(r.header("Location"))).get();
            remember(r);
        }
        return r;
    }

    /** Posts the form last opened, with its view state, and the nonce unless {@code withNonce} is false. */
    Http.Response post(String path, boolean withNonce, Map<String, String> fields) {
        Map<String, String> all = new LinkedHashMap<>(fields);
        all.put("jakarta.faces.ViewState", viewState);
        if (withNonce) {
            all.put("primefaces.nonce", nonce);
        }
        String body = all.entrySet().stream().map(e -> Http.encode(e.getKey()) + "=" + Http.encode(e.getValue()))
                .collect(Collectors.joining("&"));
        Http.Response r = request(path).send("POST", "application/x-www-form-urlencoded", body);
        remember(r);
        return r;
    }

    /** Signs in on the login page (with its language link clicked first if {@code switchLanguage}); answers the page after it. */
    Http.Response signIn(String login, boolean switchLanguage) {
        open("login.xhtml");
        if (switchLanguage) {
            post("login.xhtml", true, Map.of("login", "login", "login:language", "login:language"));
            open("login.xhtml");
        }
        Http.Response r = post("login.xhtml", true, Map.of("login", "login", "login:username", login,
                "login:password", Http.DEMO_PASSWORD, "login:submit", ""));
        return r.status() == 302 ? open(relative(r.header("Location"))) : r;
    }

    /** Signs in having switched the login page from English to Chinese: Chinese becomes the account's language again. */
    Http.Response signInChoosingChinese(String login) {
        open("login.xhtml?lang=en");
        post("login.xhtml", true, Map.of("login", "login", "login:language", "login:language"));
        open("login.xhtml");
        Http.Response r = post("login.xhtml", true, Map.of("login", "login", "login:username", login,
                "login:password", Http.DEMO_PASSWORD, "login:submit", ""));
        return r.status() == 302 ? open(relative(r.header("Location"))) : r;
    }

    private Http.Request request(String path) {
        Http.Request r = http.to(path);
        return cookies.isEmpty() ? r : r.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                .collect(Collectors.joining("; ")));
    }

    private void remember(Http.Response r) {
        r.raw().headers().allValues("Set-Cookie").forEach(c -> {
            Matcher m = COOKIE.matcher(c);
            if (m.find()) {
                cookies.put(m.group(1).strip(), m.group(2));
            }
        });
        Matcher v = VIEW_STATE.matcher(r.body());
        if (v.find()) {
            viewState = v.group(1);
        }
        Matcher n = NONCE.matcher(r.body());
        if (n.find()) {
            nonce = n.group(1);
        }
    }

    private static String relative(String location) {
        String path = location.replaceFirst("^https?://[^/]+", "");
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
