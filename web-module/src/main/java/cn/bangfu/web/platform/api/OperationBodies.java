package cn.bangfu.web.platform.api;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.RequestBody;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The bodies and the success of every operation, written from its Java method, where Payara's document says only
 * "Default Response" with an untyped object (it does not read the record types of the services' module): the request
 * body's schema from the entity parameter, the success's status and schema from the return type, or from
 * {@link Answers} where the method builds its own {@code Response}; a method that returns a file ({@code Response} with
 * a non-JSON {@code @Produces}) answers 200 with the file. Responses a resource declares itself are kept.
 */
final class OperationBodies {

    private static final String JSON = MediaType.APPLICATION_JSON;
    private static final String PAYARA_DEFAULT = "default";
    private static final Map<String, String> LOCATION = Map.of("201", "The new record's address", "202", "Where to follow the job");
    private static final Set<Class<? extends Annotation>> NOT_THE_BODY = Set.of(PathParam.class, QueryParam.class, HeaderParam.class,
            CookieParam.class, MatrixParam.class, FormParam.class, BeanParam.class, Context.class, Suspended.class);

    private final Map<String, Method> methods;
    private final Map<String, Schema> made = new LinkedHashMap<>();
    private final JsonSchemas schemas = new JsonSchemas(made);

    OperationBodies(Map<String, Method> methods) {
        this.methods = methods;
    }

    /** Fills in the operation's bodies; false when no resource method has its id. */
    boolean fill(Operation operation) {
        Method method = operation.getOperationId() == null ? null : methods.get(operation.getOperationId());
        if (method == null) {
            return false;
        }
        requestBody(operation, method);
        success(operation, method);
        return true;
    }

    /** Adds the components the schemas refer to, replacing Payara's untyped ones of the same name. */
    void addComponents(Components components) {
        made.forEach(components::addSchema);
    }

    private void requestBody(Operation operation, Method method) {
        RequestBody body = operation.getRequestBody();
        Parameter entity = Arrays.stream(method.getParameters())
                .filter(p -> Arrays.stream(p.getAnnotations()).noneMatch(a -> NOT_THE_BODY.contains(a.annotationType())))
                .findFirst().orElse(null);
        if (body == null || entity == null || body.getContent() == null || body.getContent().getMediaTypes() == null) {
            return;
        }
        boolean bytes = entity.getType() == InputStream.class || entity.getType() == byte[].class;
        body.getContent().getMediaTypes().forEach((type, media) -> {
            if (untyped(media.getSchema())) {
                media.setSchema(bytes ? binary() : schemas.of(entity.getParameterizedType()));
            }
        });
    }

    private void success(Operation operation, Method method) {
        APIResponses responses = operation.getResponses();
        boolean declared = responses.getAPIResponses().keySet().stream().anyMatch(s -> s.startsWith("2"));
        if (declared) {
            responses.removeAPIResponse(PAYARA_DEFAULT);
            Class<?> returned = method.getReturnType();
            if (returned != Response.class && returned != void.class) {
                responses.getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("2") && response.getContent() != null && response.getContent().getMediaTypes() != null) {
                        response.getContent().getMediaTypes().forEach((type, media) -> {
                            if (type.contains("json") && untyped(media.getSchema())) {
                                media.setSchema(schemas.of(method.getGenericReturnType()));
                            }
                        });
                    }
                });
            }
            return;
        }
        Answers answers = method.getAnnotation(Answers.class);
        String status;
        Type body;
        String description;
        List<String> mediaTypes;
        if (answers != null) {
            status = String.valueOf(answers.value());
            body = answers.body() == void.class ? null : answers.body();
            description = answers.description();
            mediaTypes = List.of(JSON);
        } else if (method.getReturnType() == void.class) {
            status = "204";
            body = null;
            description = "";
            mediaTypes = List.of();
        } else if (method.getReturnType() == Response.class) {
            List<String> produced = produces(method);
            if (produced.stream().anyMatch(t -> t.contains("json"))) {
                return; // Its success is not known: ApiDocumentFilterTest asks for @Answers.
            }
            responses.removeAPIResponse(PAYARA_DEFAULT);
            Content files = OASFactory.createContent();
            produced.forEach(t -> files.addMediaType(t, OASFactory.createMediaType().schema(binary())));
            responses.addAPIResponse("200", OASFactory.createAPIResponse().description("The file").content(files));
            return;
        } else {
            status = "200";
            body = method.getGenericReturnType();
            description = "";
            mediaTypes = List.of(JSON);
        }
        responses.removeAPIResponse(PAYARA_DEFAULT);
        boolean location = answers != null && answers.location() && (status.equals("201") || status.equals("202"));
        APIResponse response = OASFactory.createAPIResponse().description(description.isEmpty() ? meaning(status, location) : description);
        if (location) {
            response.addHeader("Location", OASFactory.createHeader().description(LOCATION.get(status))
                    .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")));
        }
        if (body != null) {
            Content content = OASFactory.createContent();
            Schema schema = schemas.of(body);
            mediaTypes.forEach(t -> content.addMediaType(t, OASFactory.createMediaType().schema(schema)));
            response.content(content);
        }
        responses.addAPIResponse(status, response);
    }

    private static String meaning(String status, boolean location) {
        return switch (status) {
            case "201" -> location ? "Created; the Location header is the new record's address" : "Created";
            case "202" -> location ? "Accepted: the job has started; the Location header is where to follow it" : "Accepted: the job has started";
            case "204" -> "Done; no body";
            default -> "OK";
        };
    }

    /** The media types a method answers: its own {@code @Produces}, else its class's, else JSON. */
    static List<String> produces(Method method) {
        Produces produces = method.getAnnotation(Produces.class);
        if (produces == null) {
            produces = method.getDeclaringClass().getAnnotation(Produces.class);
        }
        return produces == null ? List.of(JSON) : Arrays.stream(produces.value()).flatMap(v -> Arrays.stream(v.split(",")))
                .map(String::strip).toList();
    }

    /** Payara's schema for a type it did not read: an object without properties or a reference. */
    private static boolean untyped(Schema schema) {
        return schema == null || schema.getRef() == null && (schema.getProperties() == null || schema.getProperties().isEmpty())
                && schema.getItems() == null && (schema.getType() == null || schema.getType() == Schema.SchemaType.OBJECT);
    }

    private static Schema binary() {
        return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary");
    }
}
