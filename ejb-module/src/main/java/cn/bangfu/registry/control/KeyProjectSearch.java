package cn.bangfu.registry.control;

import cn.bangfu.org.control.RegionPaths;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.KeysetChunks;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.registry.entity.KeyProjectFilter;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectData;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Key projects inside a scope, by the database: the free text matches name or owner; filters by region and category. */
@Dependent
public class KeyProjectSearch {

    private static final Map<String, String> SORTS = Map.of(
            "name", "p.name", "category", "c.sortNo", "totalInvestment", "p.totalInvestment", "regionCode", "r.code",
            "owner", "p.owner", "id", "p.id");

    @PersistenceContext
    EntityManager em;

    @Inject
    RegionPaths regionPaths;

    @Inject
    TargetScope targetScope;

    public Page<KeyProject> find(Scope scope, KeyProjectFilter filter, PageRequest page) {
        String order = (page.sortField() == null ? "p.name" : SORTS.getOrDefault(page.sortField(), "p.name"))
                + (page.descending() ? " desc" : " asc");
        return where(scope, filter, page.qPattern())
                .page(em, KeyProject.class, "select p from KeyProject p join fetch p.region r join fetch p.category c",
                        "select count(p) from KeyProject p join p.region r join p.category c", order + ", p.id", page);
    }

    /** Every project {@link #find} would list for this filter and free text, in id order, loaded a chunk at a time. */
    public Iterable<KeyProjectData> all(Scope scope, KeyProjectFilter filter, String q, int chunk) {
        Where where = where(scope, filter, new PageRequest(0, 1, null, q).qPattern());
        String select = "select p from KeyProject p join fetch p.region r join fetch p.category c" + where.clause();
        return KeysetChunks.of(chunk, last -> {
            TypedQuery<KeyProject> query = last == null
                    ? em.createQuery(select + " order by p.id", KeyProject.class)
                    : em.createQuery(select + " and p.id > :after order by p.id", KeyProject.class).setParameter("after", last.id());
            List<KeyProjectData> loaded = where.bind(query).setMaxResults(chunk).getResultList().stream().map(KeyProject::data).toList();
            em.clear();
            return loaded;
        });
    }

    private Where where(Scope scope, KeyProjectFilter filter, String qPattern) {
        String regionPath = regionPaths.within(scope, filter.regionCode());
        String category = Text.clean(filter.category());
        category = category == null ? null : category.toUpperCase(Locale.ROOT);
        return targetScope.where(scope, "p")
                .andIf(qPattern, "(lower(p.name) like :q escape '\\' or lower(p.owner) like :q escape '\\')", "q")
                .andIf(regionPath == null ? null : regionPath + "%", "r.path like :region", "region")
                .andIf(category, "c.code = :category", "category");
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }
}
