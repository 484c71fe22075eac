package cn.bangfu.org.control;

import cn.bangfu.org.entity.CadreFilter;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.KeysetChunks;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Text;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * Cadres whose unit lies in the caller's region, filtered, sorted and paged by the database. The
 * free text matches name or position; filters narrow by unit, rank and region (that region and below).
 */
@Dependent
public class CadreSearch {

    private static final Map<String, String> SORTS = Map.of(
            "name", "c.name", "unitCode", "u.code", "position", "c.position", "rank", "c.rank", "id", "c.id");

    @PersistenceContext
    EntityManager em;

    @Inject
    RegionPaths regionPaths;

    public Page<Cadre> find(Scope scope, CadreFilter filter, PageRequest page) {
        String order = (page.sortField() == null ? "c.name" : SORTS.getOrDefault(page.sortField(), "c.name"))
                + (page.descending() ? " desc" : " asc");
        return where(scope, filter, page.qPattern())
                .page(em, Cadre.class, "select c from Cadre c join fetch c.unit u join fetch u.region r",
                        "select count(c) from Cadre c join c.unit u join u.region r", order + ", c.id", page);
    }

    /** Every cadre {@link #find} would list for this filter and free text, in id order, loaded a chunk at a time. */
    public Iterable<CadreData> all(Scope scope, CadreFilter filter, String q, int chunk) {
        Where where = where(scope, filter, new PageRequest(0, 1, null, q).qPattern());
        String select = "select c from Cadre c join fetch c.unit u join fetch u.region r" + where.clause();
        return KeysetChunks.of(chunk, last -> {
            TypedQuery<Cadre> query = last == null
                    ? em.createQuery(select + " order by c.id", Cadre.class)
                    : em.createQuery(select + " and c.id > :after order by c.id", Cadre.class).setParameter("after", last.id());
            List<CadreData> loaded = where.bind(query).setMaxResults(chunk).getResultList().stream().map(Cadre::data).toList();
            em.clear();
            return loaded;
        });
    }

    private Where where(Scope scope, CadreFilter filter, String qPattern) {
        String regionPath = regionPaths.within(scope, filter.regionCode());
        // Cadres are seen by region for every role, UNIT users included: a unit works with the leaders and
        // cadres of its partner units (DESIGN §6), who belong to other units of the county.
        return new Where().and("r.path like :scope", "scope", scope.pathPattern())
                .andIf(qPattern, "(lower(c.name) like :q escape '\\' or lower(c.position) like :q escape '\\')", "q")
                .andIf(Text.clean(filter.unitCode()), "u.code = :unit", "unit")
                .andIf(filter.rank(), "c.rank = :rank", "rank")
                .andIf(regionPath == null ? null : regionPath + "%", "r.path like :region", "region");
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }

}
