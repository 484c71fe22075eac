package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds a campaign by code for a user: 404 when he does not see it, whether or not it exists; 403 when he sees but may not change it. */
@Dependent
public class CampaignLookup {

    @PersistenceContext
    EntityManager em;

    public Campaign visible(Scope scope, String code) {
        Campaign c = code == null ? null : em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", code.strip())
                .getResultStream().findFirst().orElse(null);
        if (c == null || !c.visibleTo(scope)) {
            throw new NotFoundException("Campaign", code);
        }
        return c;
    }

    public Campaign managed(Scope scope, String code) {
        Campaign c = visible(scope, code);
        if (!c.managedBy(scope)) {
            throw new ForbiddenException("campaign " + code + " lies outside the area of " + scope.login());
        }
        return c;
    }

    /** A campaign whose assignments may change: managed by the user and not closed (409 otherwise). */
    public Campaign open(Scope scope, String code) {
        Campaign c = managed(scope, code);
        if (!c.acceptsAssignments()) {
            throw new ConflictException(FieldError.of("campaign", "assignment.campaign.closed"));
        }
        return c;
    }

    public boolean exists(String code) {
        return !em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", code).getResultList().isEmpty();
    }
}
