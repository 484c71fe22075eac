package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.PageRequest;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Finishes the OpenAPI document Payara builds from the resources' annotations, so that a standard
 * linter accepts it and a client generated from it compiles. What is the same for every operation is
 * done here once, not in sixty annotations:
 * <ul>
 * <li>path templates lose their JAX-RS regexes ({@code {id: [0-9]+}} becomes {@code {id}}, its
 * parameter an integer or a string with that pattern), so every {@code {name}} matches a parameter;</li>
 * <li>every operation documents the problem documents (RFC 9457, {@code application/problem+json},
 * one {@code Problem} schema) it can answer: 400, 401, 403, and 404 where the path names a record,
 * 409 for writes, each referring to one shared response;</li>
 * <li>list operations (those answering a {@link Listing}) document page, size, sort and q, which
 * Payara does not read from the {@link Paging} bean parameter;</li>
 * <li>request and response bodies have the schema of their Java types and success its status
 * ({@link OperationBodies}), which Payara does not read from the services' module;</li>
 * <li>tags are listed once each, servers have no trailing slash, Payara's non-standard
 * top-level {@code endpoints} property is dropped, and so are the annotation defaults it writes
 * into schemas ({@code maxProperties: 0} would forbid every property).</li>
 * </ul>
 * Operation ids are the resources' own ({@code @Operation(operationId = ...)}), explicit so that they
 * stay stable for clients. Registered in the services' jar's {@code META-INF/microprofile-config.properties} (where Payara
 * Server reads it for the EAR too).
 */
public class ApiDocumentFilter implements OASFilter {

    private static final Logger LOG = Logger.getLogger(ApiDocumentFilter.class.getName());

    public static final String PROBLEM_JSON = "application/problem+json";
    static final String SCHEMAS = "#/components/schemas/";
    private static final String RESPONSES = "#/components/responses/";
    private static final String PARAMETERS = "#/components/parameters/";

    /** A path parameter with a regex: {@code {name: regex}}, the regex possibly with {n,m} quantifiers. */
    private static final Pattern REGEX_PARAMETER = Pattern.compile("\\{\\s*([^{}:\\s]+)\\s*:\\s*((?:[^{}]|\\{[^{}]*\\})*?)\\s*\\}");
    private static final Pattern DIGITS = Pattern.compile("\\[0-9\\][+*]|\\\\d[+*]");

    /** A problem response every operation of a kind can answer, shared as a component. */
    private record ProblemResponse(String status, String name, String description) {
    }

    private static final Map<String, ProblemResponse> PROBLEMS = new LinkedHashMap<>();

