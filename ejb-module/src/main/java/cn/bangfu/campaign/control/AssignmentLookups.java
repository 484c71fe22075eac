package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.KeyProject;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Looks up what an assignment names (target, cadre, units), wherever it is: the rules decide what may be used. */
@Dependent
public class AssignmentLookups {

    @PersistenceContext
    EntityManager em;

    public AssistanceTarget target(TargetRef ref) {
        if (ref == null) {
            return null;
        }
        String code = CreditCode.normalise(ref.creditCode());
        if (code != null) {
            return em.createNamedQuery(Enterprise.BY_CREDIT_CODE, Enterprise.class).setParameter("creditCode", code).getResultStream()
                    .findFirst().orElse(null);
        }
        if (ref.projectId() != null) {
            return em.createNamedQuery(KeyProject.BY_ID, KeyProject.class).setParameter("id", ref.projectId()).getResultStream()
                    .findFirst().orElse(null);
        }
        return null;
    }

    public Cadre cadre(Long id) {
        return id == null ? null : em.createNamedQuery(Cadre.BY_ID, Cadre.class).setParameter("id", id).getResultStream().findFirst()
                .orElse(null);
    }

    /** The units with these codes, by code; unknown codes are left out. */
    public Map<String, Unit> units(Collection<String> codes) {
        List<String> list = codes.stream().filter(Objects::nonNull).distinct().toList();
        return ChunkedLookup.byKeys(em, Unit.BY_CODES, Unit.class, list, Unit::getCode, ChunkedLookup.CHUNK);
    }

    /** The current assignment of a target in a campaign, if any. */
    public Assignment current(Campaign campaign, AssistanceTarget target) {
        return em.createNamedQuery(Assignment.CURRENT_OF_TARGETS, Assignment.class).setParameter("campaign", campaign)
                .setParameter("targets", List.of(target.getId())).getResultStream().findFirst().orElse(null);
    }
}
