package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.CampaignFilter;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.CampaignMode;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.campaign.entity.GroupMemberData;
import cn.bangfu.campaign.entity.GroupRole;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
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

    public Page<Campaign> find(Scope scope, CampaignFilter filter, PageRequest page) {
        String order = (page.sortField() == null ? "c.year desc, c.startDate desc, c.code" : SORTS.getOrDefault(page.sortField(), "c.code")
                + (page.descending() ? " desc" : " asc")) + ", c.id";
        return new Where().and("(r.path like :scope or r.path in :above)", "scope", scope.pathPattern())
                .param("above", above(scope.regionPath()))
                .andIf(page.qPattern(), "(lower(c.code) like :q escape '\\' or lower(c.name) like :q escape '\\')", "q")
                .andIf(filter.year(), "c.year = :year", "year")
                .andIf(filter.status(), "c.status = :status", "status")
                .andIf(filter.mode(), "c.mode = :mode", "mode")
                // the office units joined, not read one by one; the leading groups are read by data(), one query a page
                .page(em, Campaign.class, "select c from Campaign c join fetch c.region r left join fetch c.officeUnit",
                        "select count(c) from Campaign c join c.region r",
                        order, page);
    }

    /**
     * The campaigns as the API shows them, with the leading groups of all of them read in one query.
     * Not with EclipseLink's batch reading of {@code c.leadingGroup}: on an element collection of
     * embeddables holding a {@code @ManyToOne} it fails at commit in its change detection (found by the
     * province benchmark); plain values are read instead, so nothing managed changes.
     */
    public List<CampaignData> data(List<Campaign> campaigns) {
        Map<Long, List<GroupMemberData>> groups = new HashMap<>();
        List<Long> ids = campaigns.stream().map(Campaign::getId).toList();
        if (!ids.isEmpty()) {
            for (Object[] m : em.createQuery("select c.id, g.role, k.id, k.name, k.position from Campaign c join c.leadingGroup g join g.cadre k"
                    + " where c.id in :ids", Object[].class).setParameter("ids", ids).getResultList()) {
                groups.computeIfAbsent((Long) m[0], id -> new ArrayList<>())
                        .add(new GroupMemberData((Long) m[2], ((GroupRole) m[1]).name(), (String) m[3], (String) m[4]));
            }
        }
        return campaigns.stream().map(c -> c.data(groups.getOrDefault(c.getId(), List.of()))).toList();
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
