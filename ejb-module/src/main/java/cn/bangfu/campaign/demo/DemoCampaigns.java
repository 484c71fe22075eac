package cn.bangfu.campaign.demo;

import cn.bangfu.platform.control.DemoMode;
import cn.bangfu.campaign.control.AssignmentChanges;
import cn.bangfu.campaign.demo.DemoAssignments;
import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.GroupRole;
import cn.bangfu.campaign.entity.LeadingGroupMember;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.demo.DemoCounty;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.SchemaReady;
import cn.bangfu.registry.demo.DemoRegistry;
import cn.bangfu.registry.entity.Enterprise;
import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo campaign ({@code BANGFU_DEMO=true}): 平江县's 三帮一 of {@link DemoAssignments}, loaded once
 * into a database that has the demo registry but no campaign yet. It observes {@link SchemaReady}
 * after {@link DemoRegistry} (a later {@link Priority}), so the enterprises and cadres are committed
 * when it runs. Assignments go through {@link AssignmentChanges}, so the demo has the audit trail and
 * the inbox notices that real assignments leave. The demo leader's account is linked to the county leader
 * he is ({@link DemoAssignments#LEADER_CADRE}), audited like an administrator's link.
 */
@Singleton
public class DemoCampaigns {

    /** After DemoRegistry. */
    public static final int PRIORITY = DemoRegistry.PRIORITY + 100;
    private static final Logger LOG = Logger.getLogger(DemoCampaigns.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    AssignmentChanges changes;

    @Inject
    AuditTrail audit;

    public void onSchemaReady(@Observes @Priority(PRIORITY) SchemaReady ready) {
        boolean demo = DemoMode.on();
        Region county = em.find(Region.class, DemoAssignments.REGION);
        if (!demo || county == null || em.createNamedQuery(Campaign.COUNT, Long.class).getSingleResult() > 0
                || em.createNamedQuery(Enterprise.COUNT, Long.class).getSingleResult() == 0) {
            return;
        }
        Map<String, Cadre> leaders = new HashMap<>();
        for (Cadre c : em.createQuery("select c from Cadre c join fetch c.unit where c.rank = :rank", Cadre.class)
                .setParameter("rank", CadreRank.COUNTY_LEADER).getResultList()) {
            leaders.putIfAbsent(c.getName(), c);
        }
        Map<String, Unit> units = new HashMap<>();
        for (Unit u : em.createQuery("select u from Unit u join fetch u.region", Unit.class).getResultList()) {
            units.put(u.getCode(), u);
        }
        Map<String, Enterprise> enterprises = new HashMap<>();
        for (Enterprise e : em.createQuery("select e from Enterprise e join fetch e.region", Enterprise.class).getResultList()) {
            enterprises.putIfAbsent(e.getName(), e);
        }
        List<LeadingGroupMember> group = new ArrayList<>();
        for (DemoAssignments.GroupMemberSeed g : DemoAssignments.LEADING_GROUP) {
            if (leaders.containsKey(g.cadre())) {
                group.add(new LeadingGroupMember(leaders.get(g.cadre()), GroupRole.of(g.role())));
            }
        }
        Campaign campaign = new Campaign(new CampaignData(DemoAssignments.CODE, DemoAssignments.NAME, 2026, "THREE_TO_ONE",
                DemoAssignments.START, DemoAssignments.END, 2, DemoAssignments.PLAN_DEADLINE, DemoAssignments.PER_UNIT_LIMIT, 30,
                DemoAssignments.REGION, DemoAssignments.OFFICE_UNIT, "ACTIVE", List.of(), null), county, units.get(DemoAssignments.OFFICE_UNIT),
                group);
        em.persist(campaign);
        audit.created(campaign);
        int assigned = 0;
        for (DemoAssignments.AssignmentSeed a : DemoAssignments.ASSIGNMENTS) {
            Enterprise target = enterprises.get(a.enterprise());
            Cadre leader = leaders.get(a.leader());
            if (target == null || leader == null || !units.containsKey(a.leading())
                    || a.coUnits().stream().anyMatch(c -> !units.containsKey(c))) {
                continue;
            }
            List<Unit> co = a.coUnits().stream().map(units::get).toList();
            if (a.enterprise().equals(DemoAssignments.FIRST_SHOES.enterprise())) {
                DemoAssignments.AssignmentSeed first = DemoAssignments.FIRST_SHOES;
                Assignment old = changes.assign(campaign, target, leaders.get(first.leader()), units.get(first.leading()),
                        first.coUnits().stream().map(units::get).toList(), DemoAssignments.ASSIGNED);
                changes.reassign(old, leader, units.get(a.leading()), co, DemoAssignments.REASSIGNED);
            } else {
                changes.assign(campaign, target, leader, units.get(a.leading()), co, DemoAssignments.ASSIGNED);
            }
            assigned++;
        }
        // The demo leader's account names the county leader he is, so his home page lists his enterprises.
        Cadre me = leaders.get(DemoAssignments.LEADER_CADRE);
        em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class).setParameter("login", DemoCounty.LEADER_LOGIN).getResultStream()
                .findFirst().filter(account -> me != null && account.getCadre() == null).ifPresent(account -> {
                    Map<String, String> before = account.auditSnapshot();
                    account.linkCadre(me);
                    audit.updated(account, before);
                });
        int loaded = assigned;
        LOG.info(() -> "Bangfu demo campaign loaded: " + DemoAssignments.CODE + " with " + loaded + " assignments");
    }
}
