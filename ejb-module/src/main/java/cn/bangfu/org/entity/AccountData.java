package cn.bangfu.org.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Set;

/**
 * A user account as administrators see it; never carries the password hash. {@code cadreId} and
 * {@code cadreName} name the cadre who holds the account (a contact leader's county leader), or are null;
 * {@code enterpriseId} the enterprise an ENTERPRISE account acts for.
 */
public record AccountData(String login, String displayName, String regionCode, String unitCode, Set<Role> roles,
                          boolean enabled, Instant lockedUntil, int failedAttempts, String locale, long version,
                          Long cadreId, String cadreName, Long enterpriseId) implements Serializable {

    public static AccountData of(UserAccount a) {
        Cadre c = a.getCadre();
        return new AccountData(a.getLogin(), a.getDisplayName(), a.getRegion().getCode(),
                a.getUnit() == null ? null : a.getUnit().getCode(), a.getRoles(), a.isEnabled(), a.getLockedUntil(),
                a.getFailedAttempts(), a.getLocale(), a.getVersion(), c == null ? null : c.getId(),
                c == null ? null : c.getName() + (c.getPosition() == null ? "" : "（" + c.getPosition() + "）"), a.getEnterpriseId());
    }
}
