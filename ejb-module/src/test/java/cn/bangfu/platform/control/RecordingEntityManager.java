package cn.bangfu.platform.control;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/** Keeps what is persisted, in order; any other use of the entity manager fails the test. */
public final class RecordingEntityManager {

    public final List<Object> persisted = new ArrayList<>();
    public final EntityManager em = (EntityManager) Proxy.newProxyInstance(EntityManager.class.getClassLoader(),
            new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                if (method.getName().equals("persist")) {
                    persisted.add(args[0]);
                    return null;
                }
                throw new UnsupportedOperationException("not expected here: EntityManager." + method.getName());
            });

    public <T> List<T> persisted(Class<T> type) {
        return persisted.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
