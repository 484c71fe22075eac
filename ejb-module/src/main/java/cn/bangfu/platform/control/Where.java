package cn.bangfu.platform.control;

import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * A JPQL where clause assembled from the filters a user set, with its parameters, so a list and its
 * count always filter alike and the database does the paging.
 */
public final class Where {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new HashMap<>();
    private final Map<String, Object> hints = new HashMap<>();

    public Where and(String condition) {
        conditions.add(condition);
        return this;
    }

    public Where and(String condition, String param, Object value) {
        conditions.add(condition);
        params.put(param, value);
        return this;
    }

    /** One more parameter of a condition already added, for conditions that take several. */
    public Where param(String param, Object value) {
        params.put(param, value);
        return this;
    }

    /** Adds the condition only when the filter has a value. */
    public Where andIf(Object value, String condition, String param) {
        return value == null ? this : and(condition, param, value);
    }

    /** A query hint for the page's items, e.g. EclipseLink batch reading of a collection. */
    public Where hint(String name, Object value) {
        hints.put(name, value);
        return this;
    }

    public String clause() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    public <T> TypedQuery<T> bind(TypedQuery<T> query) {
        params.forEach(query::setParameter);
        return query;
    }

    /**
     * One page of {@code select} and the total of {@code countSelect}, both followed by this clause.
     * The order must end in a unique key so pages never overlap.
     */
    public <T> Page<T> page(EntityManager em, Class<T> type, String select, String countSelect, String orderBy, PageRequest page) {
        TypedQuery<Long> count = bind(em.createQuery(countSelect + clause(), Long.class));
        return new Page<>(items(em, type, select, orderBy, page), count.getSingleResult());
    }

    /**
     * As {@link #page} for a large table, in narrow statements: whether there are more than {@code cap} records (the
     * {@code cap + 1}-th key of {@code keySelect}, such as {@code select p.id from Problem p}, read from an index), and only
     * if not their count ({@code countSelect}); past the cap the page says so ({@link Page#capped}) with the cap as its
     * total, so a province's records are not counted whole on every page. The page's ids are sorted and sliced
     * ({@code idSelect}, which joins what the order names); only then are those records read with what they fetch
     * ({@code byIds}, a query with {@code in :ids}). So the joins of the fetch touch one page of rows, whatever plan the
     * database would have chosen for them over the whole filtered set.
     */
    public <T> Page<T> pageByIds(EntityManager em, Class<T> type, String keySelect, String countSelect, String idSelect, String byIds,
                                 Function<T, Long> idOf, String orderBy, PageRequest page, int cap) {
        boolean more = !bind(em.createQuery(keySelect + clause(), Object.class)).setFirstResult(cap).setMaxResults(1).getResultList().isEmpty();
        long found = more ? cap + 1L : bind(em.createQuery(countSelect + clause(), Long.class)).getSingleResult();
        List<Long> ids = bind(em.createQuery(idSelect + clause() + " order by " + orderBy, Long.class)).setFirstResult(page.offset())
                .setMaxResults(page.size()).getResultList();
        Map<Long, T> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery(byIds, type).setParameter("ids", ids).getResultList().forEach(r -> byId.put(idOf.apply(r), r));
        }
        return new Page<>(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), Math.min(found, cap), found > cap);
    }

    private <T> List<T> items(EntityManager em, Class<T> type, String select, String orderBy, PageRequest page) {
        TypedQuery<T> items = bind(em.createQuery(select + clause() + " order by " + orderBy, type));
        hints.forEach(items::setHint);
        return items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
    }
}
