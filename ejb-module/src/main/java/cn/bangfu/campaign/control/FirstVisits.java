package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.campaign.entity.Visit;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.ChunkedLookup;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each unit's first (and last) visit to each target it helps now in a campaign: one grouped query over
 * visit_unit (a joint visit counts for every unit present) joined in memory with the current
 * assignments the user sees. A unit counts from the day of the assignment that made it a helper now.
 */
@Dependent
public class FirstVisits {

    @PersistenceContext
    EntityManager em;

    /** Every unit of every current assignment the user sees, with its first visit (if any). */
    public List<FirstVisit> of(Scope scope, Campaign campaign) {
        String jpql = "select distinct a from Assignment a join fetch a.target t join fetch t.region r where a.campaign = :campaign"
                + " and a.validTo is null" + (scope.unitOnly()
                ? " and exists (select f from AssignmentUnit f where f.assignment = a and f.unit.id = :unit)"
                : " and r.path like :region");
        var q = em.createQuery(jpql, Assignment.class).setParameter("campaign", campaign);
        if (scope.unitOnly()) {
            q.setParameter("unit", scope.unitId());
        } else {
            q.setParameter("region", scope.pathPattern());
        }
        List<Assignment> assignments = q.getResultList();
        return of(campaign, assignments, visits(campaign));
    }

    /** The first visits of the units of some assignments, from the per-unit visit summary of the campaign. */
    public List<FirstVisit> of(Campaign campaign, List<Assignment> assignments, Map<String, Object[]> visits) {
        List<FirstVisit> list = new ArrayList<>();
        if (assignments.isEmpty()) {
            return list;
        }
        List<Long> ids = assignments.stream().map(Assignment::getId).toList();
        Map<Long, List<AssignmentUnit>> units = new HashMap<>();
        for (AssignmentUnit au : ChunkedLookup.all(em, Assignment.UNITS_OF, AssignmentUnit.class, "ids", ids)) {
            units.computeIfAbsent(au.getAssignment().getId(), k -> new ArrayList<>()).add(au);
        }
        Map<String, List<Assignment>> ended = ended(campaign);
        for (Assignment a : assignments) {
            for (AssignmentUnit au : units.getOrDefault(a.getId(), List.of())) {
                Object[] v = visits.get(key(au.getUnit().getId(), a.getTarget().getId()));
                LocalDate assignedOn = assignedOn(ended, a, au);
                list.add(new FirstVisit(campaign.getCode(), a.getTarget().getId(), a.getTarget().getName(), au.getUnit().getCode(),
                        au.getUnit().getName(), au.getRole().name(), assignedOn, FirstVisit.dueOn(assignedOn, campaign.getFirstVisitDays()),
                        v == null ? null : (LocalDate) v[2], v == null ? null : (LocalDate) v[3], v == null ? 0 : ((Number) v[4]).longValue()));
            }
        }
        return list;
    }

    /** unit id + target id → [unit id, target id, first date, last date, count] over the campaign's visits. */
    public Map<String, Object[]> visits(Campaign campaign) {
        Map<String, Object[]> m = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Visit.FIRST_OF_UNITS, Object[].class).setParameter("campaign", campaign).getResultList()) {
            m.put(key(((Number) row[0]).longValue(), ((Number) row[1]).longValue()), row);
        }
        return m;
    }

    public static String key(long unitId, long targetId) {
        return unitId + "/" + targetId;
    }

    /**
     * The ended assignments of the campaign per unit and target ({@link #key}), newest first: {@link #assignedOn} walks back
     * through those that run without a gap up to the current one and involve the unit, so a unit kept on by
     * a reassignment counts from the day it began. Ended assignments are few (reassignments): read at once.
     */
    Map<String, List<Assignment>> ended(Campaign campaign) {
        List<Assignment> ended = em.createQuery("select a from Assignment a where a.campaign = :campaign and a.validTo is not null"
                + " order by a.validFrom desc", Assignment.class).setParameter("campaign", campaign).getResultList();
        Map<String, List<Assignment>> byUnitTarget = new HashMap<>();
        List<Long> ids = ended.stream().map(Assignment::getId).toList();
        for (AssignmentUnit au : ChunkedLookup.all(em, Assignment.UNITS_OF, AssignmentUnit.class, "ids", ids)) {
            byUnitTarget.computeIfAbsent(key(au.getUnit().getId(), au.getAssignment().getTarget().getId()), k -> new ArrayList<>())
                    .add(au.getAssignment());
        }
        byUnitTarget.values().forEach(list -> list.sort(java.util.Comparator.comparing(Assignment::getValidFrom).reversed()));
        return byUnitTarget;
    }

    static LocalDate assignedOn(Map<String, List<Assignment>> ended, Assignment current, AssignmentUnit au) {
        LocalDate from = current.getValidFrom();
        for (Assignment a : ended.getOrDefault(key(au.getUnit().getId(), current.getTarget().getId()), List.of())) {
            if (a.getValidTo().equals(from)) {
                from = a.getValidFrom();
            }
        }
        return from;
    }
}
