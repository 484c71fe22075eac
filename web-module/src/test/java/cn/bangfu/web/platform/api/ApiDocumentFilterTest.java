package cn.bangfu.web.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.junit.jupiter.api.Test;

/**
 * What the OpenAPI filter relies on, checked without a server (ApplicationIT validates the served
 * document): its path rewriting, and the resources' side of the bargain: explicit, unique operation
 * ids, and lists that take {@link Paging} exactly when they answer a {@link Listing}.
 */
class ApiDocumentFilterTest {

    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z]+");

    @Test
    void pathTemplatesLoseTheirRegexes() {
        assertEquals("/api/v1/cadres/{id}", ApiDocumentFilter.template("/api/v1/cadres/{id: [0-9]+}"));
        assertEquals("/api/v1/campaigns/{code}/plans/{id}/attachments/{file}",
                ApiDocumentFilter.template("/api/v1/campaigns/{code}/plans/{id: [0-9]+}/attachments/{file: [0-9]+}"));
        assertEquals("/api/v1/regions/{code}", ApiDocumentFilter.template("/api/v1/regions/{code:[0-9]{6}|[0-9]{9}}"));
        assertEquals("/api/v1/units/{code}", ApiDocumentFilter.template("/api/v1/units/{code}"));
        assertEquals(Map.of("id", "[0-9]+", "file", "[0-9]+"),
                ApiDocumentFilter.regexes("/api/v1/campaigns/{code}/plans/{id: [0-9]+}/attachments/{file: [0-9]+}"));
        assertEquals(Map.of("code", "[0-9]{6}|[0-9]{9}"), ApiDocumentFilter.regexes("/api/v1/regions/{code: [0-9]{6}|[0-9]{9} }"));
        assertEquals(Map.of(), ApiDocumentFilter.regexes("/api/v1/units/{code}"));
    }

    @Test
    void serverUrlsLoseTheirTrailingSlash() {
        assertEquals("http://localhost:8080", ApiDocumentFilter.withoutTrailingSlash("http://localhost:8080/"));
        assertEquals("https://bangfu.example/api", ApiDocumentFilter.withoutTrailingSlash("https://bangfu.example/api//"));
        assertEquals("/", ApiDocumentFilter.withoutTrailingSlash("/"));
    }

    @Test
    void everyOperationHasAnExplicitUniqueReadableId() throws Exception {
        Map<String, List<String>> byId = new TreeMap<>();
        List<String> missing = new ArrayList<>();
        for (Method m : resourceMethods()) {
            String where = m.getDeclaringClass().getSimpleName() + "." + m.getName();
            Operation operation = m.getAnnotation(Operation.class);
            if (operation == null || operation.operationId().isEmpty() || !OPERATION_ID.matcher(operation.operationId()).matches()) {
                missing.add(where);
            } else {
                byId.computeIfAbsent(operation.operationId(), id -> new ArrayList<>()).add(where);
            }
        }
        assertTrue(byId.size() > 50, "the resources were found: " + byId);
        assertEquals(List.of(), missing, "operations without a camelCase @Operation(operationId)");
        Map<String, List<String>> shared = new LinkedHashMap<>(byId);
        shared.values().removeIf(where -> where.size() == 1);
        assertEquals(Map.of(), shared, "operation ids used more than once");
    }

    /** The filter adds page, size, sort and q to operations answering a Listing: those must be the ones that read them. */
    @Test
    void listsTakePagingExactlyWhenTheyAnswerAListing() throws Exception {
        List<String> mismatched = new ArrayList<>();
        int lists = 0;
        for (Method m : resourceMethods()) {
            boolean listing = m.getReturnType() == Listing.class;
            boolean paged = Arrays.stream(m.getParameters()).anyMatch(ApiDocumentFilterTest::isPaging);
            if (listing != paged) {
                mismatched.add(m.getDeclaringClass().getSimpleName() + "." + m.getName());
            }
            lists += listing ? 1 : 0;
        }
        assertTrue(lists >= 8, "the list operations were found: " + lists);
        assertEquals(List.of(), mismatched);
    }

    private static boolean isPaging(Parameter p) {
        return p.getType() == Paging.class && p.isAnnotationPresent(BeanParam.class);
    }

    /** The methods of the JAX-RS resources (classes with @Path) that answer an HTTP method. */
    private static List<Method> resourceMethods() throws Exception {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c : resourceClasses()) {
            for (Method m : c.getDeclaredMethods()) {
                boolean http = Arrays.stream(m.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(jakarta.ws.rs.HttpMethod.class));
                if (http) {
                    methods.add(m);
                }
            }
        }
        return methods;
    }

    private static List<Class<?>> resourceClasses() throws Exception {
        java.nio.file.Path classes = classesDirectory();
        List<Class<?>> resources = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, ApiDocumentFilterTest.class.getClassLoader());
                if (c.isAnnotationPresent(Path.class)) {
                    resources.add(c);
                }
            }
        }
        return resources;
    }

    private static java.nio.file.Path classesDirectory() throws URISyntaxException {
        return java.nio.file.Path.of(ApiDocumentFilterTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
    }
}
