package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.platform.control.Where;
import cn.bangfu.registry.control.UnitTargets;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A unit helps a target while it is on the target's current assignment, or has a cadre stationed
 * there now or later, in a campaign that is not closed: the same rule as the unit's home page,
 * {@code /me/assignments} and {@code /me/stationings}, so the registry and the workspace agree.
 */
@Dependent
public class HelpedTargets implements UnitTargets {

    private static final String CONDITION = "(%1$s.id in (select a.target.id from AssignmentUnit f join f.assignment a join a.campaign c"
            + " where f.unit.id = :helper and a.validTo is null and c.status <> :closedCampaign)"
            + " or %1$s.id in (select s.target.id from Stationing s join s.campaign sc"
            + " where s.dispatchingUnit.id = :helper and sc.status <> :closedCampaign and (s.stationedTo is null or s.stationedTo >= :today)))";

    @PersistenceContext
    EntityManager em;

    @Override
    public void narrow(Where where, String target, long unitId) {
        where.and(CONDITION.formatted(target), "helper", unitId).param("closedCampaign", CampaignStatus.CLOSED)
                .param("today", AssignmentLookups.today());
    }

    @Override
    public boolean helps(long unitId, long targetId) {
        return em.createQuery("select count(t) from AssistanceTarget t where t.id = :target and " + CONDITION.formatted("t"), Long.class)
                .setParameter("target", targetId).setParameter("helper", unitId).setParameter("closedCampaign", CampaignStatus.CLOSED)
                .setParameter("today", AssignmentLookups.today()).getSingleResult() > 0;
    }
}
