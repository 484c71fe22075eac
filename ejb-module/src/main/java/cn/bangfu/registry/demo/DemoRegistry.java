package cn.bangfu.registry.demo;

import cn.bangfu.platform.control.DemoMode;
import cn.bangfu.org.demo.DemoCounty;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.SchemaReady;
import cn.bangfu.registry.demo.DemoTargets;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectData;
import jakarta.annotation.Priority;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;

/**
 * The demo registry ({@code BANGFU_DEMO=true}): enterprises, key projects and cadres of
 * {@link DemoTargets}, loaded once into a database that has the demo county but no enterprises yet.
 *
 * <p>It observes {@link SchemaReady} with a later {@link Priority} than {@code FirstStart} (whose
 * observer has the default, {@code APPLICATION + 500}), so the demo regions and units exist and are
 * committed when it runs: each observer is its own EJB call and transaction. A demo database from
 * before the registry gets the registry on its next start; units it lacks (the county Party committee
 * and government, home of the county leaders) are added then.
 */
@Singleton
public class DemoRegistry {

    /** After FirstStart, which loads the demo county at the default observer priority. */
    public static final int PRIORITY = Interceptor.Priority.APPLICATION + 600;
    private static final Logger LOG = Logger.getLogger(DemoRegistry.class.getName());

    @PersistenceContext
    EntityManager em;

    public void onSchemaReady(@Observes @Priority(PRIORITY) SchemaReady ready) {
        boolean demo = DemoMode.on();
        if (!demo || em.find(Region.class, DemoCounty.COUNTY) == null
                || em.createNamedQuery(Enterprise.COUNT, Long.class).getSingleResult() > 0) {
            return;
        }
        Map<String, Unit> units = units();
        int cadres = 0;
        for (DemoTargets.CadreSeed c : DemoTargets.COUNTY_LEADERS) {
            cadres += cadre(c, units);
        }
        int index = 0;
        for (DemoCounty.UnitSeed u : DemoCounty.UNITS) {
            cadres += cadre(DemoTargets.contactOf(u, index++), units);
        }
        for (EnterpriseData e : DemoTargets.ENTERPRISES) {
            em.persist(new Enterprise(e, em.find(Region.class, e.regionCode())));
        }
        for (KeyProjectData p : DemoTargets.KEY_PROJECTS) {
            em.persist(new KeyProject(p, em.find(Region.class, p.regionCode()), em.find(KeyProjectCategory.class, p.category())));
        }
        int loadedCadres = cadres;
        LOG.info(() -> "Bangfu demo registry loaded: " + DemoTargets.ENTERPRISES.size() + " enterprises, "
                + DemoTargets.KEY_PROJECTS.size() + " key projects, " + loadedCadres + " cadres");
    }

    /** The demo units by code, adding those a database from an older demo lacks. */
    private Map<String, Unit> units() {
        Map<String, Unit> units = new HashMap<>();
        for (DemoCounty.UnitSeed u : DemoCounty.UNITS) {
            Unit unit = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", u.code()).getResultStream().findFirst()
                    .orElse(null);
            Region region = em.find(Region.class, u.region());
            if (unit == null && region != null) {
                unit = new Unit(new UnitData(u.code(), u.name(), u.type().name(), u.region(), u.head(), u.contact(), u.phone(), null, null), region);
                em.persist(unit);
            }
            if (unit != null) {
                units.put(u.code(), unit);
            }
        }
        return units;
    }

    private int cadre(DemoTargets.CadreSeed c, Map<String, Unit> units) {
        Unit unit = units.get(c.unit());
        if (unit == null) {
            return 0;
        }
        em.persist(new Cadre(new CadreData(null, c.name(), c.unit(), c.position(), c.rank().name(), c.phone(), null), unit));
        return 1;
    }
}
