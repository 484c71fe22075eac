package cn.bangfu.campaign.control;

import java.time.LocalDate;
import jakarta.inject.Inject;
import java.time.Clock;
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

    @Inject
    Clock clock;

    // Aliases of their own (h…): the condition is added to other components' queries, whose aliases it must not shadow.
    private static final String CONDITION = "(%1$s in (select ha.target.id from AssignmentUnit hu join hu.assignment ha join ha.campaign hc"
            + " where hu.unit.id = :helper and ha.validTo is null and hc.status <> :closedCampaign)"
            + " or %1$s in (select hs.target.id from Stationing hs join hs.campaign hsc"
            + " where hs.dispatchingUnit.id = :helper and hsc.status <> :closedCampaign and (hs.stationedTo is null or hs.stationedTo >= :today)))";

    @PersistenceContext
    EntityManager em;

    @Override
    public void narrow(Where where, String target, long unitId) {
        where.and(CONDITION.formatted(target + ".id"), "helper", unitId).param("closedCampaign", CampaignStatus.CLOSED)
                .param("today", LocalDate.now(clock));
    }

    @Override
    public void narrow(Where where, String targetId, long unitId, String orElse) {
        where.and("(" + CONDITION.formatted(targetId) + " or " + orElse + ")", "helper", unitId).param("closedCampaign", CampaignStatus.CLOSED)
                .param("today", LocalDate.now(clock));
    }

    @Override
    public boolean helps(long unitId, long targetId) {
        return em.createQuery("select count(t) from AssistanceTarget t where t.id = :target and " + CONDITION.formatted("t.id"), Long.class)
                .setParameter("target", targetId).setParameter("helper", unitId).setParameter("closedCampaign", CampaignStatus.CLOSED)
                .setParameter("today", LocalDate.now(clock)).getSingleResult() > 0;
    }
}
