package cn.bangfu.org.control;

import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UnitType;
import cn.bangfu.platform.control.KeysetChunks;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
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

    public Page<Unit> find(Scope scope, UnitFilter filter, PageRequest page) {
        String order = (page.sortField() == null ? "u.code" : SORTS.getOrDefault(page.sortField(), "u.code")) + (page.descending() ? " desc" : " asc");
        return where(scope, filter, page.qPattern()).page(em, Unit.class, "select u from Unit u join fetch u.region r",
                "select count(u) from Unit u join u.region r", order + ", u.id", page);
    }

    /**
     * Every unit {@link #find} would list for this filter and free text, in code order, fetched
     * {@code chunk} units per query as the caller iterates. Each chunk is copied to {@link UnitData}
     * and its entities are dropped from the persistence context, so a province's 20,000 units never
     * sit in memory together; use it only in read-only work, since it clears the persistence context.
     */
    public Iterable<UnitData> all(Scope scope, UnitFilter filter, String q, int chunk) {
        // The same escaping as a page's free text.
        Where where = where(scope, filter, new PageRequest(0, 1, null, q).qPattern());
        String select = "select u from Unit u join fetch u.region r" + where.clause();
        return KeysetChunks.of(chunk, last -> {
            TypedQuery<Unit> query = last == null
                    ? em.createQuery(select + " order by u.code", Unit.class)
                    : em.createQuery(select + " and u.code > :after order by u.code", Unit.class).setParameter("after", last.code());
            List<UnitData> loaded = where.bind(query).setMaxResults(chunk).getResultList().stream().map(Unit::data).toList();
            em.clear();
            return loaded;
        });
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }

    private static Where where(Scope scope, UnitFilter filter, String qPattern) {
        Where where = new Where().and("r.path like :scope", "scope", scope.pathPattern());
        if (scope.unitOnly()) {
            where.and("u.id = :unitId", "unitId", scope.unitId());
        }
        return where.andIf(qPattern, "(lower(u.code) like :q escape '\\' or lower(u.name) like :q escape '\\')", "q")
                .andIf(filter.type(), "u.type = :type", "type")
                .andIf(filter.regionPath() == null ? null : filter.regionPath() + "%", "r.path like :region", "region");
    }
}