    static {
        for (ProblemResponse p : List.of(
                new ProblemResponse("400", "BadRequest", "Invalid input: errors[] names each field and why (problem document)"),
                new ProblemResponse("401", "Unauthorized", "Not signed in: HTTP Basic credentials missing or wrong (problem document)"),
                new ProblemResponse("403", "Forbidden", "The caller's role or scope does not allow this (problem document)"),
                new ProblemResponse("404", "NotFound", "No such record in the caller's scope (problem document)"),
                new ProblemResponse("409", "Conflict", "Conflicts with the stored state: a stale version, a duplicate, "
                        + "a record in use or a move its state does not allow (problem document)"))) {
            PROBLEMS.put(p.status(), p);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        servers(api);
        tags(api);
        components(api);
        if (api.getPaths() != null) {
            paths(api.getPaths());
            bodies(api);
        }
        dropEndpoints(api);
    }

    /** The Java types of the bodies and the status of success, which Payara leaves as "Default Response" with any object. */
    private static void bodies(OpenAPI api) {
        OperationBodies bodies;
        try {
            bodies = new OperationBodies(ResourceMethods.byOperationId(ApiApplication.class));
        } catch (RuntimeException | LinkageError e) {
            // The document without body types still serves its paths; ApiDocumentIT fails on this.
            LOG.log(Level.WARNING, "OpenAPI: the resources' methods could not be read; the bodies are left untyped", e);
            return;
        }
        List<String> unknown = new ArrayList<>();
        try {
            api.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                try {
                    if (!bodies.fill(operation)) {
                        unknown.add(method + " " + path);
                    }
                } catch (RuntimeException | LinkageError | StackOverflowError e) {
                    LOG.log(Level.WARNING, e, () -> "OpenAPI: the bodies of " + method + " " + path + " are left as Payara wrote them");
                }
            }));
        } finally {
            // Whatever was filled refers to these.
            bodies.addComponents(api.getComponents());
        }
        try {
            UnusedSchemas.drop(api);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "OpenAPI: the unused schemas could not be told apart; all are kept", e);
        }
        if (!unknown.isEmpty()) {
            LOG.warning(() -> "OpenAPI: no resource method found for " + unknown + "; their bodies are left untyped");
        }
    }

    /**
     * Payara writes the defaults of every {@code @Schema} annotation into the schema: most are
     * noise, but {@code maxProperties: 0} says "an object without properties", which a generated
     * validator would enforce. Each is dropped where it only repeats OpenAPI's own default.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if (Integer.valueOf(0).equals(schema.getMaxProperties())) {
            schema.setMaxProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinProperties())) {
            schema.setMinProperties(null);
        }
        if (Integer.valueOf(0).equals(schema.getMinLength())) {
            schema.setMinLength(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMaximum())) {
            schema.setExclusiveMaximum(null);
        }
        if (Boolean.FALSE.equals(schema.getExclusiveMinimum())) {
            schema.setExclusiveMinimum(null);
        }
        if (Boolean.FALSE.equals(schema.getUniqueItems())) {
            schema.setUniqueItems(null);
        }
        if (Boolean.FALSE.equals(schema.getNullable())) {
            schema.setNullable(null);
        }
        if (Boolean.FALSE.equals(schema.getReadOnly())) {
            schema.setReadOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getWriteOnly())) {
            schema.setWriteOnly(null);
        }
        if (Boolean.FALSE.equals(schema.getDeprecated())) {
            schema.setDeprecated(null);
        }
        return schema;
    }

    // --- servers and tags -------------------------------------------------------------------

    private static void servers(OpenAPI api) {
        if (api.getServers() == null) {
            return;
        }
        for (Server server : api.getServers()) {
            server.setUrl(withoutTrailingSlash(server.getUrl()));
        }
    }

    /** "http://host:8080/" → "http://host:8080"; "/" alone stays. */
    static String withoutTrailingSlash(String url) {
        String u = url;
        while (u != null && u.length() > 1 && u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return u;
    }

    /** Payara lists a tag once per resource class that declares it: keep one, with a description if any has one. */
    private static void tags(OpenAPI api) {
        if (api.getTags() == null) {
            return;
        }
        Map<String, Tag> byName = new LinkedHashMap<>();
        for (Tag tag : api.getTags()) {
            Tag kept = byName.get(tag.getName());
            if (kept == null || kept.getDescription() == null && tag.getDescription() != null) {
                byName.put(tag.getName(), tag);
            }
        }
        api.setTags(new ArrayList<>(byName.values()));
    }

    // --- components: the problem document and the list parameters ---------------------------

    private static void components(OpenAPI api) {
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components c = api.getComponents();
        if (c.getSchemas() == null || !c.getSchemas().containsKey("Error")) {
            c.addSchema("Error", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                    .description("One field's error: the field, the message in the caller's language, and for spreadsheet imports the row and column")
                    .addProperty("field", string())
                    .addProperty("message", string())
                    .addProperty("row", integer("int32"))
                    .addProperty("column", string()));
        }
        c.addSchema("Problem", OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem document, in the language of Accept-Language (zh-CN default, en)")
                .addProperty("type", string().defaultValue("about:blank"))
                .addProperty("status", integer("int32"))
                .addProperty("title", string())
                .addProperty("detail", string())
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref(SCHEMAS + "Error"))));
        PROBLEMS.values().forEach(p -> c.addResponse(p.name(), problem(p.description())));

        c.addParameter("page", query("page", "Page number, from 0", integer("int32")
                .minimum(BigDecimal.ZERO).defaultValue(0)));
        c.addParameter("size", query("size", "Items per page, at most " + PageRequest.MAX_SIZE, integer("int32")
                .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE)).defaultValue(PageRequest.DEFAULT_SIZE)));
        c.addParameter("sort", query("sort", "Sort field, \"field\" ascending or \"-field\" descending", string()));
        c.addParameter("q", query("q", "Free text to search for", string()));
    }

    private static APIResponse problem(String description) {
        return OASFactory.createAPIResponse().description(description).content(problemContent());
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType(PROBLEM_JSON,
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMAS + "Problem")));
    }

    private static Parameter query(String name, String description, Schema schema) {
        return OASFactory.createParameter().name(name).in(Parameter.In.QUERY).description(description).schema(schema);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING);
    }

    private static Schema integer(String format) {
        return OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format(format);
    }

    // --- paths and operations ---------------------------------------------------------------

    private static void paths(Paths paths) {
        for (Map.Entry<String, PathItem> e : new LinkedHashMap<>(paths.getPathItems()).entrySet()) {
            String path = e.getKey();
            PathItem item = e.getValue();
            Map<String, String> regexes = regexes(path);
            if (!regexes.isEmpty()) {
                String template = template(path);
                if (paths.getPathItems().containsKey(template)) {
                    LOG.warning(() -> "OpenAPI: " + path + " and " + template + " are both resources; left as it is");
                } else {
                    paths.removePathItem(path);
                    paths.addPathItem(template, item);
                }
            }
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> pathParameter(p, regexes));
            }
            item.getOperations().forEach((method, operation) -> operation(method, operation, path, regexes));
        }
    }

    /** The path with each {@code {name: regex}} replaced by {@code {name}}. */
    static String template(String path) {
        return REGEX_PARAMETER.matcher(path).replaceAll(m -> Matcher.quoteReplacement("{" + m.group(1) + "}"));
    }

    /** Each path parameter's regex, by name. */
    static Map<String, String> regexes(String path) {
        Map<String, String> regexes = new LinkedHashMap<>();
        Matcher m = REGEX_PARAMETER.matcher(path);
        while (m.find()) {
            regexes.put(m.group(1), m.group(2));
        }
        return regexes;
    }

    private static void pathParameter(Parameter p, Map<String, String> regexes) {
        if (p.getRef() != null || p.getIn() != Parameter.In.PATH || !regexes.containsKey(p.getName())) {
            return;
        }
        String regex = regexes.get(p.getName());
        if (DIGITS.matcher(regex).matches()) {
            p.setSchema(integer("int64").minimum(BigDecimal.ZERO));
        } else {
            Schema schema = p.getSchema() == null ? string() : p.getSchema();
            schema.setPattern("^(?:" + regex + ")$");
            p.setSchema(schema);
        }
    }

    private static void operation(PathItem.HttpMethod method, Operation operation, String path, Map<String, String> regexes) {
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(p -> pathParameter(p, regexes));
        }
        if (returnsListing(operation)) {
            for (String name : List.of("page", "size", "sort", "q")) {
                boolean declared = operation.getParameters() != null && operation.getParameters().stream()
                        .anyMatch(p -> name.equals(p.getName()) && p.getIn() == Parameter.In.QUERY);
                if (!declared) {
                    operation.addParameter(OASFactory.createParameter().ref(PARAMETERS + name));
                }
            }
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        // Responses a resource declares itself keep their description, with the shared schema.
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("4") && response.getRef() == null && response.getContent() != null) {
                MediaType problem = response.getContent().getMediaType(PROBLEM_JSON);
                if (problem != null) {
                    problem.setSchema(OASFactory.createSchema().ref(SCHEMAS + "Problem"));
                }
            }
        });
        for (String status : problems(method, operation, path)) {
            if (!operation.getResponses().hasAPIResponse(status)) {
                operation.getResponses().addAPIResponse(status, OASFactory.createAPIResponse().ref(RESPONSES + PROBLEMS.get(status).name()));
            }
        }
    }

    /** The problem statuses an operation can answer. */
    static List<String> problems(PathItem.HttpMethod method, Operation operation, String path) {
        List<String> statuses = new ArrayList<>();
        boolean input = operation.getRequestBody() != null || operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (input) {
            statuses.add("400");
        }
        statuses.add("401");
        statuses.add("403");
        if (path.contains("{")) {
            statuses.add("404");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE
                || method == PathItem.HttpMethod.PATCH) {
            statuses.add("409");
        }
        return statuses;
    }

    private static boolean returnsListing(Operation operation) {
        if (operation.getResponses() == null) {
            return false;
        }
        return operation.getResponses().getAPIResponses().entrySet().stream()
                .filter(e -> e.getKey().startsWith("2") || e.getKey().equals("default"))
                .map(Map.Entry::getValue)
                .filter(r -> r.getContent() != null && r.getContent().getMediaTypes() != null)
                .flatMap(r -> r.getContent().getMediaTypes().values().stream())
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .anyMatch(s -> (SCHEMAS + "Listing").equals(s.getRef()));
    }

    // --- Payara's extra property ------------------------------------------------------------

    /**
     * Payara 6 adds a top-level {@code endpoints} map (each application's paths), which OpenAPI does
     * not allow; later Payara versions call it {@code x-endpoints}, which it does. Payara leaves
     * empty values out of the document, so an empty map removes it (null breaks its cloning of the model).
     */
    private static void dropEndpoints(OpenAPI api) {
        try {
            Method setter = api.getClass().getMethod("setEndpoints", Map.class);
            setter.invoke(api, new TreeMap<String, Set<String>>());
        } catch (NoSuchMethodException e) {
            // Not Payara 6's model: nothing to drop.
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning(() -> "OpenAPI: could not drop Payara's endpoints property: " + e);
        }
    }
}
