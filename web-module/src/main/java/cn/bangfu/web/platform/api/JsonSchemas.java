package cn.bangfu.web.platform.api;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * The JSON Schema of a Java type as the API's JSON-B writes it (Yasson's defaults: a record's components and a class's
 * public fields and getters, enums by name, dates as ISO text, nulls left out unless {@code @JsonbNillable}). Records and other
 * classes become components, referred to by name, so a tree (an indicator's children) refers to itself; a generic record
 * takes its arguments into its name ({@code Listing<UnitData>} is {@code ListingOfUnitData}).
 */
final class JsonSchemas {

    static final String REF = ApiDocumentFilter.SCHEMAS;

    /** A JSON scalar: its type and, where JSON Schema has one, its format. */
    private record Scalar(Schema.SchemaType type, String format) {
    }

    private static final Map<Class<?>, Scalar> SCALARS = new HashMap<>();

    static {
        scalar(Schema.SchemaType.STRING, null, String.class, char.class, Character.class);
        scalar(Schema.SchemaType.STRING, "uuid", UUID.class);
        scalar(Schema.SchemaType.INTEGER, "int64", long.class, Long.class);
        scalar(Schema.SchemaType.INTEGER, "int32", int.class, Integer.class, short.class, Short.class);
        scalar(Schema.SchemaType.INTEGER, null, BigInteger.class);
        scalar(Schema.SchemaType.NUMBER, "double", double.class, Double.class);
        scalar(Schema.SchemaType.NUMBER, "float", float.class, Float.class);
        scalar(Schema.SchemaType.NUMBER, null, BigDecimal.class);
        scalar(Schema.SchemaType.BOOLEAN, null, boolean.class, Boolean.class);
        scalar(Schema.SchemaType.STRING, "date", LocalDate.class);
        scalar(Schema.SchemaType.STRING, "date-time", Instant.class, OffsetDateTime.class);
        // Not RFC 3339's date-time: without an offset, or with the zone's name after it ("…+08:00[Asia/Shanghai]").
        scalar(Schema.SchemaType.STRING, null, LocalDateTime.class, LocalTime.class, ZonedDateTime.class);
    }

    private static void scalar(Schema.SchemaType type, String format, Class<?>... classes) {
        for (Class<?> c : classes) {
            SCALARS.put(c, new Scalar(type, format));
        }
    }

    private final Map<String, Schema> components;
    private final Map<String, Type> named = new HashMap<>();

    /** Writes the components it makes into {@code components} (the document's), beside what is there. */
    JsonSchemas(Map<String, Schema> components) {
        this.components = components;
    }

    /** The schema of a value of this type: inline for scalars, arrays and maps, a reference for objects. */
    Schema of(Type type) {
        return of(type, Map.of());
    }

    private Schema of(Type type, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof TypeVariable<?> v) {
            Type actual = bound.get(v);
            return actual == null ? any() : of(actual, bound);
        }
        if (type instanceof WildcardType w) {
            return of(w.getUpperBounds()[0], bound);
        }
        if (type instanceof GenericArrayType a) {
            return array(of(a.getGenericComponentType(), bound));
        }
        Class<?> raw = raw(type);
        Scalar scalar = SCALARS.get(raw);
        if (scalar != null) {
            Schema s = OASFactory.createSchema().type(scalar.type());
            return scalar.format() == null ? s : s.format(scalar.format());
        }
        if (raw.isEnum()) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING)
                    .enumeration(Arrays.stream(raw.getEnumConstants()).map(c -> (Object) ((Enum<?>) c).name()).toList());
        }
        if (raw == byte[].class) {
            return OASFactory.createSchema().type(Schema.SchemaType.STRING).format("byte");
        }
        if (raw.isArray()) {
            return array(of(raw.getComponentType(), bound));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return array(of(argument(type, 0, bound), bound));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(Schema.SchemaType.OBJECT).additionalPropertiesSchema(of(argument(type, 1, bound), bound));
        }
        if (raw == Optional.class) {
            return of(argument(type, 0, bound), bound);
        }
        if (raw == Object.class || JsonValue.class.isAssignableFrom(raw) || raw.isPrimitive() || raw.getName().startsWith("java.")
                || raw.isInterface()) {
            return any();
        }
        return component(type, raw, bound);
    }

    private Schema component(Type type, Class<?> raw, Map<TypeVariable<?>, Type> outer) {
        Map<TypeVariable<?>, Type> bound = new HashMap<>();
        TypeVariable<?>[] parameters = raw.getTypeParameters();
        for (int i = 0; i < parameters.length; i++) {
            bound.put(parameters[i], argument(type, i, outer));
        }
        String name = name(raw, parameters, bound);
        Schema ref = OASFactory.createSchema().ref(REF + name);
        if (named.containsKey(name)) {
            return ref;
        }
        named.put(name, type);
        Schema object = OASFactory.createSchema().type(Schema.SchemaType.OBJECT);
        components.put(name, object);
        // Nothing is "required": the same schema describes what a client sends, and JSON-B reads a missing number as 0.
        properties(raw).forEach((property, p) -> {
            Schema schema = of(p.type(), bound);
            if (p.nullable()) {
                schema = schema.getRef() == null ? schema.nullable(true)
                        : OASFactory.createSchema().nullable(true).allOf(List.of(schema));
            }
            object.addProperty(property, schema);
        });
        return ref;
    }

    /** A nested class keeps its outer class's name ({@code Appraisals.Opening}); a generic one its arguments'. */
    private String name(Class<?> raw, TypeVariable<?>[] parameters, Map<TypeVariable<?>, Type> bound) {
        StringBuilder name = new StringBuilder(raw.getSimpleName());
        for (Class<?> outer = raw.getEnclosingClass(); outer != null; outer = outer.getEnclosingClass()) {
            name.insert(0, outer.getSimpleName() + ".");
        }
        for (int i = 0; i < parameters.length; i++) {
            name.append(i == 0 ? "Of" : "And").append(argumentName(bound.get(parameters[i])));
        }
        String candidate = name.toString();
        // Two classes of one simple name in different packages: the second is named in full.
        return named.containsKey(candidate) && !named.get(candidate).equals(raw) && parameters.length == 0
                ? raw.getName().replace('$', '.') : candidate;
    }

    private static String argumentName(Type type) {
        if (type instanceof WildcardType w) {
            return argumentName(w.getUpperBounds()[0]);
        }
        if (type instanceof ParameterizedType p) {
            StringBuilder s = new StringBuilder(raw(p).getSimpleName());
            for (Type a : p.getActualTypeArguments()) {
                s.append(argumentName(a));
            }
            return s.toString();
        }
        Class<?> raw = raw(type);
        return raw == Object.class ? "Object" : raw.getSimpleName().replace("[]", "Array");
    }

    /** A property JSON-B writes: its type, and whether it is written as null rather than left out ({@code @JsonbNillable}). */
    record Property(Type type, boolean nullable) {
    }

    /**
     * The properties JSON-B (Yasson) writes, by name: a record's components and its public {@code getX()}/{@code isX()}
     * methods under their whole method names (so Yasson writes a record's extra getters); a class's public fields and its
     * getters, {@code getX()} and {@code isX()} as {@code x}. {@code @JsonbTransient} ones are left out, {@code @JsonbProperty}
     * renames.
     */
    static Map<String, Property> properties(Class<?> raw) {
        boolean nillable = raw.isAnnotationPresent(JsonbNillable.class) && raw.getAnnotation(JsonbNillable.class).value();
        Map<String, Property> properties = new LinkedHashMap<>();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                put(properties, c.getName(), c.getGenericType(), nillable, c, c.getAccessor());
            }
        } else {
            for (Field f : raw.getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) {
                    put(properties, f.getName(), f.getGenericType(), nillable, f);
                }
            }
        }
        for (Method m : raw.getMethods()) {
            String property = getter(m, raw.isRecord());
            if (property != null && !properties.containsKey(property) && !isAccessor(raw, m)) {
                put(properties, property, m.getGenericReturnType(), nillable, m);
            }
        }
        return properties;
    }

    private static void put(Map<String, Property> properties, String name, Type type, boolean nillable, AnnotatedElement... where) {
        if (Arrays.stream(where).anyMatch(e -> e.isAnnotationPresent(JsonbTransient.class))) {
            return;
        }
        String renamed = Arrays.stream(where).map(e -> e.getAnnotation(JsonbProperty.class)).filter(a -> a != null && !a.value().isEmpty())
                .map(JsonbProperty::value).findFirst().orElse(name);
        boolean nullable = !(type instanceof Class<?> c && c.isPrimitive())
                && (nillable || Arrays.stream(where).map(e -> e.getAnnotation(JsonbNillable.class)).anyMatch(a -> a != null && a.value()));
        properties.put(renamed, new Property(type, nullable));
    }

    private static boolean isAccessor(Class<?> raw, Method m) {
        return raw.isRecord() && Arrays.stream(raw.getRecordComponents()).anyMatch(c -> c.getAccessor().equals(m));
    }

    private static final Set<String> NOT_GETTERS = Set.of("getClass", "getDeclaringClass");

    /**
     * The property a public no-argument method is written as: on a class "getName" → "name", "isOpen" → "open"; on a record
     * its whole name; null for anything else.
     */
    private static String getter(Method m, boolean record) {
        if (Modifier.isStatic(m.getModifiers()) || m.getParameterCount() > 0 || m.getReturnType() == void.class
                || NOT_GETTERS.contains(m.getName()) || m.isBridge() || m.isSynthetic() || m.getDeclaringClass() == Object.class) {
            return null;
        }
        String n = m.getName();
        String rest = n.startsWith("get") ? n.substring(3) : n.startsWith("is") ? n.substring(2) : null;
        if (rest == null || rest.isEmpty() || !Character.isUpperCase(rest.charAt(0))) {
            return null;
        }
        return record ? n : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
    }

    private static Type argument(Type type, int index, Map<TypeVariable<?>, Type> bound) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            Type a = p.getActualTypeArguments()[index];
            return a instanceof TypeVariable<?> v && bound.containsKey(v) ? bound.get(v) : a;
        }
        return Object.class;
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        return Object.class;
    }

    private static Schema array(Schema items) {
        return OASFactory.createSchema().type(Schema.SchemaType.ARRAY).items(items);
    }

    /** Any JSON value. */
    private static Schema any() {
        return OASFactory.createSchema();
    }
}
