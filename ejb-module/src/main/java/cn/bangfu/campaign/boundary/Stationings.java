package cn.bangfu.campaign.boundary;

import cn.bangfu.campaign.control.AssignmentLookups;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.Stationing;
import cn.bangfu.campaign.entity.StationingData;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * 驻企 (百名干部助百企): the cadres a STATIONED campaign has stationed at targets, by their dispatching
 * units. The office stations; a unit sees the stationings it dispatched, everyone else his region's.
 */
@Stateless
public class Stationings {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    AssignmentLookups lookups;

    @Inject
    AuditTrail audit;

    @RolesAllowed({"OFFICE", "UNIT", "LEADER", "INSPECTOR", "EVALUATOR"})
    public List<StationingData> find(String campaignCode) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        String where = scope.unitOnly() ? " and s.dispatchingUnit.id = :scope" : " and r.path like :scope";
        var query = em.createQuery("select s from Stationing s join fetch s.cadre join fetch s.target t join fetch t.region r"
                + " join fetch s.dispatchingUnit where s.campaign = :campaign" + where + " order by t.name, s.stationedFrom, s.id", Stationing.class)
                .setParameter("campaign", campaign);
        query.setParameter("scope", scope.unitOnly() ? scope.unitId() : scope.pathPattern());
        return query.getResultList().stream().map(Stationing::data).toList();
    }

    /** Stations a cadre of the dispatching unit at a target for a period ({@code to} may be open). */
    @RolesAllowed("OFFICE")
    public StationingData station(String campaignCode, StationingData data) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.open(scope, campaignCode);
        Cadre cadre = lookups.cadre(data.cadre());
        AssistanceTarget target = lookups.target(data.target());
        if (target != null && !target.visibleTo(scope)) {
            target = null;
        }
        String unitCode = data.dispatchingUnit() == null || data.dispatchingUnit().isBlank() ? null : data.dispatchingUnit().strip();
        Unit unit = unitCode == null ? null : lookups.units(List.of(unitCode)).get(unitCode);
        List<FieldError> errors = Stationing.problems(campaign, data.cadre(), cadre, data.target(), target, unitCode, unit, data.from(),
                data.to());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Stationing s = new Stationing(campaign, cadre, target, unit, data.from(), data.to());
        em.persist(s);
        audit.created(s);
        em.flush();
        return s.data();
    }
}
