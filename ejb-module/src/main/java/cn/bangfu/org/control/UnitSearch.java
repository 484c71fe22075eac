package cn.bangfu.org.control;

import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitType;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.Map;

/**
 * Units inside a scope, filtered, sorted and paged by the database. The free text matches code or
 * name; filters narrow by type and by region (that region and below).
 */
@Dependent
public class UnitSearch {

    /** Sortable properties, by their JSON names. */
    private static final Map<String, String> SORTS = Map.of(
            "code", "u.code", "name", "u.name", "type", "u.type", "regionCode", "r.code",
            "headName", "u.headName", "contactName", "u.contactName");

    @PersistenceContext
    EntityManager em;

    public record Filter(UnitType type, String regionPath) {
        public static final Filter NONE = new Filter(null, null);
    }

    public Page<Unit> find(Scope scope, Filter filter, PageRequest page) {
        StringBuilder where = new StringBuilder(" where r.path like :scope");
        Map<String, Object> params = new HashMap<>();
        params.put("scope", scope.pathPattern());
        if (scope.unitOnly()) {
            where.append(" and u.id = :unitId");
            params.put("unitId", scope.unitId());
        }
        if (page.q() != null) {
            where.append(" and (lower(u.code) like :q escape '\\' or lower(u.name) like :q escape '\\')");
            params.put("q", page.qPattern());
        }
        if (filter.type() != null) {
            where.append(" and u.type = :type");
            params.put("type", filter.type());
        }
        if (filter.regionPath() != null) {
            where.append(" and r.path like :region");
            params.put("region", filter.regionPath() + "%");
        }
        String order = (page.sortField() == null ? "u.code" : SORTS.getOrDefault(page.sortField(), "u.code")) + (page.descending() ? " desc" : " asc");
        TypedQuery<Long> count = em.createQuery("select count(u) from Unit u join u.region r" + where, Long.class);
        TypedQuery<Unit> items = em.createQuery("select u from Unit u join fetch u.region r" + where + " order by " + order + ", u.id", Unit.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        items.setFirstResult(page.offset()).setMaxResults(page.size());
        return new Page<>(items.getResultList(), count.getSingleResult());
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }
}
