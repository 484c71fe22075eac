package cn.bangfu.org.entity;

import cn.bangfu.platform.entity.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which role sets an account may hold: at least one role; an admin role (SYSADMIN, SECADMIN,
 * AUDITOR) alone, since the three are kept apart from each other and from the business (三员分立);
 * UNIT only with a unit.
 */
public final class RoleRules {

    private RoleRules() {
    }

    public static List<FieldError> problems(Set<Role> roles, boolean hasUnit) {
        List<FieldError> errors = new ArrayList<>();
        if (roles == null || roles.isEmpty()) {
            errors.add(FieldError.of("roles", "roles.required"));
            return errors;
        }
        if (roles.size() > 1 && roles.stream().anyMatch(Role::admin)) {
            errors.add(FieldError.of("roles", "roles.adminApart"));
        }
        if (roles.contains(Role.UNIT) && !hasUnit) {
            errors.add(FieldError.of("unitCode", "roles.unitNeedsUnit"));
        }
        return errors;
    }
}
