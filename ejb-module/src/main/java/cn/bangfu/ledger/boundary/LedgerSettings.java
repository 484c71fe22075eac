package cn.bangfu.ledger.boundary;

import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.control.CampaignLevels;
import cn.bangfu.ledger.entity.ServiceLevels;
import cn.bangfu.ledger.entity.ServiceLevelsData;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A campaign's service levels (13710-style working-day deadlines, escalation after RED, the callback flags): read by
 * all who see the campaign, set by its office. Deadlines already given stay; new routings count the new levels.
 */
@Stateless
public class LedgerSettings {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    CampaignLevels levels;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public ServiceLevelsData levels(String campaignCode) {
        return levels.of(campaigns.visible(caller.get(), campaignCode)).data();
    }

    @RolesAllowed(Roles.OFFICE)
    public ServiceLevelsData change(String campaignCode, ServiceLevelsData data) {
        if (data == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Scope scope = caller.get();
        Campaign campaign = campaigns.managed(scope, campaignCode);
        ServiceLevels own = em.find(ServiceLevels.class, campaign.getId());
        if (own == null) {
            own = ServiceLevels.of(campaign, data);
            em.persist(own);
            em.flush();
            audit.created(own);
        } else {
            own.requireVersion(data.version());
            ServiceLevels stored = own;
            audit.update(stored, () -> stored.change(data));
            em.flush();
        }
        return own.data();
    }
}
