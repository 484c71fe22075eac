package cn.bangfu.web.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser-less user of the Faces pages: signs in on the login page and keeps the session cookie,
 * reads pages and posts a page's form back with its view state, as a non-Ajax button does (the
 * matrix and the enterprise export have no API).
 */
final class FacesSession {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]*)\"");

    // HTTP/1.1: an HTTP/2 connection (h2c) is dropped while the server takes a minute to build a large export
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final URI root;

    /** What a page answered: status, body size and, for a page, its view state. */
    record Answer(int status, long bytes, String viewState) {
    }

    FacesSession(URI root, String login, String password) {
        this.root = root;
        Answer page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", login);
        form.put("login:password", password);
        form.put("login:submit", "");
        Answer signedIn = post("login.xhtml", form, page.viewState());
        if (signedIn.status() != 302 && signedIn.status() != 303) {
            throw new IllegalStateException("signing in as " + login + " answered " + signedIn.status());
        }
    }

    Answer get(String path) {
        return send(HttpRequest.newBuilder(root.resolve(path)).GET());
    }

    /** Posts a page's form (field name → value) with the page's view state. */
    Answer post(String path, Map<String, String> fields, String viewState) {
        StringJoiner body = new StringJoiner("&");
        fields.forEach((k, v) -> body.add(enc(k) + "=" + enc(v)));
        body.add(enc("jakarta.faces.ViewState") + "=" + enc(viewState));
        return send(HttpRequest.newBuilder(root.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<InputStream> r = client.send(request.timeout(Duration.ofMinutes(10)).build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            String type = r.headers().firstValue("Content-Type").orElse("");
            try (InputStream in = r.body()) {
                if (type.startsWith("text/html")) {
                    String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    Matcher m = VIEW_STATE.matcher(html);
                    return new Answer(r.statusCode(), html.getBytes(StandardCharsets.UTF_8).length, m.find() ? m.group(1) : null);
                }
                // a download is counted, never held: the client must not be what runs out of memory
                long bytes = 0;
                byte[] buffer = new byte[65536];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                }
                return new Answer(r.statusCode(), bytes, null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
