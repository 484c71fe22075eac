package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignMode;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The campaigns a user sees ({@link Campaign#visibleTo}): those of his region and below, and those of
 * the regions above him (the county's campaigns for a township unit). Filtered by year, status, mode and
 * free text (code or name), sorted and paged by the database.
 */
@Dependent
public class CampaignSearch {

    private static final Map<String, String> SORTS = Map.of(
            "code", "c.code", "name", "c.name", "year", "c.year", "startDate", "c.startDate", "endDate", "c.endDate",
            "status", "c.status", "mode", "c.mode");

    @PersistenceContext
    EntityManager em;

    /** @param mode only campaigns of this mode, e.g. the STATIONED ones the stationing page chooses from */
    public record Filter(Integer year, CampaignStatus status, CampaignMode mode) {
        public static final Filter NONE = new Filter(null, null, null);

        public Filter(Integer year, CampaignStatus status) {
            this(year, status, null);
        }
    }

    public Page<Campaign> find(Scope scope, Filter filter, PageRequest page) {
        String order = (page.sortField() == null ? "c.year desc, c.startDate desc, c.code" : SORTS.getOrDefault(page.sortField(), "c.code")
                + (page.descending() ? " desc" : " asc")) + ", c.id";
        return new Where().and("(r.path like :scope or r.path in :above)", "scope", scope.pathPattern())
                .param("above", above(scope.regionPath()))
                .andIf(page.qPattern(), "(lower(c.code) like :q escape '\\' or lower(c.name) like :q escape '\\')", "q")
                .andIf(filter.year(), "c.year = :year", "year")
                .andIf(filter.status(), "c.status = :status", "status")
                .andIf(filter.mode(), "c.mode = :mode", "mode")
                // the office units joined, not read one by one. The leading groups are still read per campaign: batch reading them
                // (eclipselink.batch c.leadingGroup, an element collection of embeddables holding a @ManyToOne) makes EclipseLink
                // fail at commit with a NullPointerException in its change detection (found by the province benchmark)
                .page(em, Campaign.class, "select c from Campaign c join fetch c.region r left join fetch c.officeUnit",
                        "select count(c) from Campaign c join c.region r",
                        order, page);
    }

    /** The paths of the regions above the one with this path: "430000/430600/430626/" gives "430000/" and "430000/430600/". */
    static List<String> above(String path) {
        List<String> paths = new ArrayList<>();
        int i = path.indexOf('/');
        while (i >= 0 && i < path.length() - 1) {
            paths.add(path.substring(0, i + 1));
            i = path.indexOf('/', i + 1);
        }
        return paths.isEmpty() ? List.of("-") : paths;
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }
}
