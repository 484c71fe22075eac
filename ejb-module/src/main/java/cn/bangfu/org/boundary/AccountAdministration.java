package cn.bangfu.org.boundary;

import cn.bangfu.platform.entity.Roles;
import java.time.Clock;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.control.VisibleAccounts;
import cn.bangfu.org.control.PasswordHasher;
import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.PasswordPolicy;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.RoleRules;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Account administration for the system administrator: create, disable, reset passwords, set roles,
 * link an account to the cadre who holds it. Unlocking is also open to the security administrator. All
 * within the caller's region; every change is in the audit trail.
 */
@Stateless
@RolesAllowed(Roles.SYSADMIN)
public class AccountAdministration {

    @Inject
    Clock clock;

    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    VisibleAccounts accounts;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.SYSADMIN, Roles.SECADMIN})
    public Page<AccountData> find(PageRequest page) {
        return new Where().and("a.region.path like :path", "path", caller.get().pathPattern())
                .andIf(page.qPattern(), "(lower(a.login) like :q escape '\\' or lower(a.displayName) like :q escape '\\')", "q")
                .page(em, UserAccount.class, "select a from UserAccount a left join fetch a.cadre", "select count(a) from UserAccount a", "a.login", page)
                .map(AccountData::of);
    }

    /** Accounts in the caller's region that are locked right now, for the security administrator. */
    @RolesAllowed({Roles.SYSADMIN, Roles.SECADMIN})
    public long countLocked() {
        return em.createNamedQuery(UserAccount.COUNT_LOCKED_WITHIN, Long.class)
                .setParameter("path", caller.get().pathPattern()).setParameter("now", clock.instant()).getSingleResult();
    }

    public AccountData create(AccountData data, String password) {
        Scope scope = caller.get();
        List<FieldError> errors = new ArrayList<>();
        String login = data.login() == null ? "" : data.login().strip();
        if (!LOGIN.matcher(login).matches()) {
            errors.add(FieldError.of("login", "account.login.format"));
        }
        if (data.displayName() == null || data.displayName().isBlank()) {
            errors.add(FieldError.of("displayName", "field.required"));
        }
        PasswordPolicy.check("password", password).ifPresent(errors::add);
        Unit unit = unit(scope, data.unitCode(), errors);
        Region region = region(scope, unit, data.regionCode(), errors);
        errors.addAll(RoleRules.problems(data.roles(), unit != null));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (!em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class).setParameter("login", login).getResultList().isEmpty()) {
            throw new ConflictException(FieldError.of("login", "account.login.taken", login));
        }
        UserAccount account = new UserAccount(login, data.displayName().strip(), region, unit, data.roles(), PasswordHasher.hash(password));
        em.persist(account);
        audit.created(account);
        em.flush();
        return AccountData.of(account);
    }

    public AccountData enable(String login, boolean enabled) {
        UserAccount account = visible(login);
        audit.change(account, enabled ? "ENABLE" : "DISABLE", () -> account.enable(enabled));
        return AccountData.of(account);
    }

    @RolesAllowed({Roles.SYSADMIN, Roles.SECADMIN})
    public AccountData unlock(String login) {
        UserAccount account = visible(login);
        audit.change(account, "UNLOCK", account::unlock);
        return AccountData.of(account);
    }

    public AccountData resetPassword(String login, String password) {
        PasswordPolicy.check("password", password).ifPresent(e -> {
            throw new InvalidInputException(e);
        });
        UserAccount account = visible(login);
        audit.change(account, "RESET_PASSWORD", () -> account.changePassword(PasswordHasher.hash(password)));
        return AccountData.of(account);
    }

    public AccountData setRoles(String login, Set<Role> roles) {
        UserAccount account = visible(login);
        List<FieldError> errors = RoleRules.problems(roles, account.getUnit() != null);
        errors.addAll(account.cadreProblems(account.getCadre(), roles));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (account.getLogin().equals(caller.account().getLogin()) && !roles.contains(Role.SYSADMIN)) {
            throw new InvalidInputException(FieldError.of("roles", "account.keepOwnAdmin"));
        }
        audit.update(account, () -> account.assignRoles(roles));
        return AccountData.of(account);
    }

    /** Picker suggestions per request. */
    static final int SUGGESTIONS = 20;

    /**
     * Links the account to the cadre who holds it (a contact leader's account to his county leader), or
     * unlinks it ({@code cadreId} null). The rule is the account's ({@link UserAccount#cadreProblems}); a
     * cadre the caller does not see is unknown.
     */
    public AccountData linkCadre(String login, Long cadreId) {
        UserAccount account = visible(login);
        Cadre cadre = null;
        if (cadreId != null) {
            cadre = em.createNamedQuery(Cadre.BY_ID, Cadre.class).setParameter("id", cadreId).getResultStream().findFirst()
                    .filter(c -> c.visibleTo(caller.get())).orElseThrow(() -> new InvalidInputException(
                            FieldError.of("cadre", "account.cadre.unknown", cadreId)));
        }
        Cadre linked = cadre;
        audit.update(account, () -> account.linkCadre(linked));
        return AccountData.of(account);
    }

    /**
     * Cadres the account may name whose name or position contains the text: of its region and below, and
     * county leaders only for a LEADER account. The cadre picker of the accounts page.
     */
    public List<CadreData> cadreChoices(String login, String text) {
        UserAccount account = visible(login);
        boolean leader = account.has(Role.LEADER);
        String q = new PageRequest(0, 1, null, text == null || text.isBlank() ? null : text.strip()).qPattern();
        var query = em.createQuery("select c from Cadre c join fetch c.unit u join fetch u.region r where r.path like :region"
                        + (leader ? " and c.rank = :rank" : "")
                        + (q == null ? "" : " and (lower(c.name) like :q escape '\\' or lower(c.position) like :q escape '\\')")
                        + " order by c.name, c.id", Cadre.class)
                .setParameter("region", account.getRegion().getPath() + "%");
        if (leader) {
            query.setParameter("rank", CadreRank.COUNTY_LEADER);
        }
        if (q != null) {
            query.setParameter("q", q);
        }
        return query.setMaxResults(SUGGESTIONS).getResultList().stream().map(Cadre::data).toList();
    }

    private UserAccount visible(String login) {
        return accounts.of(caller.get(), login);
    }

    private Unit unit(Scope scope, String unitCode, List<FieldError> errors) {
        if (unitCode == null || unitCode.isBlank()) {
            return null;
        }
        Unit unit = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", unitCode.strip()).getResultStream().findFirst().orElse(null);
        if (unit == null || !scope.covers(unit)) {
            errors.add(FieldError.of("unitCode", "unit.unknown", unitCode));
            return null;
        }
        return unit;
    }

    /** A unit's account lives in the unit's region; otherwise the named region, inside the caller's. */
    private Region region(Scope scope, Unit unit, String regionCode, List<FieldError> errors) {
        if (unit != null) {
            return unit.getRegion();
        }
        Region region = regionCode == null ? null : em.find(Region.class, regionCode.strip());
        if (region == null || !scope.covers(region)) {
            // FieldError.of takes no null arguments: "required" has none.
            errors.add(regionCode == null ? FieldError.of("regionCode", "field.required") : FieldError.of("regionCode", "region.unknown", regionCode));
            return null;
        }
        return region;
    }
}
