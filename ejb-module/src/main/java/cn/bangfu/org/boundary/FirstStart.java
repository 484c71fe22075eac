package cn.bangfu.org.boundary;

import cn.bangfu.platform.control.DemoMode;
import cn.bangfu.org.demo.DemoCounty;
import cn.bangfu.org.control.PasswordHasher;
import cn.bangfu.org.entity.PasswordPolicy;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.entity.SchemaReady;
import jakarta.ejb.Singleton;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Makes an empty database usable. In demo mode ({@code BANGFU_DEMO=true}) it loads the demo county
 * and its accounts; otherwise it creates the first {@code sysadmin}, whose password comes from
 * {@code BANGFU_ADMIN_PASSWORD} or is generated and logged once. A database with accounts is left alone.
 */
@Singleton
public class FirstStart {

    private static final Logger LOG = Logger.getLogger(FirstStart.class.getName());

    @PersistenceContext
    EntityManager em;

    public void onSchemaReady(@Observes SchemaReady ready) {
        long accounts = em.createNamedQuery(UserAccount.COUNT, Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        Config config = ConfigProvider.getConfig();
        if (DemoMode.on()) {
            loadDemo(DemoMode.password());
        } else {
            createAdministrator(config);
        }
    }

    private void loadDemo(String password) {
        Map<String, Region> regions = new HashMap<>();
        for (DemoCounty.RegionSeed r : DemoCounty.REGIONS) {
            Region region = Region.create(r.code(), r.name(), r.parent() == null ? null : regions.get(r.parent()));
            em.persist(region);
            regions.put(r.code(), region);
        }
        // Every demo account has the same known password, so one hash serves them all.
        String hash = PasswordHasher.hash(password);
        Map<String, Unit> units = new HashMap<>();
        for (DemoCounty.UnitSeed u : DemoCounty.UNITS) {
            Unit unit = new Unit(new UnitData(u.code(), u.name(), u.type().name(), u.region(), u.head(), u.contact(), u.phone(), null, null),
                    regions.get(u.region()));
            em.persist(unit);
            units.put(u.code(), unit);
            em.persist(new UserAccount(u.code(), u.name(), unit.getRegion(), unit, Set.of(Role.UNIT), hash));
        }
        for (DemoCounty.AccountSeed a : DemoCounty.ACCOUNTS) {
            em.persist(new UserAccount(a.login(), a.name(), regions.get(a.region()), a.unit() == null ? null : units.get(a.unit()), a.roles(), hash));
        }
        LOG.info(() -> "Bangfu demo data loaded. Demo accounts (password " + password + "): sysadmin, secadmin, auditor, office, "
                + "leader, leader-unlinked, inspector (and inspector-czj, -tjj, -sjzx, -fgj), evaluator, enterprise, and one per unit named after its code, e.g. pj-gxj, pj-fgj, yy-gxj");
    }

    private void createAdministrator(Config config) {
        String code = config.getOptionalValue("BANGFU_REGION_CODE", String.class).orElse(DemoCounty.PROVINCE);
        String name = config.getOptionalValue("BANGFU_REGION_NAME", String.class).orElse("湖南省");
        Region root = em.find(Region.class, code);
        if (root == null) {
            root = Region.create(code, name, null);
            em.persist(root);
        }
        String password = config.getOptionalValue("BANGFU_ADMIN_PASSWORD", String.class).orElse(null);
        boolean generated = password == null;
        if (generated) {
            password = generatedPassword();
        } else if (PasswordPolicy.check("BANGFU_ADMIN_PASSWORD", password).isPresent()) {
            throw new IllegalStateException("BANGFU_ADMIN_PASSWORD must have at least " + PasswordPolicy.MIN_LENGTH
                    + " characters of at least " + PasswordPolicy.MIN_KINDS + " kinds");
        }
        em.persist(new UserAccount("sysadmin", "系统管理员", root, null, Set.of(Role.SYSADMIN), PasswordHasher.hash(password)));
        if (generated) {
            LOG.warning("Bangfu created the first administrator 'sysadmin' with the generated password " + password
                    + " (shown once; change it after signing in)");
        } else {
            LOG.info("Bangfu created the first administrator 'sysadmin' with the password from BANGFU_ADMIN_PASSWORD");
        }
    }

    static String generatedPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder("Bf-");
        for (int i = 0; i < 16; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.append('7').toString();
    }
}
