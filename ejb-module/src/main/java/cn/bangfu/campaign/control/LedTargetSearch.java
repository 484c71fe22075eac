package cn.bangfu.campaign.control;

import cn.bangfu.platform.entity.Text;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.AssistancePlan;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.campaign.entity.MyTarget;
import cn.bangfu.campaign.entity.Visit;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The targets a contact leader (联系领导) leads now: the current assignments of running campaigns whose contact
 * leader is his cadre, newest campaign first, then by target name. A page costs five queries whatever its
 * size: the count, the assignments with campaign, target and leader, their units, and the page's plans and
 * last visits (each over the page's campaigns and targets only, not whole campaigns).
 */
@Dependent
public class LedTargetSearch {

    @PersistenceContext
    EntityManager em;

    @Inject
    AssignmentSearch assignments;

    /**
     * @param cadreId  the contact leader's cadre
     * @param campaign only this campaign's (its code), or null: every running campaign's
     */
    public record Filter(long cadreId, String campaign) {
    }

    public Page<MyTarget> find(Scope scope, Filter filter, PageRequest page, LocalDate today) {
        Where where = new Where().and("l.id = :leader", "leader", filter.cadreId()).and("a.validTo is null")
                .and("c.status <> :closed", "closed", CampaignStatus.CLOSED)
                .and("cr.path like :scope", "scope", scope.pathPattern())
                .andIf(Text.clean(filter.campaign()), "c.code = :campaign", "campaign");
        Page<Assignment> found = where.page(em, Assignment.class,
                "select a from Assignment a join fetch a.campaign c join fetch c.region cr join fetch a.target t join fetch t.region"
                        + " join fetch a.contactLeader l join fetch l.unit",
                "select count(a) from Assignment a join a.campaign c join c.region cr join a.target t join a.contactLeader l",
                "c.year desc, c.code, t.name, a.id", page);
        List<Assignment> list = found.items();
        if (list.isEmpty()) {
            return new Page<>(List.of(), found.total());
        }
        List<AssignmentData> data = assignments.data(list);
        List<Long> campaigns = list.stream().map(a -> a.getCampaign().getId()).distinct().toList();
        List<Long> targets = list.stream().map(a -> a.getTarget().getId()).distinct().toList();
        Map<String, AssistancePlan> plans = new HashMap<>();
        for (Object[] row : em.createNamedQuery(AssistancePlan.OF_TARGETS, Object[].class).setParameter("campaigns", campaigns)
                .setParameter("targets", targets).getResultList()) {
            plans.put(key(row[0], row[1]), (AssistancePlan) row[2]);
        }
        Map<String, LocalDate> visits = new HashMap<>();
        for (Object[] row : em.createNamedQuery(Visit.LAST_OF_TARGETS, Object[].class).setParameter("campaigns", campaigns)
                .setParameter("targets", targets).getResultList()) {
            visits.put(key(row[0], row[1]), (LocalDate) row[2]);
        }
        List<MyTarget> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            Assignment a = list.get(i);
            Campaign c = a.getCampaign();
            String k = key(c.getId(), a.getTarget().getId());
            items.add(of(data.get(i), a.getTarget().getId(), c, plans.get(k), visits.get(k), today));
        }
        return new Page<>(items, found.total());
    }

    /**
     * One led target: the plan's status (MISSING without one) and lateness, the days since the team last visited, and the
     * team's next deadline: the plan deadline while the plan is not filed, the first visit's while no unit has visited.
     * No role of the caller's: he is the leader, not a unit.
     */
    static MyTarget of(AssignmentData a, Long targetId, Campaign c, AssistancePlan plan, LocalDate lastVisit, LocalDate today) {
        String status = plan == null ? "MISSING" : plan.getStatus().name();
        int daysLate = AssistancePlan.daysLate(c.getPlanDeadline(), plan == null ? null : plan.getSubmittedOn(), today);
        LocalDate next = null;
        String kind = null;
        if ((plan == null || !plan.getStatus().filed()) && c.getPlanDeadline() != null) {
            next = c.getPlanDeadline();
            kind = "PLAN";
        }
        if (lastVisit == null) {
            LocalDate due = FirstVisit.dueOn(a.validFrom(), c.getFirstVisitDays());
            if (next == null || due.isBefore(next)) {
                next = due;
                kind = "FIRST_VISIT";
            }
        }
        return new MyTarget(a, targetId, c.getName(), null, status, daysLate,
                lastVisit == null ? null : (int) ChronoUnit.DAYS.between(lastVisit, today), null, next, kind);
    }

    private static String key(Object campaignId, Object targetId) {
        return campaignId + "/" + targetId;
    }
}
