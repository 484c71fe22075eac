package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.AssignmentFilter;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Text;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The assignments of a campaign a user sees: a unit user those that involve his unit, everyone else
 * those whose target lies in his region. Current ones by default, the whole history on request.
 * A page costs three queries whatever its size: the count, the assignments with target and leader,
 * and all their units with unit and contact cadre.
 */
@Dependent
public class AssignmentSearch {

    private static final Map<String, String> SORTS = Map.of(
            "target", "t.name", "validFrom", "a.validFrom", "validTo", "a.validTo", "contactLeader", "l.name", "id", "a.id");

    @PersistenceContext
    EntityManager em;

    public Page<AssignmentData> find(Scope scope, Campaign campaign, AssignmentFilter filter, PageRequest page) {
        String order = (page.sortField() == null ? "t.name" : SORTS.getOrDefault(page.sortField(), "t.name"))
                + (page.descending() ? " desc" : " asc") + ", a.validFrom, a.id";
        Where where = new Where().and("a.campaign = :campaign", "campaign", campaign);
        scoped(where, scope);
        if (!filter.history()) {
            where.and("a.validTo is null");
        }
        where.andIf(page.qPattern(), "lower(t.name) like :q escape '\\'", "q")
                .andIf(Text.clean(filter.unitCode()),
                        "exists (select f from AssignmentUnit f where f.assignment = a and f.unit.code = :unitCode)", "unitCode")
                .andIf(filter.contactLeader(), "l.id = :leader", "leader");
        Page<Assignment> found = where.page(em, Assignment.class,
                "select a from Assignment a join fetch a.target t join fetch t.region r join fetch a.contactLeader l join fetch l.unit",
                "select count(a) from Assignment a join a.target t join t.region r join a.contactLeader l", order, page);
        return new Page<>(data(found.items()), found.total());
    }

    /** The current assignments, in visible campaigns, that involve a unit: "which targets do we help, and with whom". */
    public List<AssignmentData> ofUnit(long unitId) {
        List<Assignment> list = em.createQuery("select a from Assignment a join fetch a.campaign c join fetch a.target t"
                + " join fetch t.region join fetch a.contactLeader l join fetch l.unit where a.validTo is null and c.status <> :closed"
                + " and exists (select f from AssignmentUnit f where f.assignment = a and f.unit.id = :unit)"
                + " order by c.year desc, c.code, t.name, a.id", Assignment.class)
                .setParameter("closed", cn.bangfu.campaign.entity.CampaignStatus.CLOSED).setParameter("unit", unitId).getResultList();
        return data(list);
    }

    /** Limits a query over {@code a} (joined to target {@code t} and its region {@code r}) to what the user sees. */
    static void scoped(Where where, Scope scope) {
        if (scope.unitOnly()) {
            where.and("exists (select s from AssignmentUnit s where s.assignment = a and s.unit.id = :scopeUnit)", "scopeUnit", scope.unitId());
        } else {
            where.and("r.path like :scope", "scope", scope.pathPattern());
        }
    }

    /** The assignments as the API shows them, with all their units read in one query. */
    public List<AssignmentData> data(List<Assignment> assignments) {
        Map<Long, List<AssignmentUnit>> units = units(assignments.stream().map(Assignment::getId).toList());
        return assignments.stream().map(a -> a.data(units.getOrDefault(a.getId(), List.of()))).toList();
    }

    /** The units of these assignments, by assignment id, in one query per thousand assignments. */
    Map<Long, List<AssignmentUnit>> units(List<Long> ids) {
        Map<Long, List<AssignmentUnit>> byAssignment = new HashMap<>();
        for (AssignmentUnit au : ChunkedLookup.all(em, Assignment.UNITS_OF, AssignmentUnit.class, "ids", ids)) {
            byAssignment.computeIfAbsent(au.getAssignment().getId(), k -> new ArrayList<>()).add(au);
        }
        return byAssignment;
    }

    public static boolean sortable(String field) {
        return field == null || SORTS.containsKey(field);
    }

}
