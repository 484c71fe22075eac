package cn.bangfu.campaign.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.entity.Like;
import java.time.Clock;
import cn.bangfu.campaign.control.AssignmentChanges;
import cn.bangfu.campaign.control.AssignmentLookups;
import cn.bangfu.campaign.entity.AssignmentFilter;
import cn.bangfu.campaign.control.AssignmentSearch;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.MatrixFilter;
import cn.bangfu.campaign.control.MatrixSearch;
import cn.bangfu.campaign.control.UnitLoads;
import cn.bangfu.campaign.entity.Assigned;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.AssignmentRules;
import cn.bangfu.campaign.entity.CadreRef;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.MatrixRow;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.campaign.entity.UnitLoad;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.TargetKind;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Who helps which target (对口联系, 三帮一) in a campaign. The campaign office assigns and reassigns
 * (history is kept); every unit sees the targets it helps and its partner units; the office, leaders,
 * inspectors and evaluators see the campaign's region. Assignments outside a user's view are 404.
 * Every change is in the audit trail, and every unit concerned is told in its inbox.
 */
@Stateless
public class Assignments {

    @Inject
    Clock clock;

    static final String[] READERS = {"OFFICE", "UNIT", "LEADER", "INSPECTOR", "EVALUATOR"};
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
    AssignmentSearch search;

    @Inject
    MatrixSearch matrix;

    @Inject
    UnitLoads loads;

    @Inject
    AssignmentChanges changes;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Page<AssignmentData> find(String campaignCode, AssignmentFilter filter, PageRequest page) {
        page.requireSort(AssignmentSearch::sortable);
        Scope scope = caller.get();
        return search.find(scope, campaigns.visible(scope, campaignCode), filter == null ? AssignmentFilter.CURRENT : filter, page);
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public AssignmentData get(String campaignCode, long id) {
        Scope scope = caller.get();
        return visible(scope, campaigns.visible(scope, campaignCode), id).data();
    }

    /**
     * Assigns a target that has no current assignment in the campaign, from {@code validFrom} (today if
     * not given; see {@link AssignmentRules#effectiveDate}).
     *
     * @throws InvalidInputException with every broken rule
     * @throws ConflictException     when the target is assigned already (reassign it instead) or the campaign is closed
     */
    @RolesAllowed(Roles.OFFICE)
    public Assigned assign(String campaignCode, AssignmentData data) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.open(scope, campaignCode);
        AssignmentData d = data.normalised();
        AssistanceTarget target = visibleTarget(scope, lookups.target(d.target()));
        Cadre leader = lookups.cadre(d.contactLeader());
        Map<String, Unit> units = lookups.units(codes(d));
        LocalDate today = LocalDate.now(clock);
        LocalDate from = d.validFrom() == null ? today : d.validFrom();
        Map<Long, Long> load = loads.current(campaign, units.values());
        AssignmentRules.Verdict verdict = AssignmentRules.check(campaign, input(d, target, leader), units::get,
                u -> load.getOrDefault(u.getId(), 0L));
        List<FieldError> errors = new ArrayList<>(verdict.errors());
        errors.addAll(AssignmentRules.effectiveDate(campaign, from, null, today));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (lookups.current(campaign, target) != null) {
            throw new ConflictException(FieldError.of("target", "assignment.target.assigned"));
        }
        Assignment a = changes.assign(campaign, target, leader, units.get(d.leadingUnit()), d.coUnits().stream().map(units::get).toList(), from);
        flush();
        return new Assigned(a.data(), verdict.warnings(), true);
    }

