package cn.bangfu.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ConversationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Weld reaches a normal-scoped bean through a proxy, a subclass it builds with the no-argument
 * constructors of the bean and every superclass. Without one, the page still renders, but restoring
 * a session (Payara reloads it from its store, or a cluster replicates it) fails and the user's page
 * state is lost. Nothing checks this at deployment, so this test does, for every page bean.
 */
class ProxyableBeansTest {

    private static final List<Class<? extends Annotation>> NORMAL_SCOPES = List.of(ApplicationScoped.class, SessionScoped.class,
            ConversationScoped.class, RequestScoped.class, ViewScoped.class);

    @Test
    void everyNormalScopedBeanAndItsSuperclassesHaveANonPrivateNoArgumentConstructor() throws Exception {
        List<Class<?>> beans = normalScopedBeans();
        assertTrue(beans.size() > 20, "the page beans were found: " + beans);
        List<String> unproxyable = new ArrayList<>();
        for (Class<?> bean : beans) {
            for (Class<?> c = bean; c != null && c != Object.class; c = c.getSuperclass()) {
                if (!hasProxyableConstructor(c)) {
                    unproxyable.add(bean.getSimpleName() + (c == bean ? "" : " (superclass " + c.getSimpleName() + ")"));
                }
            }
        }
        assertEquals(List.of(), unproxyable);
    }

    private static boolean hasProxyableConstructor(Class<?> c) {
        for (Constructor<?> constructor : c.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 0 && !Modifier.isPrivate(constructor.getModifiers())) {
                return true;
            }
        }
        return false;
    }

    private static List<Class<?>> normalScopedBeans() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(ProxyableBeansTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolveSibling("classes");
        List<Class<?>> beans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name, false, ProxyableBeansTest.class.getClassLoader());
                if (NORMAL_SCOPES.stream().anyMatch(c::isAnnotationPresent)) {
                    beans.add(c);
                }
            }
        }
        return beans;
    }
}
