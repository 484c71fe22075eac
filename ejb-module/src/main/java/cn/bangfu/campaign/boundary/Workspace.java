package cn.bangfu.campaign.boundary;

import cn.bangfu.platform.entity.Roles;
import java.time.Clock;
import cn.bangfu.campaign.control.AssignmentSearch;
import cn.bangfu.campaign.control.CampaignPlans;
import cn.bangfu.campaign.control.FirstVisits;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.AssistancePlan;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.campaign.entity.MyTarget;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
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
 * A unit's workspace (我的帮扶对象): every target it helps now in running campaigns, with leader and
 * partner units (head, contact, phone), its role, the plan's status, the days since the last visit
 * (the team's and its own) and the next deadline it has to meet: the plan deadline while the leading
 * unit has not filed its plan, the first-visit deadline while the unit has not visited. A unit helps few
 * targets, so each running campaign's visit summary and plans are read once.
 */
@Stateless
public class Workspace {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    AssignmentSearch search;

    @Inject
    FirstVisits firstVisits;

    @Inject
    CampaignPlans campaignPlans;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public List<MyTarget> mine() {
        Scope scope = caller.get();
        if (scope.unitId() == null) {
            return List.of();
        }
        List<AssignmentData> assignments = search.ofUnit(scope.unitId());
        LocalDate today = LocalDate.now(clock);
        Map<String, Campaign> campaigns = new HashMap<>();
        Map<String, Map<String, Object[]>> visits = new HashMap<>();
        Map<String, Map<Long, AssistancePlan>> plans = new HashMap<>();
        Map<Long, Long> targets = new HashMap<>();
        Map<String, Long> unitIds = new HashMap<>();
        if (!assignments.isEmpty()) {
            List<Long> ids = assignments.stream().map(AssignmentData::id).toList();
            for (Object[] row : em.createNamedQuery(Assignment.TARGET_IDS, Object[].class)
                    .setParameter("ids", ids).getResultList()) {
                targets.put((Long) row[0], (Long) row[1]);
            }
            List<String> codes = assignments.stream().flatMap(a -> a.units().stream()).map(u -> u.code()).distinct().toList();
            for (Object[] row : em.createNamedQuery(Unit.IDS_BY_CODES, Object[].class)
                    .setParameter("codes", codes).getResultList()) {
                unitIds.put((String) row[0], (Long) row[1]);
            }
        }
        List<MyTarget> list = new ArrayList<>();
        for (AssignmentData a : assignments) {
            Campaign c = campaigns.computeIfAbsent(a.campaign(), code -> em.createNamedQuery(Campaign.BY_CODE, Campaign.class)
                    .setParameter("code", code).getSingleResult());
            Map<String, Object[]> v = visits.computeIfAbsent(a.campaign(), code -> firstVisits.visits(c));
            Map<Long, AssistancePlan> p = plans.computeIfAbsent(a.campaign(), code -> campaignPlans.byTarget(c));
            Long targetId = targets.get(a.id());
            String role = a.units().stream().filter(u -> u.code().equals(scope.unitCode())).map(u -> u.role()).findFirst().orElse(null);
            LocalDate teamLast = null;
            LocalDate myLast = null;
            LocalDate myFirst = null;
            for (var u : a.units()) {
                Object[] row = v.get(FirstVisits.key(unitIds.get(u.code()), targetId));
                if (row == null) {
                    continue;
                }
                LocalDate last = (LocalDate) row[3];
                teamLast = teamLast == null || last.isAfter(teamLast) ? last : teamLast;
                if (u.code().equals(scope.unitCode())) {
                    myLast = last;
                    myFirst = (LocalDate) row[2];
                }
            }
            AssistancePlan plan = p.get(targetId);
            String planStatus = plan == null ? "MISSING" : plan.getStatus().name();
            int daysLate = plan == null ? AssistancePlan.daysLate(c.getPlanDeadline(), null, today) : plan.daysLate(today);
            LocalDate next = null;
            String kind = null;
            boolean planDue = plan == null || !plan.getStatus().filed();
            if (UnitRole.LEADING.name().equals(role) && planDue && c.getPlanDeadline() != null) {
                next = c.getPlanDeadline();
                kind = "PLAN";
            }
            if (myFirst == null) {
                LocalDate due = FirstVisit.dueOn(a.validFrom(), c.getFirstVisitDays());
                if (next == null || due.isBefore(next)) {
                    next = due;
                    kind = "FIRST_VISIT";
                }
            }
            list.add(new MyTarget(a, targetId, c.getName(), role, planStatus, daysLate,
                    days(teamLast, today), days(myLast, today), next, kind));
        }
        return list;
    }

    private static Integer days(LocalDate d, LocalDate today) {
        return d == null ? null : (int) ChronoUnit.DAYS.between(d, today);
    }
}
