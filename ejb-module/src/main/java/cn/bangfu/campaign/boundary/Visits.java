package cn.bangfu.campaign.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.entity.Like;
import java.time.Clock;
import cn.bangfu.platform.control.Clocks;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.control.FirstVisits;
import cn.bangfu.campaign.control.Teams;
import cn.bangfu.campaign.control.VisitSearch;
import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CommentData;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.campaign.entity.PlanData;
import cn.bangfu.campaign.entity.PlanStatus;
import cn.bangfu.campaign.entity.Timeline;
import cn.bangfu.campaign.entity.TimelineEntry;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.campaign.entity.Visit;
import cn.bangfu.campaign.entity.VisitData;
import cn.bangfu.campaign.entity.VisitMode;
import cn.bangfu.campaign.entity.VisitRules;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Visits (走访): a unit helping a target logs them, one record for a joint visit of several of the
 * target's units (it counts for each). The team timeline shows every visit and plan event of all the
 * target's units; the office lists the units that have not visited within the campaign's first-visit
 * days. Units see the targets they help now, the office its region; 404 otherwise. Every visit is audited.
 */
@Stateless
public class Visits {

    @Inject
    VisitSearch search;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    Teams teams;

    @Inject
    FirstVisits firstVisits;

    @Inject
    Plans plans;

    @Inject
    AuditTrail audit;

    /** Logs a visit of the caller's unit (and, for a joint visit, the partner units present). */
    @RolesAllowed(Roles.UNIT)
    public VisitData log(String campaignCode, VisitData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        Teams.Team team = teams.of(scope, campaign, data.target(), data.targetId());
        if (team.roleOf(scope) == null) {
            throw new ForbiddenException(scope.login() + " does not help target " + team.target().getId());
        }
        Set<String> teamUnits = new LinkedHashSet<>();
        Map<String, Unit> known = new HashMap<>();
        for (AssignmentUnit au : team.units()) {
            teamUnits.add(au.getUnit().getCode());
            known.put(au.getUnit().getCode(), au.getUnit());
        }
        List<String> units = data.units().isEmpty() ? List.of(scope.unitCode()) : data.units();
        Map<Long, Cadre> cadres = new HashMap<>();
        if (!data.cadres().isEmpty()) {
            for (Cadre c : em.createNamedQuery(Cadre.BY_IDS, Cadre.class).setParameter("ids", data.cadres()).getResultList()) {
                cadres.put(c.getId(), c);
            }
        }
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = VisitRules.check(data, campaign, today, scope.unitCode(), units, known, teamUnits, cadres);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Set<Unit> present = new LinkedHashSet<>();
        units.forEach(code -> present.add(known.get(code)));
        Visit v = new Visit(campaign, team.target(), data.visitDate(), VisitMode.of(data.form()), present,
                new LinkedHashSet<>(data.cadres().stream().map(cadres::get).toList()), data.learned(), data.followUps(),
                known.get(scope.unitCode()), scope.login(), clock.instant());
        em.persist(v);
        em.flush();
        audit.created(v);
        return v.data();
    }

