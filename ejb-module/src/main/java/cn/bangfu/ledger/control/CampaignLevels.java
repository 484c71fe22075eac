package cn.bangfu.ledger.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.entity.ServiceLevels;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** A campaign's service levels: its own, or the defaults (13710-style) while it has set none. */
@Dependent
public class CampaignLevels {

    @PersistenceContext
    EntityManager em;

    public ServiceLevels of(Campaign campaign) {
        ServiceLevels own = em.find(ServiceLevels.class, campaign.getId());
        return own != null ? own : ServiceLevels.defaults();
    }
}
