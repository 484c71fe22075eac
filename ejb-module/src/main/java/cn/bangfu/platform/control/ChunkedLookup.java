package cn.bangfu.platform.control;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Looks up the records an import names, many keys at once but no more per IN list than a database binds. */
public final class ChunkedLookup {

    private ChunkedLookup() {
    }

    /**
     * @param namedQuery a query that takes the keys as its parameter {@code codes}
     * @param chunk      the most keys per query: one query for any ordinary file
     * @return the records found, by their key
     */
    public static <T> Map<String, T> byKeys(EntityManager em, String namedQuery, Class<T> type, List<String> keys,
                                            Function<T, String> key, int chunk) {
        Map<String, T> found = new HashMap<>();
        for (int i = 0; i < keys.size(); i += chunk) {
            List<String> slice = keys.subList(i, Math.min(i + chunk, keys.size()));
            for (T record : em.createNamedQuery(namedQuery, type).setParameter("codes", slice).getResultList()) {
                found.put(key.apply(record), record);
            }
        }
        return found;
    }
}
