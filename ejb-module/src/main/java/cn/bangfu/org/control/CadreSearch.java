package cn.bangfu.org.control;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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

    public record Filter(String unitCode, CadreRank rank, String regionCode) {
        public static final Filter NONE = new Filter(null, null, null);
    }

    public Page<Cadre> find(Scope scope, Filter filter, PageRequest page) {
        String order = (page.sortField() == null ? "c.name" : SORTS.getOrDefault(page.sortField(), "c.name"))
                + (page.descending() ? " desc" : " asc");
        String regionPath = regionPaths.within(scope, filter.regionCode());
        // Cadres are seen by region for every role, UNIT users included: a unit works with the leaders and
        // cadres of its partner units (DESIGN §6), who belong to other units of the county.
        return new Where().and("r.path like :scope", "scope", scope.pathPattern())
                .andIf(page.qPattern(), "(lower(c.name) like :q escape '\\' or lower(c.position) like :q escape '\\')", "q")
                .andIf(blankToNull(filter.unitCode()), "u.code = :unit", "unit")
                .andIf(filter.rank(), "c.rank = :rank", "rank")
                .andIf(regionPath == null ? null : regionPath + "%", "r.path like :region", "region")
                .page(em, Cadre.class, "select c from Cadre c join fetch c.unit u join fetch u.region r",
                        "select count(c) from Cadre c join c.unit u join u.region r", order + ", c.id", page);
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
