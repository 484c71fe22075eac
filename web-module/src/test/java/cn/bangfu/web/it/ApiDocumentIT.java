package cn.bangfu.web.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document the province generates its clients from, as the real build output serves it on Payara Micro:
 * it parses without a complaint, names every operation and parameter, and types every body and every success as the
 * server really answers (the JSON it writes has only the properties its schema names).
 *
 * <p>Apart from ApplicationIT because it is one concern, the document as a whole; it boots its own Payara Micro. Runs on
 * H2 by default and on a fresh PostgreSQL database with -Ppostgres. The unit it creates has a code starting with "it-oa-"
 * and is deleted again.
 */
@Tag("integration")
class ApiDocumentIT extends DeployedBangfu {

    @Test
    void openApiListsTheUnitsApiWithoutSigningIn() {
        Http.Response r = http.to("openapi").get();
        assertEquals(200, r.status(), r::toString);
        assertTrue(r.body().contains("/api/v1/units"), r::toString);
        assertTrue(r.body().contains("/api/v1/units/{code}"), r::toString);
    }

    /**
     * The province generates clients from /openapi: the document must parse without a complaint and
     * pass what a linter (Redocly's recommended rules) checks and a generated client needs.
     */
    @Test
    void openApiIsAValidDocumentToGenerateClientsFrom() {
        Http.Response r = http.to("openapi").header("Accept", "application/json").get();
        assertEquals(200, r.status(), r::toString);
        assertEquals("application/json", r.mediaType(), r::toString);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(r.body(), null, options);
        // Unknown properties (Payara 6's top-level "endpoints"), broken references, missing required fields.
        assertEquals(List.of(), parsed.getMessages(), "the parser's complaints");
        OpenAPI api = parsed.getOpenAPI();
        assertNotNull(api, r::toString);
        Set<String> standard = Set.of("openapi", "info", "servers", "paths", "components", "security", "tags", "externalDocs");
        assertEquals(Set.of(), r.json().keySet().stream().filter(k -> !standard.contains(k) && !k.startsWith("x-")).collect(Collectors.toSet()),
                "non-standard top-level properties");

        assertFalse(api.getServers().isEmpty());
        api.getServers().forEach(s -> assertFalse(s.getUrl().endsWith("/"), "trailing slash: " + s.getUrl()));

        Map<String, List<String>> ids = new TreeMap<>();
        List<String> faults = new ArrayList<>();
        Pattern templateParameter = Pattern.compile("\\{([^}]*)}");
        api.getPaths().forEach((path, item) -> {
            Set<String> named = new TreeSet<>();
            Matcher m = templateParameter.matcher(path);
            while (m.find()) {
                named.add(m.group(1));
            }
            item.readOperationsMap().forEach((method, operation) -> {
                String where = method + " " + path;
                if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
                    faults.add(where + ": no operationId");
                } else {
                    ids.computeIfAbsent(operation.getOperationId(), id -> new ArrayList<>()).add(where);
                }
                List<Parameter> parameters = new ArrayList<>();
                Optional.ofNullable(item.getParameters()).ifPresent(parameters::addAll);
                Optional.ofNullable(operation.getParameters()).ifPresent(parameters::addAll);
                Set<String> inPath = parameters.stream().map(p -> resolve(api, p)).filter(p -> "path".equals(p.getIn()))
                        .map(Parameter::getName).collect(Collectors.toCollection(TreeSet::new));
                if (!named.equals(inPath) || path.contains(":")) {
                    faults.add(where + ": path names " + named + ", parameters in path " + inPath);
                }
                List<String> problems = operation.getResponses().entrySet().stream().filter(e -> e.getKey().startsWith("4"))
                        .map(e -> e.getKey() + " " + problemSchema(api, e.getValue())).toList();
                if (problems.isEmpty() || !problems.stream().allMatch(p -> p.endsWith("#/components/schemas/Problem"))) {
                    faults.add(where + ": 4xx responses " + problems);
                }
            });
        });
        assertEquals(List.of(), faults);
        assertTrue(ids.size() > 50, "operations: " + ids);
        assertEquals(Map.of(), ids.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "operationIds used more than once");

