package cn.bangfu.registry.control;

import cn.bangfu.org.control.RegionPaths;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.KeysetChunks;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Like;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.registry.entity.EnterpriseFilter;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.ScaleFlag;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Map;

/**
 * Enterprises inside a scope, filtered, sorted and paged by the database. The free text matches
 * name or credit code; filters narrow by region (that region and below), industry, scale flag
 * (or any flag: 四上), park (contains) and tag (exact). Each page's tags are read in one more query.
 */
@Dependent
public class EnterpriseSearch {

    private static final Map<String, String> SORTS = Map.of(
            "creditCode", "e.creditCode", "name", "e.name", "regionCode", "r.code", "industry", "e.industry",
            "park", "e.park", "legalRepresentative", "e.legalRepresentative", "contactName", "e.contactName");

    @PersistenceContext
    EntityManager em;

    @Inject
    RegionPaths regionPaths;

    @Inject
    TargetScope targetScope;

    public Page<Enterprise> find(Scope scope, EnterpriseFilter filter, PageRequest page) {
        String order = (page.sortField() == null ? "e.name" : SORTS.getOrDefault(page.sortField(), "e.name"))
                + (page.descending() ? " desc" : " asc");
        return where(scope, filter, page.qPattern())
                .hint("eclipselink.batch", "e.tags")
                .hint("eclipselink.batch.type", "IN")
                .page(em, Enterprise.class, "select e from Enterprise e join fetch e.region r",
                        "select count(e) from Enterprise e join e.region r", order + ", e.id", page);
    }

    /**
     * Every enterprise {@link #find} would list for this filter and free text, in credit-code order,
     * {@code chunk} per query as the caller iterates (keyset paging), copied to {@link EnterpriseData}
     * and dropped from the persistence context. Clears the persistence context: read-only work only.
     */
    public Iterable<EnterpriseData> all(Scope scope, EnterpriseFilter filter, String q, int chunk) {
        Where where = where(scope, filter, new PageRequest(0, 1, null, q).qPattern());
        String select = "select e from Enterprise e join fetch e.region r" + where.clause();
        return KeysetChunks.of(chunk, last -> {
            TypedQuery<Enterprise> query = last == null
                    ? em.createQuery(select + " order by e.creditCode", Enterprise.class)
                    : em.createQuery(select + " and e.creditCode > :after order by e.creditCode", Enterprise.class)
                            .setParameter("after", last.creditCode());
            query.setHint("eclipselink.batch", "e.tags").setHint("eclipselink.batch.type", "IN");
            List<EnterpriseData> loaded = where.bind(query).setMaxResults(chunk).getResultList().stream().map(Enterprise::data).toList();
            em.clear();
            return loaded;
        });
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }

    private Where where(Scope scope, EnterpriseFilter filter, String qPattern) {
        String regionPath = regionPaths.within(scope, filter.regionCode());
        Where where = targetScope.where(scope, "e");
        // A text inside the name or the code can use no index whatever the function; the region and other filters do.
        where.andIf(qPattern, "(lower(e.name) like :q escape '\\' or lower(e.creditCode) like :q escape '\\')", "q");
        where.andIf(regionPath == null ? null : regionPath + "%", "r.path like :region", "region")
                .andIf(filter.industry(), "e.industry = :industry", "industry")
                .andIf(Like.containing(filter.park()), "lower(e.park) like :park escape '\\'", "park")
                .andIf(Text.clean(filter.tag()), "e.id in (select t.id from Enterprise t join t.tags g where g = :tag)", "tag");
        // Booleans are compared with a bound TRUE: EclipseLink writes the literal true as 1, which H2 2 and PostgreSQL refuse.
        if (filter.scaleFlag() != null) {
            where.and(flagColumn(filter.scaleFlag()) + " = :flag", "flag", Boolean.TRUE);
        }
        if (filter.fourAbove() != null) {
            String any = "(e.aboveScaleIndustry = :yes or e.aboveQuotaTrade = :yes or e.qualifiedConstruction = :yes"
                    + " or e.aboveScaleServices = :yes)";
            where.and(filter.fourAbove() ? any : "not " + any, "yes", Boolean.TRUE);
        }
        return where;
    }

    private static String flagColumn(ScaleFlag flag) {
        return switch (flag) {
            case ABOVE_SCALE_INDUSTRY -> "e.aboveScaleIndustry";
            case ABOVE_QUOTA_TRADE -> "e.aboveQuotaTrade";
            case QUALIFIED_CONSTRUCTION -> "e.qualifiedConstruction";
            case ABOVE_SCALE_SERVICES -> "e.aboveScaleServices";
        };
    }

}
