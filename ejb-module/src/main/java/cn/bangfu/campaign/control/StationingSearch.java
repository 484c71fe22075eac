package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.Stationing;
import cn.bangfu.campaign.entity.StationingCounts;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Map;

/**
 * The stationings of a campaign a user sees: a unit user those his unit dispatched, everyone else those
 * whose target lies in his region; free text matches the target, the dispatching unit (name or code)
 * or the cadre. Paged by the database; the counts by status come from one aggregate query.
 */
@Dependent
public class StationingSearch {

    private static final Map<String, String> SORTS = Map.of(
            "target", "t.name", "cadre", "c.name", "dispatchingUnit", "u.name", "from", "s.stationedFrom", "to", "s.stationedTo",
            "id", "s.id");

    /** The joins both the page and the counts filter on. */
    private static final String JOINS = " join s.cadre c join s.target t join t.region r join s.dispatchingUnit u";

    @PersistenceContext
    EntityManager em;

    public Page<Stationing> find(Scope scope, Campaign campaign, PageRequest page) {
        String order = page.sortField() == null ? "t.name, s.stationedFrom, s.id"
                : SORTS.getOrDefault(page.sortField(), "t.name") + (page.descending() ? " desc" : " asc") + ", s.id";
        return where(scope, campaign, page.qPattern()).page(em, Stationing.class,
                "select s from Stationing s join fetch s.cadre c join fetch s.target t join fetch t.region r join fetch s.dispatchingUnit u",
                "select count(s) from Stationing s" + JOINS, order, page);
    }

    /** How many stationings the same filter finds, and how many are under way, ended and upcoming on {@code today}. */
    public StationingCounts count(Scope scope, Campaign campaign, String qPattern, LocalDate today) {
        Where where = where(scope, campaign, qPattern).param("today", today);
        Object[] row = where.bind(em.createQuery("select count(s), sum(case when s.stationedTo < :today then 1 else 0 end),"
                + " sum(case when s.stationedFrom > :today then 1 else 0 end) from Stationing s" + JOINS + where.clause(), Object[].class))
                .getSingleResult();
        long total = number(row[0]);
        long ended = number(row[1]);
        long upcoming = number(row[2]);
        return new StationingCounts(total, total - ended - upcoming, ended, upcoming);
    }

    private static Where where(Scope scope, Campaign campaign, String qPattern) {
        Where where = new Where().and("s.campaign = :campaign", "campaign", campaign);
        if (scope.unitOnly()) {
            where.and("u.id = :scope", "scope", scope.unitId());
        } else {
            where.and("r.path like :scope", "scope", scope.pathPattern());
        }
        return where.andIf(qPattern, "(lower(t.name) like :q escape '\\' or lower(u.name) like :q escape '\\'"
                + " or lower(u.code) like :q escape '\\' or lower(c.name) like :q escape '\\')", "q");
    }

    /** An aggregate's value: null over no rows. */
    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }
}
