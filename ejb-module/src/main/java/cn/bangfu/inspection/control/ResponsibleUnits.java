package cn.bangfu.inspection.control;

import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.org.entity.Unit;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The units a finding on a visit may name as responsible: the inspected unit itself, or the units helping the inspected
 * target in the campaign (its leading unit first, then its co-units) — the units the appraisal will deduct from.
 */
@Dependent
public class ResponsibleUnits {

    @PersistenceContext
    EntityManager em;

    public List<Unit> of(InspectionVisit visit) {
        if (visit.getUnit() != null) {
            return List.of(visit.getUnit());
        }
        return em.createQuery("select au from AssignmentUnit au join au.assignment a join fetch au.unit u join fetch u.region"
                        + " where a.campaign = :campaign and a.target = :target and a.validTo is null order by au.seqNo", AssignmentUnit.class)
                .setParameter("campaign", visit.getRound().getCampaign()).setParameter("target", visit.getTarget()).getResultStream()
                .sorted((x, y) -> Boolean.compare(x.getRole() != UnitRole.LEADING, y.getRole() != UnitRole.LEADING))
                .map(AssignmentUnit::getUnit).distinct().toList();
    }
}
