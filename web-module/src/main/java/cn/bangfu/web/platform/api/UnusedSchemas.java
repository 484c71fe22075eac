package cn.bangfu.web.platform.api;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Drops the schema components no operation refers to, directly or through other schemas: those Payara wrote for the
 * web module's own records before their typed versions replaced them (an untyped {@code Listing}, a nested record under
 * its bare name), which a client generator would turn into classes nobody uses.
 */
final class UnusedSchemas {

    private UnusedSchemas() {
    }

    static void drop(OpenAPI api) {
        Components components = api.getComponents();
        if (components == null || components.getSchemas() == null || api.getPaths() == null) {
            return;
        }
        Deque<Schema> todo = new ArrayDeque<>();
        api.getPaths().getPathItems().values().forEach(item -> {
            parameters(item.getParameters(), todo);
            item.getOperations().values().forEach(operation -> operation(operation, todo));
        });
        if (components.getResponses() != null) {
            components.getResponses().values().forEach(r -> content(r.getContent(), todo));
        }
        parameters(components.getParameters() == null ? null : List.copyOf(components.getParameters().values()), todo);
        if (components.getRequestBodies() != null) {
            components.getRequestBodies().values().forEach(b -> content(b.getContent(), todo));
        }
        Set<String> used = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            String ref = schema.getRef();
            if (ref != null && ref.startsWith(ApiDocumentFilter.SCHEMAS)) {
                String name = ref.substring(ApiDocumentFilter.SCHEMAS.length());
                if (used.add(name) && components.getSchemas().get(name) != null) {
                    todo.push(components.getSchemas().get(name));
                }
            }
            inside(schema).forEach(todo::push);
        }
        for (String name : List.copyOf(components.getSchemas().keySet())) {
            if (!used.contains(name)) {
                components.removeSchema(name);
            }
        }
    }

    private static void operation(Operation operation, Deque<Schema> todo) {
        parameters(operation.getParameters(), todo);
        if (operation.getRequestBody() != null) {
            content(operation.getRequestBody().getContent(), todo);
        }
        if (operation.getResponses() != null) {
            for (APIResponse r : operation.getResponses().getAPIResponses().values()) {
                content(r.getContent(), todo);
            }
        }
    }

    private static void parameters(List<Parameter> parameters, Deque<Schema> todo) {
        if (parameters != null) {
            parameters.stream().map(Parameter::getSchema).filter(Objects::nonNull).forEach(todo::push);
        }
    }

    private static void content(Content content, Deque<Schema> todo) {
        if (content != null && content.getMediaTypes() != null) {
            content.getMediaTypes().values().stream().map(MediaType::getSchema).filter(Objects::nonNull).forEach(todo::push);
        }
    }

    /** The schemas a schema holds: its properties, items, the parts of allOf, anyOf and oneOf, not, additional properties. */
    private static Stream<Schema> inside(Schema s) {
        Map<String, Schema> properties = s.getProperties();
        return Stream.of(properties == null ? Stream.<Schema>empty() : properties.values().stream(),
                        Stream.of(s.getItems(), s.getNot(), s.getAdditionalPropertiesSchema()),
                        s.getAllOf() == null ? Stream.<Schema>empty() : s.getAllOf().stream(),
                        s.getAnyOf() == null ? Stream.<Schema>empty() : s.getAnyOf().stream(),
                        s.getOneOf() == null ? Stream.<Schema>empty() : s.getOneOf().stream())
                .flatMap(x -> x).filter(Objects::nonNull);
    }
}
