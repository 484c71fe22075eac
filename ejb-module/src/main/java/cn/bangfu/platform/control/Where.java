package cn.bangfu.platform.control;

import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
        TypedQuery<T> items = bind(em.createQuery(select + clause() + " order by " + orderBy, type));
        hints.forEach(items::setHint);
        items.setFirstResult(page.offset()).setMaxResults(page.size());
        return new Page<>(items.getResultList(), count.getSingleResult());
    }
}
