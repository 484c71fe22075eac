package cn.bangfu.web.platform.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The API's resource methods, found where the web module's classes are (a directory, or a jar): the classes named
 * {@code *Resource} with {@code @Path}, and their methods that answer an HTTP method. The OpenAPI filter reads what
 * Payara's document leaves out (the Java types of bodies, the status of success) from them; the tests check the
 * resources' conventions on the same list.
 */
public final class ResourceMethods {

    private ResourceMethods() {
    }

    /** Every resource method of the classes beside {@code anchor} (its directory or jar), in a stable order. */
    public static List<Method> of(Class<?> anchor) {
        List<Method> methods = new ArrayList<>();
        for (Class<?> c : resourceClasses(anchor)) {
            Arrays.stream(c.getDeclaredMethods()).filter(ResourceMethods::answersHttp)
                    .sorted(Comparator.comparing(Method::toGenericString)).forEach(methods::add);
        }
        return methods;
    }

    /** The resource methods by their {@code @Operation(operationId)}; a method without one is left out. */
    public static Map<String, Method> byOperationId(Class<?> anchor) {
        Map<String, Method> byId = new LinkedHashMap<>();
        for (Method m : of(anchor)) {
            Operation operation = m.getAnnotation(Operation.class);
            if (operation != null && !operation.operationId().isEmpty()) {
                byId.putIfAbsent(operation.operationId(), m);
            }
        }
        return byId;
    }

    static boolean answersHttp(Method m) {
        return Arrays.stream(m.getAnnotations()).anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static List<Class<?>> resourceClasses(Class<?> anchor) {
        List<Class<?>> resources = new ArrayList<>();
        for (String name : classNames(anchor)) {
            if (!name.endsWith("Resource")) {
                continue;
            }
            try {
                Class<?> c = Class.forName(name, false, anchor.getClassLoader());
                if (c.isAnnotationPresent(Path.class)) {
                    resources.add(c);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // A class the application's loader cannot see is not one of its resources.
            }
        }
        resources.sort(Comparator.comparing(Class::getName));
        return resources;
    }

    /**
     * The names of the classes where {@code anchor} is: a directory of classes (as Payara explodes a WAR) or a jar. Found
     * from the anchor's own class file, since a server's code source may name something else.
     */
    private static List<String> classNames(Class<?> anchor) {
        String file = anchor.getName().replace('.', '/') + ".class";
        URL url = anchor.getClassLoader().getResource(file);
        if (url == null) {
            throw new IllegalStateException("no class file for " + anchor.getName());
        }
        try {
            if ("file".equals(url.getProtocol())) {
                java.nio.file.Path classFile = java.nio.file.Path.of(url.toURI());
                java.nio.file.Path root = classFile;
                for (int i = 0; i < anchor.getName().split("\\.").length; i++) {
                    root = root.getParent();
                }
                return walk(root);
            }
            if ("jar".equals(url.getProtocol())) {
                String jar = url.toString().substring("jar:".length(), url.toString().indexOf("!/"));
                try (FileSystem zip = FileSystems.newFileSystem(java.nio.file.Path.of(URI.create(jar)))) {
                    return walk(zip.getPath("/"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading the classes beside " + url, e);
        } catch (URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("reading the classes beside " + url + ": " + e, e);
        }
        throw new IllegalStateException("classes in neither a directory nor a jar: " + url);
    }

    private static List<String> walk(java.nio.file.Path root) throws IOException {
        try (Stream<java.nio.file.Path> files = Files.walk(root)) {
            return files.map(f -> root.relativize(f).toString()).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring(0, f.length() - ".class".length()).replace('/', '.').replace('\\', '.')).toList();
        }
    }
}
