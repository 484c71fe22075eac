package cn.bangfu.web.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** A small HTTP client for the integration tests: one request at a time, as a user (or nobody) would send it. */
public final class Http {

    public static final String DEMO_PASSWORD = "Bangfu-demo-2026";

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI root;

    public Http(URI root) {
        this.root = root;
    }

    public URI root() {
        return root;
    }

    /** A request to a path below the application's root, e.g. "api/v1/units?q=pj". */
    public Request to(String path) {
        return new Request(root.resolve(path));
    }

    public final class Request {
        private final HttpRequest.Builder builder;

        Request(URI uri) {
            builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        }

        public Request as(String login) {
            return as(login, DEMO_PASSWORD);
        }

        public Request as(String login, String password) {
            String token = Base64.getEncoder().encodeToString((login + ":" + password).getBytes(StandardCharsets.UTF_8));
            builder.header("Authorization", "Basic " + token);
            return this;
        }

        public Request header(String name, String value) {
            builder.header(name, value);
            return this;
        }

        Request english() {
            return header("Accept-Language", "en");
        }

        public Response get() {
            return send(builder.GET());
        }

        /** A GET of a file, such as an .xlsx export: its bytes as sent, not decoded as text. */
        File file() {
            HttpResponse<byte[]> r = exchange(builder.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new File(r.statusCode(), r.headers().firstValue("Content-Type").orElse(null),
                    r.headers().firstValue("Content-Disposition").orElse(null), r.body());
        }

        Response delete() {
            return send(builder.DELETE());
        }

        public Response post(JsonObject body) {
            return send("POST", "application/json", body.toString());
        }

        Response put(JsonObject body) {
            return send("PUT", "application/json", body.toString());
        }

        Response send(String method, String contentType, String body) {
            builder.header("Content-Type", contentType);
            return send(builder.method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
        }

        /** A binary body, such as an xlsx file for an import. */
        Response send(String method, String contentType, byte[] body) {
            builder.header("Content-Type", contentType);
            return send(builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)));
        }

        private Response send(HttpRequest.Builder b) {
            HttpRequest request = b.build();
            return new Response(request.method() + " " + request.uri(), exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        }

        private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
            try {
                return client.send(request, body);
            } catch (IOException e) {
                throw new UncheckedIOException(request.method() + " " + request.uri() + ": " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** A downloaded file: status, Content-Type, Content-Disposition and body. */
    public record File(int status, String contentType, String disposition, byte[] body) {

        @Override
        public String toString() {
            return status + " " + contentType + " " + disposition + (contentType != null && contentType.contains("json")
                    ? "\n" + new String(body, StandardCharsets.UTF_8) : " (" + body.length + " bytes)");
        }
    }

    /** A query parameter's value, URL-encoded. */
    static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** What came back, with shortcuts for assertions. toString() is the whole exchange, for failure messages. */
    public record Response(String request, HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The media type without parameters, e.g. "application/problem+json". */
        String mediaType() {
            String type = header("Content-Type");
            return type == null ? null : type.split(";")[0].strip().toLowerCase();
        }

        public JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readObject();
            }
        }

        /** The objects of a response that is a JSON array, e.g. /me/assignments. */
        public List<JsonObject> array() {
            try (JsonReader reader = Json.createReader(new StringReader(body()))) {
                return reader.readArray().getValuesAs(JsonObject.class);
            }
        }

        /** The "items" of a list response. */
        List<JsonObject> items() {
            return json().getJsonArray("items").getValuesAs(JsonObject.class);
        }

        public long total() {
            return json().getJsonNumber("total").longValue();
        }

        /** The codes of a list response's items, in order. */
        List<String> codes() {
            List<String> codes = new ArrayList<>();
            for (JsonObject item : items()) {
                codes.add(item.getString("code"));
            }
            return codes;
        }

        /** The problem document's "errors" entries for one field. */
        List<JsonObject> errors(String field) {
            JsonArray errors = json().getJsonArray("errors");
            List<JsonObject> result = new ArrayList<>();
            if (errors != null) {
                for (JsonValue v : errors) {
                    if (field.equals(v.asJsonObject().getString("field", null))) {
                        result.add(v.asJsonObject());
                    }
                }
            }
            return result;
        }

        @Override
        public String toString() {
            String b = body() == null ? "" : body();
            return request + " -> " + status() + " " + raw.headers().map() + "\n" + (b.length() > 2000 ? b.substring(0, 2000) + "…" : b);
        }
    }
}
