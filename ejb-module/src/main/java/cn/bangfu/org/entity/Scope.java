package cn.bangfu.org.entity;

import java.io.Serializable;
import java.util.EnumSet;
import java.util.Set;

/**
 * What one signed-in user may see: his region and everything below it, narrowed to his own unit
 * for a UNIT user. Boundaries filter every query and check every record against it. An account may
 * also name its cadre (a contact leader's: his enterprises are the ones he leads) and its enterprise
 * (an ENTERPRISE account sees only that enterprise's problems).
 */
public record Scope(String login, String regionCode, String regionPath, Long unitId, String unitCode, Set<Role> roles, Long cadreId,
                    Long enterpriseId) implements Serializable {

    public Scope {
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** A scope naming no cadre and no enterprise. */
    public Scope(String login, String regionCode, String regionPath, Long unitId, String unitCode, Set<Role> roles) {
        this(login, regionCode, regionPath, unitId, unitCode, roles, null, null);
    }

    public static Scope of(UserAccount account) {
        Unit unit = account.getUnit();
        return new Scope(account.getLogin(), account.getRegion().getCode(), account.getRegion().getPath(),
                unit == null ? null : unit.getId(), unit == null ? null : unit.getCode(), account.getRoles(),
                account.getCadre() == null ? null : account.getCadre().getId(), account.getEnterpriseId());
    }

    /** An ENTERPRISE account with no wider role: it sees its own enterprise's work only. */
    public boolean enterpriseOnly() {
        return roles.contains(Role.ENTERPRISE) && roles.stream().noneMatch(r -> r == Role.OFFICE || r == Role.UNIT || r.admin());
    }

    /** A UNIT user with no wider role sees only his own unit's work. */
    public boolean unitOnly() {
        return unitId != null && roles.contains(Role.UNIT) && roles.stream().noneMatch(r -> r == Role.OFFICE || r.admin());
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... wanted) {
        for (Role r : wanted) {
            if (roles.contains(r)) {
                return true;
            }
        }
        return false;
    }

    /** The LIKE pattern for region paths inside this scope. */
    public String pathPattern() {
        return regionPath + "%";
    }

    public boolean covers(Region region) {
        return region != null && region.getPath().startsWith(regionPath);
    }

    public boolean covers(Unit unit) {
        if (unit == null) {
            return false;
        }
        if (unitOnly()) {
            return isUnit(unit);
        }
        return covers(unit.getRegion());
    }

    /** Whether the unit is the caller's own. */
    public boolean isUnit(Unit unit) {
        return unit != null && unitId != null && unitId.equals(unit.getId());
    }
}
