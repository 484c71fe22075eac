package cn.bangfu.campaign.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.entity.Like;
import cn.bangfu.platform.entity.Text;
import java.time.Clock;
import cn.bangfu.campaign.control.TargetPicker;
import cn.bangfu.campaign.control.AssignmentLookups;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.control.StationingSearch;
import cn.bangfu.campaign.entity.CadreRef;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.campaign.entity.Stationing;
import cn.bangfu.campaign.entity.StationingCounts;
import cn.bangfu.campaign.entity.StationingData;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 驻企 (百名干部助百企): the cadres a STATIONED campaign has stationed at targets, by their dispatching
 * units. The office stations, ends and cancels stationings while the campaign is open; a unit sees the
 * stationings it dispatched, everyone else his region's. A cadre is at one target at a time, across
 * campaigns: a period that shares a day with another of his stationings is refused, naming it.
 */
@Stateless
public class Stationings {

    @Inject
    Clock clock;

    /** Picker suggestions per request. */
    static final int SUGGESTIONS = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    AssignmentLookups lookups;

    @Inject
    StationingSearch search;

    @Inject
    AuditTrail audit;

    @Inject
    TargetPicker targetPicker;

    /**
     * One page of the campaign's stationings the caller sees, by target unless sorted otherwise (target,
     * cadre, dispatchingUnit, from, to, id); the page's text matches target, unit or cadre.
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Page<StationingData> find(String campaignCode, PageRequest page) {
        page.requireSort(StationingSearch::sortable);
        Scope scope = caller.get();
        LocalDate today = LocalDate.now(clock);
        return search.find(scope, campaigns.visible(scope, campaignCode), page).map(s -> s.data(today));
    }

    /** How many of the campaign's stationings the caller sees, matching the text, are under way, ended and upcoming today. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public StationingCounts count(String campaignCode, String q) {
        Scope scope = caller.get();
        return search.count(scope, campaigns.visible(scope, campaignCode), new PageRequest(0, 1, null, q).qPattern(),
                LocalDate.now(clock));
    }

    /**
     * Whether the caller may station, end and cancel in this campaign (his role aside): it lies in his
     * region, he is not a unit user, and it is not closed. 404 for a campaign he does not see.
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public boolean manages(String campaignCode) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        return campaign.managedBy(scope) && campaign.acceptsAssignments();
    }

    /** The stationing with this id in the campaign, if the caller sees it; 404 otherwise. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public StationingData get(String campaignCode, long id) {
        Scope scope = caller.get();
        return visible(scope, campaigns.visible(scope, campaignCode), id).data(LocalDate.now(clock));
    }

    /** Stations a cadre of the dispatching unit at a target for a period ({@code to} may be open). */
    @RolesAllowed(Roles.OFFICE)
    public StationingData station(String campaignCode, StationingData data) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.open(scope, campaignCode);
        Cadre cadre = lookups.cadre(data.cadre());
        AssistanceTarget target = lookups.target(data.target());
        if (target != null && !target.visibleTo(scope)) {
            target = null;
        }
        String unitCode = Text.clean(data.dispatchingUnit());
        Unit unit = unitCode == null ? null : lookups.units(List.of(unitCode)).get(unitCode);
        List<FieldError> errors = new ArrayList<>(Stationing.problems(campaign, data.cadre(), cadre, data.target(), target, unitCode, unit,
                data.from(), data.to()));
        if (cadre != null && campaign.covers(cadre.getUnit().getRegion())) {
            errors.addAll(Stationing.clashes("cadre", othersOf(cadre, null), data.from(), data.to()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Stationing s = new Stationing(campaign, cadre, target, unit, data.from(), data.to());
        em.persist(s);
        audit.created(s);
        em.flush();
        return s.data(LocalDate.now(clock));
    }

    /**
     * Changes the period of a stationing, usually to end it: {@code to} (its last day) is required,
     * {@code from} moves only if given. Send the version read: a stale one is a 409.
     */
    @RolesAllowed(Roles.OFFICE)
    public StationingData changePeriod(String campaignCode, long id, StationingData data) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.open(scope, campaignCode);
        Stationing s = current(scope, campaign, id, data.version());
        LocalDate from = data.from() == null ? s.getStationedFrom() : data.from();
        List<FieldError> errors = new ArrayList<>(Stationing.periodProblems(campaign, from, data.to()));
        if (errors.isEmpty()) {
            errors.addAll(Stationing.clashes("to", othersOf(s.getCadre(), s), from, data.to()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        audit.update(s, () -> s.changePeriod(from, data.to()));
        em.flush();
        return s.data(LocalDate.now(clock));
    }

    /**
     * Cancels a stationing entered by mistake: only one that has not begun (待驻), else a 409 saying to
     * end it instead. Send the version read: a stale one is a 409. The audit trail keeps what it was.
     */
    @RolesAllowed(Roles.OFFICE)
    public void cancel(String campaignCode, long id, Long version) {
        Scope scope = caller.get();
        Stationing s = current(scope, campaigns.open(scope, campaignCode), id, version);
        List<FieldError> problems = s.cancelProblems(LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ConflictException(problems.get(0));
        }
        audit.deleted(s);
        em.remove(s);
        em.flush();
    }

    /**
     * The cadres the caller's unit has stationed now or will station, in campaigns not closed, soonest
     * first: the unit's home page block. None for a user without a unit.
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public List<StationingData> mine() {
        Scope scope = caller.get();
        if (scope.unitId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return em.createNamedQuery(Stationing.CURRENT_OF_UNIT, Stationing.class)
                .setParameter("unit", scope.unitId()).setParameter("closed", CampaignStatus.CLOSED).setParameter("today", today)
                .getResultList().stream().map(s -> s.data(today)).toList();
    }

    /** Cadres of the campaign's region whose name, or whose unit's name, contains the text: the cadre picker. */
    @RolesAllowed(Roles.OFFICE)
    public List<CadreRef> cadres(String campaignCode, String text) {
        Campaign campaign = campaigns.managed(caller.get(), campaignCode);
        return em.createNamedQuery(Cadre.PICK_WITHIN, Cadre.class)
                .setParameter("region", campaign.getRegion().pathPattern()).setParameter("q", Like.containingOrAll(text)).setMaxResults(SUGGESTIONS)
                .getResultList().stream().map(CadreRef::of).toList();
    }

    /** Enterprises and key projects of the campaign's region whose name contains the text: the target picker. */
    @RolesAllowed(Roles.OFFICE)
    public List<TargetRef> targets(String campaignCode, String text) {
        return targetPicker.within(campaigns.managed(caller.get(), campaignCode), text);
    }

    /**
     * The cadre's stationings other than {@code except}, locking the cadre first so that two offices
     * stationing him at once are checked one after the other.
     */
    private List<Stationing> othersOf(Cadre cadre, Stationing except) {
        em.lock(cadre, LockModeType.PESSIMISTIC_WRITE);
        return em.createNamedQuery(Stationing.OF_CADRE, Stationing.class).setParameter("cadre", cadre.getId()).getResultList().stream()
                .filter(s -> except == null || !s.equals(except)).toList();
    }

    /** The stationing, as {@link #visible}, if the version sent is the one stored: missing is a 400, stale a 409. */
    private Stationing current(Scope scope, Campaign campaign, long id, Long version) {
        Stationing s = visible(scope, campaign, id);
        s.requireVersion(version);
        return s;
    }

    /** The stationing with this id in this campaign if the caller sees it: a unit the ones it dispatched, others their region's. */
    private Stationing visible(Scope scope, Campaign campaign, long id) {
        Stationing s = em.createNamedQuery(Stationing.BY_ID, Stationing.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Stationing", id));
        boolean sees = scope.unitOnly() ? scope.isUnit(s.getDispatchingUnit()) : scope.covers(s.getTarget().getRegion());
        if (!s.getCampaign().equals(campaign) || !sees) {
            throw new NotFoundException("Stationing", id);
        }
        return s;
    }
}