    /**
     * Reassigns: the current assignment ends on {@code validFrom} (today if not given) and a new one
     * begins that day; the date follows {@link AssignmentRules#effectiveDate}. Send the version read. The
     * same leader and units change nothing.
     */
    @RolesAllowed(Roles.OFFICE)
    public Assigned reassign(String campaignCode, long id, AssignmentData data) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.open(scope, campaignCode);
        Assignment current = visible(scope, campaign, id);
        current.requireVersion(data.version());
        if (!current.current()) {
            throw new ConflictException(FieldError.of("id", "assignment.ended", current.getValidTo().toString()));
        }
        AssignmentData d = data.normalised();
        List<FieldError> errors = new ArrayList<>();
        if (d.target() != null && d.target().given() && !d.target().names(current.getTarget())) {
            errors.add(FieldError.of("target", "assignment.target.changed"));
        }
        Cadre leader = lookups.cadre(d.contactLeader());
        Map<String, Unit> units = lookups.units(codes(d));
        LocalDate today = LocalDate.now(clock);
        LocalDate from = d.validFrom() == null ? today : d.validFrom();
        Map<Long, Long> load = loads.current(campaign, units.values());
        // The current assignment ends, so its units' loads do not count it.
        AssignmentRules.Verdict verdict = AssignmentRules.check(campaign, input(d, current.getTarget(), leader), units::get,
                u -> load.getOrDefault(u.getId(), 0L) - (current.involves(u) ? 1 : 0));
        errors.addAll(verdict.errors());
        errors.addAll(AssignmentRules.effectiveDate(campaign, from, current.getValidFrom(), today));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Unit leading = units.get(d.leadingUnit());
        List<Unit> co = d.coUnits().stream().map(units::get).toList();
        if (current.sameAs(leader, leading, co)) {
            return new Assigned(current.data(), verdict.warnings(), false);
        }
        Assignment next = changes.reassign(current, leader, leading, co, from);
        flush();
        return new Assigned(next.data(), verdict.warnings(), true);
    }

    /** The caller's unit's current assignments in running campaigns, with leader and partner units; none for a user without a unit. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public List<AssignmentData> mine() {
        Scope scope = caller.get();
        return scope.unitId() == null ? List.of() : search.ofUnit(scope.unitId());
    }

    /** The matrix: targets of the campaign's region with their current assignment (null while unassigned). */
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Page<MatrixRow> matrix(String campaignCode, MatrixFilter filter, PageRequest page) {
        page.requireSort(MatrixSearch::sortable);
        Scope scope = caller.get();
        return matrix.find(scope, campaigns.visible(scope, campaignCode), filter == null ? MatrixFilter.NONE : filter, page);
    }

    /** How many targets (of one kind, or null: all) of the campaign's region the caller sees are unassigned. */
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public long unassigned(String campaignCode, TargetKind kind) {
        Scope scope = caller.get();
        return matrix.unassigned(scope, campaigns.visible(scope, campaignCode), kind);
    }

    /** The load per unit: current assignments led and helped, most loaded first, flagged above the per-unit limit. */
    @RolesAllowed({Roles.OFFICE, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public List<UnitLoad> loads(String campaignCode) {
        return loads.of(campaigns.visible(caller.get(), campaignCode));
    }

    /** County leaders of the campaign's region whose name contains the text: the contact leader picker. */
    @RolesAllowed(Roles.OFFICE)
    public List<CadreRef> leaders(String campaignCode, String text) {
        Campaign campaign = campaigns.managed(caller.get(), campaignCode);
        return em.createNamedQuery(Cadre.PICK_OF_RANK_WITHIN, Cadre.class)
                .setParameter("region", campaign.getRegion().pathPattern()).setParameter("rank", CadreRank.COUNTY_LEADER)
                .setParameter("q", Like.containingOrAll(text)).setMaxResults(SUGGESTIONS).getResultList().stream().map(CadreRef::of).toList();
    }

    /** Units of the campaign's region whose code or name contains the text: the unit pickers. */
    @RolesAllowed(Roles.OFFICE)
    public List<UnitData> units(String campaignCode, String text) {
        Campaign campaign = campaigns.managed(caller.get(), campaignCode);
        return em.createNamedQuery(Unit.PICK_WITHIN, Unit.class)
                .setParameter("region", campaign.getRegion().pathPattern()).setParameter("q", Like.containingOrAll(text)).setMaxResults(SUGGESTIONS)
                .getResultList().stream().map(Unit::data).toList();
    }

    /** The assignment with this id in this campaign if the caller sees it; 404 otherwise. */
    Assignment visible(Scope scope, Campaign campaign, long id) {
        Assignment a = em.createNamedQuery(Assignment.BY_ID, Assignment.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Assignment", id));
        boolean sees = scope.unitOnly() ? a.units().stream().anyMatch(u -> scope.isUnit(u.getUnit()))
                : scope.covers(a.getTarget().getRegion());
        if (!a.getCampaign().equals(campaign) || !sees) {
            throw new NotFoundException("Assignment", id);
        }
        return a;
    }

    /** A target outside the caller's scope is treated as not found; the rules then say so. */
    private static AssistanceTarget visibleTarget(Scope scope, AssistanceTarget target) {
        return target != null && target.visibleTo(scope) ? target : null;
    }

    private static AssignmentRules.Input input(AssignmentData d, AssistanceTarget target, Cadre leader) {
        TargetRef ref = d.target() != null && d.target().given() ? d.target() : target == null ? null : TargetRef.of(target);
        return new AssignmentRules.Input(ref, target, d.contactLeader(), leader, d.leadingUnit(), d.coUnits());
    }

    private static List<String> codes(AssignmentData d) {
        List<String> codes = new ArrayList<>(d.coUnits());
        if (d.leadingUnit() != null) {
            codes.add(d.leadingUnit());
        }
        return codes;
    }

    /** Writes now, so a target assigned by someone else a moment ago is a 409, not a server error. */
    private void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new ConflictException(FieldError.of("target", "assignment.target.assigned"));
        }
    }
}
