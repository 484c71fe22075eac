package cn.bangfu.campaign.demo;

import cn.bangfu.platform.control.DemoMode;
import java.time.Clock;
import cn.bangfu.platform.control.Clocks;
import cn.bangfu.campaign.demo.DemoAssignments;
import cn.bangfu.campaign.demo.DemoWork;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.AssistancePlan;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.PlanActor;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.campaign.entity.Visit;
import cn.bangfu.campaign.entity.VisitMode;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.SchemaReady;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.logging.Logger;

/**
 * The demo campaign's plans and visits ({@link DemoWork}), loaded once after {@link DemoCampaigns}
 * into a demo database whose campaign has assignments but no plan and no visit yet. Plans go through
 * their own rules (edit, submit, approve, return), so the demo holds only states the application can reach.
 */
@Singleton
public class DemoPlansVisits {

    @Inject
    Clock clock;

    /** After DemoCampaigns. */
    public static final int PRIORITY = DemoCampaigns.PRIORITY + 100;
    private static final Logger LOG = Logger.getLogger(DemoPlansVisits.class.getName());
    private static final List<VisitMode> FORMS = List.of(VisitMode.FIELD, VisitMode.MEETING, VisitMode.PHONE, VisitMode.FIELD,
            VisitMode.ONLINE);

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public void onSchemaReady(@Observes @Priority(PRIORITY) SchemaReady ready) {
        boolean demo = DemoMode.on();
        Campaign campaign = demo ? em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", DemoAssignments.CODE)
                .getResultStream().findFirst().orElse(null) : null;
        if (campaign == null || em.createQuery("select count(p) from AssistancePlan p", Long.class).getSingleResult() > 0
                || em.createQuery("select count(v) from Visit v", Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Assignment> current = new HashMap<>();
        for (Assignment a : em.createQuery("select a from Assignment a join fetch a.target where a.campaign = :c and a.validTo is null",
                Assignment.class).setParameter("c", campaign).getResultList()) {
            current.put(a.getTarget().getName(), a);
        }
        LocalDate today = LocalDate.now(clock);
        int plans = 0;
        int visits = 0;
        for (int i = 0; i < DemoAssignments.ASSIGNMENTS.size(); i++) {
            Assignment a = current.get(DemoAssignments.ASSIGNMENTS.get(i).enterprise());
            if (a == null) {
                continue;
            }
            List<AssignmentUnit> team = a.units();
            DemoWork.PlanSeed p = DemoWork.PLANS.get(i);
            if (p != null) {
                plan(campaign, a, team, p);
                plans++;
            }
            visits += visits(campaign, a, team, i, today);
        }
        int p = plans;
        int v = visits;
        LOG.info(() -> "Bangfu demo plans and visits loaded: " + p + " plans, " + v + " visits");
    }

    private void plan(Campaign campaign, Assignment a, List<AssignmentUnit> team, DemoWork.PlanSeed p) {
        Unit leading = a.leadingUnit();
        PlanActor unit = new PlanActor(leading.getCode(), leading.getId(), UnitRole.LEADING, false);
        PlanActor office = new PlanActor("office", null, null, true);
        AssistancePlan plan = new AssistancePlan(campaign, a.getTarget(), leading);
        List<AssistancePlan.MeasureInput> measures = new ArrayList<>();
        for (int k = 0; k < p.measures().size(); k++) {
            String text = p.measures().get(k);
            // The unit the measure names (税务局…, 财政局…) if it is on the team, else the leading unit.
            Unit responsible = team.stream().map(AssignmentUnit::getUnit)
                    .filter(u -> text.length() > 2 && u.getName().contains(text.substring(0, 2))).findFirst().orElse(leading);
            measures.add(new AssistancePlan.MeasureInput(text, responsible, LocalDate.of(2026, 6 + 3 * k, 30)));
        }
        plan.edit(unit, p.goals(), measures);
        if (p.submitted() != null) {
            plan.submit(unit, at(p.submitted(), 17), p.submitted());
        }
        if (p.comment() != null && team.size() > 1) {
            Unit co = team.get(1).getUnit();
            LocalDate day = p.submitted() == null ? LocalDate.of(2026, 3, 25) : p.submitted().plusDays(2);
            plan.comment(new PlanActor(co.getCode(), co.getId(), UnitRole.CO, false), co, p.comment(), at(day, 10));
        }
        if ("APPROVED".equals(p.status())) {
            plan.approve(office, at(p.decided(), 11));
        } else if ("RETURNED".equals(p.status())) {
            plan.returnWith(office, p.reason(), at(p.decided(), 11));
        }
        em.persist(plan);
        em.flush();
        audit.created(plan);
    }

    /** Visits of one team: first visits in March (after the circular for some), then visits June to November, some joint. */
    private int visits(Campaign campaign, Assignment a, List<AssignmentUnit> team, int i, LocalDate today) {
        int n = 0;
        List<AssignmentUnit> onTime = new ArrayList<>();
        List<AssignmentUnit> active = new ArrayList<>();
        for (int j = 0; j < team.size(); j++) {
            String key = i + "/" + j;
            if (DemoWork.NEVER.contains(key)) {
                continue;
            }
            active.add(team.get(j));
            if (DemoWork.AFTER_CIRCULAR.contains(key)) {
                n += visit(campaign, a.getTarget(), LocalDate.of(2026, 5, 4 + (i % 20)), VisitMode.FIELD, List.of(team.get(j)), i + j, today);
            } else {
                onTime.add(team.get(j));
            }
        }
        if (!onTime.isEmpty()) {
            LocalDate first = a.getValidFrom().plusDays(3 + i % 20);
            n += visit(campaign, a.getTarget(), first, VisitMode.MEETING, onTime, i, today);
        }
        if (active.isEmpty()) {
            return n;
        }
        for (int m = 6; m <= 11; m++) {
            AssignmentUnit lead = active.get(0);
            if ((i + m) % 2 == 0) {
                n += visit(campaign, a.getTarget(), LocalDate.of(2026, m, 3 + (i * 7 + m) % 24), FORMS.get((i + m) % FORMS.size()),
                        List.of(lead), i + m, today);
            }
            if ((i + m) % 3 == 0 && active.size() > 1) {
                n += visit(campaign, a.getTarget(), LocalDate.of(2026, m, 5 + (i + m) % 20), VisitMode.FIELD, active, i * m, today);
            }
        }
        return n;
    }

    private int visit(Campaign campaign, AssistanceTarget target, LocalDate day, VisitMode form, List<AssignmentUnit> present, int seed,
                      LocalDate today) {
        if (day.isAfter(today)) {
            return 0;
        }
        Set<Unit> units = new LinkedHashSet<>();
        Set<Cadre> cadres = new LinkedHashSet<>();
        for (AssignmentUnit u : present) {
            units.add(u.getUnit());
            if (u.getContactCadre() != null) {
                cadres.add(u.getContactCadre());
            }
        }
        Unit recorder = present.get(0).getUnit();
        Visit v = new Visit(campaign, target, day, form, units, cadres, DemoWork.LEARNED.get(Math.floorMod(seed, DemoWork.LEARNED.size())),
                DemoWork.FOLLOW_UPS.get(Math.floorMod(seed, DemoWork.FOLLOW_UPS.size())), recorder, recorder.getCode(), at(day, 18));
        em.persist(v);
        em.flush();
        audit.created(v);
        return 1;
    }

    private static Instant at(LocalDate day, int hour) {
        return Objects.requireNonNull(day).atTime(LocalTime.of(hour, 0)).atZone(Clocks.CHINA).toInstant();
    }
}
