package cn.bangfu.platform.control;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Looks up the records many keys name at once, but no more keys per IN list than a database binds. */
public final class ChunkedLookup {

    /** The most keys one IN list takes: one query for any ordinary file or page. */
    public static final int CHUNK = 1000;

    private ChunkedLookup() {
    }

    /** What {@code query} returns for every slice of at most {@code chunk} keys, in order. */
    public static <K, T> List<T> inChunks(List<K> keys, int chunk, Function<List<K>, List<T>> query) {
        List<T> found = new ArrayList<>();
        for (int i = 0; i < keys.size(); i += chunk) {
            found.addAll(query.apply(keys.subList(i, Math.min(i + chunk, keys.size()))));
        }
        return found;
    }

    /** The records of a named query that takes the keys as its parameter {@code param}, {@link #CHUNK} keys a query. */
    public static <K, T> List<T> all(EntityManager em, String namedQuery, Class<T> type, String param, List<K> keys) {
        return inChunks(keys, CHUNK, slice -> em.createNamedQuery(namedQuery, type).setParameter(param, slice).getResultList());
    }

    /** The records found, by their key. */
    public static <T> Map<String, T> byKey(List<T> records, Function<T, String> key) {
        Map<String, T> found = new HashMap<>();
        for (T record : records) {
            found.put(key.apply(record), record);
        }
        return found;
    }

    /**
     * @param namedQuery a query that takes the keys as its parameter {@code codes}
     * @param chunk      the most keys per query
     * @return the records found, by their key
     */
    public static <T> Map<String, T> byKeys(EntityManager em, String namedQuery, Class<T> type, List<String> keys,
                                            Function<T, String> key, int chunk) {
        return byKey(inChunks(keys, chunk, slice -> em.createNamedQuery(namedQuery, type).setParameter("codes", slice).getResultList()), key);
    }
}
