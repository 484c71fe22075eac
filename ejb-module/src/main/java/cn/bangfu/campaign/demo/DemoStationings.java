package cn.bangfu.campaign.demo;

import cn.bangfu.platform.control.DemoMode;
import cn.bangfu.campaign.demo.DemoStationed;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.Stationing;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.SchemaReady;
import cn.bangfu.registry.entity.Enterprise;
import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo's 百名干部助百企 campaign ({@link DemoStationed}), loaded once after {@link DemoPlansVisits}
 * into a demo database that has the registry but not this campaign yet: the campaign, then each
 * cadre stationed by his own unit. The data keeps the rules (the cadre's unit dispatches him, his
 * periods never overlap), so the demo holds only what the application would accept.
 */
@Singleton
public class DemoStationings {

    /** After DemoPlansVisits. */
    public static final int PRIORITY = DemoPlansVisits.PRIORITY + 100;
    private static final Logger LOG = Logger.getLogger(DemoStationings.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public void onSchemaReady(@Observes @Priority(PRIORITY) SchemaReady ready) {
        boolean demo = DemoMode.on();
        Region county = em.find(Region.class, DemoStationed.REGION);
        if (!demo || county == null || !em.createNamedQuery(Campaign.BY_CODE, Campaign.class).setParameter("code", DemoStationed.CODE)
                .getResultList().isEmpty() || em.createNamedQuery(Enterprise.COUNT, Long.class).getSingleResult() == 0) {
            return;
        }
        Unit office = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", DemoStationed.OFFICE_UNIT).getResultStream()
                .findFirst().orElse(null);
        Map<String, Cadre> cadres = new HashMap<>();
        for (Cadre c : em.createQuery("select c from Cadre c join fetch c.unit", Cadre.class).getResultList()) {
            cadres.putIfAbsent(c.getUnit().getCode() + "/" + c.getName(), c);
        }
        Map<String, Enterprise> enterprises = new HashMap<>();
        for (Enterprise e : em.createQuery("select e from Enterprise e join fetch e.region", Enterprise.class).getResultList()) {
            enterprises.putIfAbsent(e.getName(), e);
        }
        Campaign campaign = new Campaign(new CampaignData(DemoStationed.CODE, DemoStationed.NAME, 2026, "STATIONED", DemoStationed.START,
                DemoStationed.END, 0, null, null, 30, DemoStationed.REGION, DemoStationed.OFFICE_UNIT, "ACTIVE", List.of(), null), county,
                office, List.of());
        em.persist(campaign);
        audit.created(campaign);
        int stationed = 0;
        for (DemoStationed.StationingSeed s : DemoStationed.STATIONINGS) {
            Cadre cadre = cadres.get(s.unit() + "/" + s.cadre());
            Enterprise target = enterprises.get(s.enterprise());
            if (cadre == null || target == null) {
                continue;
            }
            Stationing stationing = new Stationing(campaign, cadre, target, cadre.getUnit(), s.from(), s.to());
            em.persist(stationing);
            audit.created(stationing);
            stationed++;
        }
        int loaded = stationed;
        LOG.info(() -> "Bangfu demo stationings loaded: " + DemoStationed.CODE + " with " + loaded + " stationed cadres");
    }
}