    /** The visits of the campaign the caller sees, newest first; optionally of one target or one unit (code). */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Page<VisitData> find(String campaignCode, Long targetId, String unitCode, PageRequest page) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        return search.find(scope, campaign, targetId, unitCode, page);
    }

    /**
     * Each unit's first visit to each target it helps now (that the caller sees). {@code state}: only
     * MISSING (not visited within the first-visit days), LATE, ON_TIME or PENDING; all when null. The
     * units in arrears first.
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public List<FirstVisit> firstVisits(String campaignCode, FirstVisit.State state) {
        return firstVisits(campaignCode, state, false);
    }

    /**
     * As {@link #firstVisits(String, FirstVisit.State)}; with {@code afterCircular} only the units that first visited late
     * and only after the campaign's first published circular (none before one is published).
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public List<FirstVisit> firstVisits(String campaignCode, FirstVisit.State state, boolean afterCircular) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        LocalDate today = LocalDate.now(clock);
        return firstVisits.of(scope, campaign).stream().filter(f -> state == null || f.state(today) == state)
                .filter(f -> !afterCircular || campaign.afterFirstCircular(f))
                .sorted(Comparator.comparingInt((FirstVisit f) -> f.daysOverdue(today)).reversed().thenComparing(FirstVisit::targetName)
                        .thenComparing(FirstVisit::unit))
                .toList();
    }

    /** The team timeline of a target: team, plan, every visit and plan event of all its units, newest first, and each unit's share. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Timeline timeline(String campaignCode, long targetId) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        Teams.Team team = teams.of(scope, campaign, targetId);
        List<TimelineEntry> entries = new ArrayList<>();
        for (Visit v : em.createNamedQuery(Visit.OF_TARGET, Visit.class).setParameter("campaign", campaign)
                .setParameter("target", team.target()).getResultList()) {
            VisitData d = v.data();
            String cadres = d.cadreNames().isEmpty() ? "" : " · " + String.join("、", d.cadreNames());
            entries.add(new TimelineEntry("VISIT", d.visitDate(), d.recordedAt(), d.units(), d.unitNames(), d.form() + cadres, d.learned(),
                    d.followUps(), d.id()));
        }
        PlanData plan = plans.ofTarget(campaignCode, targetId);
        if (plan != null) {
            List<String> lu = List.of(plan.leadingUnit());
            List<String> ln = List.of(plan.leadingUnitName());
            if (plan.submittedAt() != null) {
                entries.add(new TimelineEntry("PLAN_SUBMITTED", day(plan.submittedAt()), plan.submittedAt(), lu, ln, plan.status(),
                        plan.goals(), null, plan.id()));
            }
            if (plan.decidedAt() != null && ("APPROVED".equals(plan.status()) || "RETURNED".equals(plan.status()))) {
                entries.add(new TimelineEntry("PLAN_" + plan.status(), day(plan.decidedAt()), plan.decidedAt(), List.of(), List.of(),
                        plan.decidedBy(), plan.returnReason(), null, plan.id()));
            }
            for (CommentData c : plan.comments()) {
                entries.add(new TimelineEntry("PLAN_COMMENT", day(c.createdAt()), c.createdAt(),
                        c.unit() == null ? List.of() : List.of(c.unit()), c.unitName() == null ? List.of() : List.of(c.unitName()), c.author(),
                        c.text(), null, c.id()));
            }
        }
        entries.sort(Comparator.comparing(TimelineEntry::day).thenComparing(e -> e.at() == null ? Instant.EPOCH : e.at()).reversed());
        List<FirstVisit> shares = team.assignment() == null ? List.of()
                : firstVisits.of(campaign, List.of(team.assignment()), firstVisits.visits(campaign));
        UnitRole role = team.roleOf(scope);
        return new Timeline(campaign.getCode(), campaign.getName(), team.target().getId(), TargetRef.of(team.target()),
                team.assignment() == null ? null : team.assignment().data(), role == null ? null : role.name(), plan, entries, shares,
                plan != null ? plan.actions() : PlanStatus.beforeDraft(team.actor(scope)));
    }

    /** Cadres of the target's units whose name contains the text: the "cadres present" picker of the visit dialog. */
    @RolesAllowed(Roles.UNIT)
    public List<CadreData> cadres(String campaignCode, long targetId, String text) {
        Scope scope = caller.get();
        Teams.Team team = teams.of(scope, campaigns.visible(scope, campaignCode), targetId);
        List<Unit> units = team.units().stream().map(AssignmentUnit::getUnit).toList();
        if (units.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Cadre.PICK_IN_UNITS, Cadre.class).setParameter("units", units).setParameter("q", Like.containingOrAll(text)).setMaxResults(30).getResultList()
                .stream().map(Cadre::data).toList();
    }

    private static LocalDate day(Instant at) {
        return at.atZone(Clocks.CHINA).toLocalDate();
    }
}
