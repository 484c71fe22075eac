package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.AssistancePlan;
import cn.bangfu.campaign.entity.Campaign;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/**
 * A campaign's plans by target id, in one query. The target id comes from the plan's own column: asking a
 * plan for its (lazy) target would read each target not yet loaded, two queries apiece.
 */
@Dependent
public class CampaignPlans {

    @PersistenceContext
    EntityManager em;

    public Map<Long, AssistancePlan> byTarget(Campaign campaign) {
        Map<Long, AssistancePlan> plans = new HashMap<>();
        for (Object[] row : em.createNamedQuery(AssistancePlan.OF_CAMPAIGN, Object[].class).setParameter("campaign", campaign)
                .getResultList()) {
            plans.put((Long) row[0], (AssistancePlan) row[1]);
        }
        return plans;
    }
}
