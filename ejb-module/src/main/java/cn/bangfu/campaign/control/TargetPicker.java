package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.platform.entity.Like;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Enterprises and key projects of a campaign's region whose name contains the text: the pages' target pickers. */
@Dependent
public class TargetPicker {

    public static final int SUGGESTIONS = 20;

    @PersistenceContext
    EntityManager em;

    public List<TargetRef> within(Campaign campaign, String text) {
        return em.createNamedQuery(AssistanceTarget.PICK_WITHIN, AssistanceTarget.class)
                .setParameter("region", campaign.getRegion().pathPattern()).setParameter("q", Like.containingOrAll(text)).setMaxResults(SUGGESTIONS)
                .getResultList().stream().map(TargetRef::of).toList();
    }
}
