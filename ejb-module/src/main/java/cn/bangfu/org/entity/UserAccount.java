package cn.bangfu.org.entity;

import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A person's sign-in: region (and unit, for UNIT users), roles, password hash and lockout state.
 * Five failed sign-ins in a row lock the account for fifteen minutes. An account may name the cadre
 * who holds it ({@link #linkCadre}): a contact leader's account (LEADER) names the county leader whose
 * enterprises he sees as his own.
 */
@Entity
@Table(name = "user_account")
// Roles and unit fetched with the account: every API call reads it (sign-in check, then the caller's scope).
@NamedQuery(name = UserAccount.BY_LOGIN,
        query = "select distinct a from UserAccount a left join fetch a.roles left join fetch a.unit left join fetch a.cadre"
                + " where a.login = :login")
@NamedQuery(name = UserAccount.NAMES_OF, query = "select a.login, a.displayName from UserAccount a where a.login in :logins")
@NamedQuery(name = UserAccount.COUNT_BY_UNIT, query = "select count(a) from UserAccount a where a.unit = :unit")
// A bulk update, not a versioned change: parallel API calls right after a failed one must not race on the account's version.
@NamedQuery(name = UserAccount.END_FAILURES,
        query = "update UserAccount a set a.failedAttempts = 0, a.lockedUntil = null where a.id = :id and a.failedAttempts > 0")
@NamedQuery(name = UserAccount.COUNT, query = "select count(a) from UserAccount a")
@NamedQuery(name = UserAccount.COUNT_LOCKED_WITHIN, query = "select count(a) from UserAccount a where a.region.path like :path and a.lockedUntil > :now")
public class UserAccount implements Audited, Versioned {

    public static final String BY_LOGIN = "UserAccount.byLogin";
    public static final String COUNT_BY_UNIT = "UserAccount.countByUnit";
    /** Logins and display names of these accounts: who did what, as a history shows it. */
    public static final String NAMES_OF = "UserAccount.namesOf";
    public static final String END_FAILURES = "UserAccount.endFailures";
    public static final String COUNT = "UserAccount.count";
    public static final String COUNT_LOCKED_WITHIN = "UserAccount.countLockedWithin";
    public static final int MAX_FAILED_ATTEMPTS = 5;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @Column(nullable = false, unique = true)
    private String login;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code", nullable = false)
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id")
    private Unit unit;

    /** The cadre who holds this account, if it names one; for a LEADER account a county leader (see {@link #cadreProblems}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cadre_id")
    private Cadre cadre;

    /** The enterprise an ENTERPRISE account acts for (its id in the registry), or null. */
    @Column(name = "enterprise_id")
    private Long enterpriseId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name")
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private String locale = "zh-CN";

    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String login, String displayName, Region region, Unit unit, Set<Role> roles, String passwordHash) {
        this.login = login;
        this.displayName = displayName;
        this.region = region;
        this.unit = unit;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** May this account sign in now (password aside)? */
    public boolean usableAt(Instant now) {
        return enabled && !lockedAt(now);
    }

    /** Counts a failed sign-in; the fifth in a row locks the account. Returns true if this one locked it. */
    public boolean signInFailed(Instant now) {
        if (lockedUntil != null && !now.isBefore(lockedUntil)) {
            failedAttempts = 0;
            lockedUntil = null;
        }
        failedAttempts++;
        if (failedAttempts >= MAX_FAILED_ATTEMPTS) {
            lockedUntil = now.plus(LOCKOUT);
            return true;
        }
        return false;
    }

    public void signedIn() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void unlock() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        unlock();
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public void assignRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    public void rename(String displayName) {
        this.displayName = displayName;
    }

    public void chooseLocale(String locale) {
        this.locale = locale;
    }

    public void placeIn(Region region, Unit unit) {
        this.region = region;
        this.unit = unit;
    }

    /**
     * Links the account to the cadre who holds it, or unlinks it (null).
     *
     * @throws InvalidInputException on the field {@code cadre} when {@link #cadreProblems} finds any
     */
    /**
     * Links an ENTERPRISE account to the enterprise it acts for, or unlinks it (null). The registry checks that the
     * enterprise lies in the account's region; only an ENTERPRISE account names one.
     */
    public void linkEnterprise(Long enterpriseId) {
        if (enterpriseId != null && !roles.contains(Role.ENTERPRISE)) {
            throw new InvalidInputException(FieldError.of("enterprise", "account.enterprise.role"));
        }
        this.enterpriseId = enterpriseId;
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public void linkCadre(Cadre cadre) {
        List<FieldError> errors = cadreProblems(cadre, roles);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.cadre = cadre;
    }

    /**
     * What is wrong with this account naming the cadre while holding these roles: the cadre must be of a
     * unit in the account's region or below (the account's scope), and the cadre of a LEADER account must be
     * a county leader ({@link CadreRank#COUNTY_LEADER}), since only county leaders are contact leaders.
     * No cadre is always fine. Also asked when the roles change, so adding LEADER cannot break the rule.
     */
    public List<FieldError> cadreProblems(Cadre candidate, Set<Role> withRoles) {
        List<FieldError> errors = new ArrayList<>();
        if (candidate == null) {
            return errors;
        }
        if (region == null || candidate.getUnit() == null || candidate.getUnit().getRegion() == null
                || !candidate.getUnit().getRegion().getPath().startsWith(region.getPath())) {
            errors.add(FieldError.of("cadre", "account.cadre.outOfScope", candidate.getName()));
        }
        if (withRoles != null && withRoles.contains(Role.LEADER) && candidate.getRank() != CadreRank.COUNTY_LEADER) {
            errors.add(FieldError.of("cadre", "account.cadre.notCountyLeader", candidate.getName()));
        }
        return errors;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public String auditType() {
        return "UserAccount";
    }

    @Override
    public String auditId() {
        return login;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("login", login);
        m.put("displayName", displayName);
        m.put("regionCode", region == null ? null : region.getCode());
        m.put("unitCode", unit == null ? null : unit.getCode());
        m.put("roles", roles.stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)).toString());
        m.put("cadre", cadre == null ? null : cadre.getId() + " " + cadre.getName());
        m.put("enterprise", enterpriseId == null ? null : enterpriseId.toString());
        m.put("enabled", Boolean.toString(enabled));
        m.put("lockedUntil", lockedUntil == null ? null : lockedUntil.toString());
        // The hash itself never goes into the trail; that it changed does.
        m.put("password", Integer.toHexString(passwordHash == null ? 0 : passwordHash.hashCode()));
        return m;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Region getRegion() {
        return region;
    }

    public Unit getUnit() {
        return unit;
    }

    public Cadre getCadre() {
        return cadre;
    }

    public Set<Role> getRoles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public String getLocale() {
        return locale;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, UserAccount::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
