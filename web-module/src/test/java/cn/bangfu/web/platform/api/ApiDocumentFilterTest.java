package cn.bangfu.web.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.junit.jupiter.api.Test;

/**
 * What the OpenAPI filter relies on, checked without a server (ApiDocumentIT validates the served
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
    void everyOperationHasAnExplicitUniqueReadableId() {
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
    void listsTakePagingExactlyWhenTheyAnswerAListing() {
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

    /**
     * A method that builds its own Response says what it answers with {@link Answers} (or declares its 2xx response), or
     * returns a file: otherwise the document could only say "some object" for its success.
     */
    @Test
    void aMethodBuildingItsOwnResponseSaysWhatItAnswers() {
        List<String> silent = new ArrayList<>();
        List<String> needless = new ArrayList<>();
        int answering = 0;
        for (Method m : resourceMethods()) {
            String where = m.getDeclaringClass().getSimpleName() + "." + m.getName();
            boolean declared = Arrays.stream(m.getAnnotationsByType(APIResponse.class)).anyMatch(r -> r.responseCode().startsWith("2"));
            Answers answers = m.getAnnotation(Answers.class);
            if (m.getReturnType() != Response.class) {
                if (answers != null) {
                    needless.add(where);
                }
                continue;
            }
            answering += answers == null ? 0 : 1;
            if (answers == null && !declared && producesJson(m)) {
                silent.add(where);
            }
        }
        assertTrue(answering >= 25, "the creating methods were found: " + answering);
        assertEquals(List.of(), silent, "Response methods answering JSON without @Answers");
        assertEquals(List.of(), needless, "@Answers on a method whose return type already says it");
    }

    /**
     * What the filter reads a body's schema from, as Yasson 3 writes it (Payara's Yasson 3.0.4 was tried by hand on these
     * samples; ApiDocumentIT compares the server's own JSON with the document): a record's
     * components and its getters under their whole method names; a class's public fields and getters, isX of any type.
     */
    @Test
    void aRecordsPropertiesAreItsComponentsAndGetters() {
        record Sample(String name, long version, List<Integer> counts) {
            public boolean isEmpty() {
                return counts.isEmpty();
            }

            public String getLabel() {
                return name;
            }

            public String label() {
                return name;
            }
        }
        Map<String, JsonSchemas.Property> properties = JsonSchemas.properties(Sample.class);
        assertEquals(List.of("name", "version", "counts"), List.copyOf(properties.keySet()).subList(0, 3));
        assertEquals(Set.of("name", "version", "counts", "isEmpty", "getLabel"), properties.keySet());
        assertEquals(long.class, properties.get("version").type());
        assertEquals("java.util.List<java.lang.Integer>", properties.get("counts").type().getTypeName());
        assertFalse(properties.values().stream().anyMatch(JsonSchemas.Property::nullable), "nulls are left out");
    }

    /** A class's fields and getters; @JsonbNillable makes its nulls written (nullable), @JsonbTransient hides, @JsonbProperty renames. */
    @Test
    void aClassesPropertiesFollowItsJsonbAnnotations() {
        Map<String, JsonSchemas.Property> properties = JsonSchemas.properties(NillableSample.class);
        assertEquals(Set.of("a", "odd", "b", "renamed"), properties.keySet());
        assertTrue(properties.get("a").nullable(), "a null is written as null");
        assertFalse(properties.get("b").nullable(), "a primitive is never null");
    }

    @JsonbNillable
    public static class NillableSample {
        public String a = "a";
        @JsonbTransient
        public String hidden = "h";
        @JsonbProperty("renamed")
        public String original = "o";

        public Integer isOdd() {
            return 1;
        }

        public int getB() {
            return 2;
        }
    }

    /** @Answers says a success: a 2xx, a body exactly when the status has one. */
    @Test
    void answersAreSuccessesWithABodyWhereOneIsSent() {
        List<String> wrong = new ArrayList<>();
        for (Method m : resourceMethods()) {
            Answers answers = m.getAnnotation(Answers.class);
            if (answers != null && (answers.value() < 200 || answers.value() > 299 || (answers.value() == 204) != (answers.body() == void.class))) {
                wrong.add(m.getDeclaringClass().getSimpleName() + "." + m.getName() + " " + answers.value());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static boolean producesJson(Method m) {
        return OperationBodies.produces(m).stream().anyMatch(v -> v.contains("json"));
    }

    /** The methods of the JAX-RS resources (classes with @Path) that answer an HTTP method. */
    private static List<Method> resourceMethods() {
        return ResourceMethods.of(ApiApplication.class);
    }
}