        // Lists document the paging the server enforces: size 1..500 (default 20), page from 0.
        Operation listUnits = api.getPaths().get("/api/v1/units").getGet();
        assertEquals("listUnits", listUnits.getOperationId());
        Map<String, Parameter> paging = listUnits.getParameters().stream().map(p -> resolve(api, p))
                .collect(Collectors.toMap(Parameter::getName, p -> p));
        assertEquals(new BigDecimal(500), paging.get("size").getSchema().getMaximum(), () -> paging.get("size").toString());
        assertEquals(BigDecimal.ONE, paging.get("size").getSchema().getMinimum());
        assertEquals(20, ((Number) paging.get("size").getSchema().getDefault()).intValue());
        assertEquals(BigDecimal.ZERO, paging.get("page").getSchema().getMinimum());
        assertTrue(paging.containsKey("sort") && paging.containsKey("q"), paging::toString);
        // A record's id is an integer in the path, as the server's regex [0-9]+ wants it.
        Parameter cadreId = api.getPaths().get("/api/v1/cadres/{id}").getGet().getParameters().get(0);
        assertEquals("integer", cadreId.getSchema().getType(), cadreId::toString);
    }

    /**
     * A client generated from /openapi gets the bodies' types and the statuses the server answers: every success is
     * documented with its status (201 for a record created, 202 for a job, 204 for nothing) and a typed schema, and the
     * JSON the server writes has only the properties its schema names.
     */
    @Test
    void openApiDescribesTheBodiesAndTheSuccessOfEveryOperation() {
        OpenAPI api = new OpenAPIV3Parser().readContents(http.to("openapi").header("Accept", "application/json").get().body(), null, null)
                .getOpenAPI();
        Map<String, Schema> schemas = api.getComponents().getSchemas();
        List<String> faults = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            String where = method + " " + path;
            List<String> successes = operation.getResponses().keySet().stream().filter(s -> s.startsWith("2")).toList();
            if (successes.size() != 1 || operation.getResponses().containsKey("default")) {
                faults.add(where + ": responses " + operation.getResponses().keySet());
            }
            successes.forEach(s -> {
                Optional<io.swagger.v3.oas.models.media.Content> content = Optional.ofNullable(operation.getResponses().get(s).getContent());
                if (content.isEmpty() != "204".equals(s)) {
                    faults.add(where + ": " + s + (content.isEmpty() ? " without a body" : " with a body"));
                }
                content.ifPresent(c -> c.forEach((type, media) -> {
                    if (untyped(media.getSchema())) {
                        faults.add(where + ": " + s + " " + type + " untyped");
                    }
                }));
            });
            Optional.ofNullable(operation.getRequestBody()).map(RequestBody::getContent).ifPresent(c -> c.forEach((type, media) -> {
                if (untyped(media.getSchema())) {
                    faults.add(where + ": request " + type + " untyped");
                }
            }));
        }));
        assertEquals(List.of(), faults);

        assertEquals("#/components/schemas/Appraisals.Opened", success(api, "/api/v1/campaigns/{code}/appraisals", "POST", "201"));
        assertEquals("#/components/schemas/Appraisals.Opening", api.getPaths().get("/api/v1/campaigns/{code}/appraisals").getPost()
                .getRequestBody().getContent().get("application/json").getSchema().get$ref());
        assertEquals("#/components/schemas/ScoringJobData", success(api, "/api/v1/campaigns/{code}/appraisals/score", "POST", "202"));
        assertEquals("#/components/schemas/UnitData", success(api, "/api/v1/units", "POST", "201"));
        assertEquals(null, api.getPaths().get("/api/v1/units/{code}").getDelete().getResponses().get("204").getContent());
        assertEquals("#/components/schemas/ListingOfUnitData", success(api, "/api/v1/units", "GET", "200"));
        assertEquals("#/components/schemas/UnitData", ((Schema<?>) schemas.get("ListingOfUnitData").getProperties().get("items")).getItems().get$ref());
        Schema<?> version = (Schema<?>) schemas.get("UnitData").getProperties().get("version");
        assertEquals("integer", version.getType());
        assertEquals("int64", version.getFormat());
        // A tree refers to itself: an indicator's children are indicators.
        assertEquals("#/components/schemas/SchemeData.IndicatorData",
                ((Schema<?>) schemas.get("SchemeData.IndicatorData").getProperties().get("children")).getItems().get$ref());
        assertEquals(List.of("PROVINCE", "CITY", "COUNTY", "TOWNSHIP"), ((Schema<?>) schemas.get("RegionData").getProperties().get("level"))
                .getEnum().stream().map(String::valueOf).toList(), () -> schemas.get("RegionData").toString());
        assertEquals("binary", api.getPaths().get("/api/v1/photos/{id}").getGet().getResponses().get("200").getContent()
                .get("image/jpeg").getSchema().getFormat());

        // What the server writes is what the document says it writes, nested records too.
        for (String list : List.of("units", "regions", "campaigns", "enterprises", "cadres", "key-projects")) {
            Http.Response r = http.to("api/v1/" + list + "?size=5").as("office").get();
            assertEquals(200, r.status(), r::toString);
            assertTrue(r.total() > 0, () -> list + " has demo data: " + r);
            assertDocumented(schemas, success(api, "/api/v1/" + list, "GET", "200"), r.json(), list);
        }
        Http.Response campaign = http.to("api/v1/campaigns/pj-2026-lsbf").as("office").get();
        assertEquals(200, campaign.status(), campaign::toString);
        assertDocumented(schemas, success(api, "/api/v1/campaigns/{code}", "GET", "200"), campaign.json(), "a campaign");
        // Rates with nothing to divide are written as null: the document says they may be.
        Http.Response metrics = http.to("api/v1/campaigns/pj-2026-lsbf/metrics?by=unit").as("office").get();
        assertEquals(200, metrics.status(), metrics::toString);
        assertDocumented(schemas, success(api, "/api/v1/campaigns/{code}/metrics", "GET", "200"), metrics.json(), "the metrics");

        // A record created answers 201 with its address in Location, as documented; one deleted 204 without a body.
        ApiResponse createdUnit = api.getPaths().get("/api/v1/units").getPost().getResponses().get("201");
        assertNotNull(createdUnit.getHeaders().get("Location"), createdUnit::toString);
        assertNull(api.getPaths().get("/api/v1/campaigns/{code}/appraisals").getPost().getResponses().get("201").getHeaders(),
                "opening forms creates several: no Location");
        String code = "it-oa-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        Http.Response created = http.to("api/v1/units").as("office").post(Json.createObjectBuilder().add("code", code).add("name", "接口文档测试单位")
                .add("type", "OTHER").add("regionCode", "430626").build());
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/api/v1/units/" + code), created::toString);
        assertDocumented(schemas, createdUnit.getContent().get("application/json").getSchema().get$ref(), created.json(), "a unit created");
        assertEquals(204, http.to("api/v1/units/" + code).as("office").delete().status());
    }

    /** Every property of the JSON is named by its schema, down through objects and arrays. */
    private static void assertDocumented(Map<String, Schema> schemas, String ref, jakarta.json.JsonValue json, String where) {
        Schema<?> schema = schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        assertNotNull(schema, () -> where + ": no schema " + ref);
        assertDocumented(schemas, schema, json, where);
    }

    private static void assertDocumented(Map<String, Schema> schemas, Schema<?> schema, jakarta.json.JsonValue json, String where) {
        if (json == jakarta.json.JsonValue.NULL) {
            assertTrue(Boolean.TRUE.equals(schema.getNullable()), where + " is null where its schema does not allow it: " + schema);
        } else if (schema.get$ref() == null && schema.getAllOf() != null && schema.getAllOf().size() == 1) {
            assertDocumented(schemas, (Schema<?>) schema.getAllOf().get(0), json, where);
        } else if (schema.get$ref() != null) {
            assertDocumented(schemas, schema.get$ref(), json, where);
        } else if (json instanceof JsonObject object && schema.getProperties() != null) {
            Set<String> undocumented = new TreeSet<>(object.keySet());
            undocumented.removeAll(schema.getProperties().keySet());
            assertEquals(Set.of(), undocumented, where + " has properties its schema does not name: " + schema.getProperties().keySet());
            object.forEach((name, value) -> assertDocumented(schemas, (Schema<?>) schema.getProperties().get(name), value, where + "." + name));
        } else if (json instanceof jakarta.json.JsonArray array && schema.getItems() != null) {
            array.forEach(value -> assertDocumented(schemas, schema.getItems(), value, where + "[]"));
        }
    }

    private static String success(OpenAPI api, String path, String method, String status) {
        Operation operation = api.getPaths().get(path).readOperationsMap().get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(method));
        ApiResponse response = operation.getResponses().get(status);
        assertNotNull(response, () -> method + " " + path + " answers " + operation.getResponses().keySet());
        return response.getContent().get("application/json").getSchema().get$ref();
    }

    /** Payara's schema for a type it did not read: an object that names no property, no reference, no items. */
    private static boolean untyped(Schema<?> schema) {
        return schema == null || schema.get$ref() == null && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && schema.getItems() == null && schema.getAdditionalProperties() == null
                && (schema.getType() == null || "object".equals(schema.getType()));
    }

    private static Parameter resolve(OpenAPI api, Parameter p) {
        return p.get$ref() == null ? p : api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
    }

    /** The schema reference of a response's problem+json content. */
    private static String problemSchema(OpenAPI api, ApiResponse response) {
        ApiResponse r = response.get$ref() == null ? response
                : api.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
        if (r == null || r.getContent() == null || r.getContent().get("application/problem+json") == null) {
            return "without problem+json";
        }
        return String.valueOf(r.getContent().get("application/problem+json").getSchema().get$ref());
    }
}
