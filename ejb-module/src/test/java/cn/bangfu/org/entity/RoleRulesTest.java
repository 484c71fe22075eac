package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.platform.entity.FieldError;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleRulesTest {

    private static final FieldError ADMIN_APART = FieldError.of("roles", "roles.adminApart");
    private static final FieldError UNIT_NEEDS_UNIT = FieldError.of("unitCode", "roles.unitNeedsUnit");

    @Test
    void atLeastOneRoleIsRequired() {
        assertEquals(List.of(FieldError.of("roles", "roles.required")), RoleRules.problems(Set.of(), false));
        assertEquals(List.of(FieldError.of("roles", "roles.required")), RoleRules.problems(null, true));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSADMIN", "SECADMIN", "AUDITOR"})
    void anAdminRoleAloneIsFine(Role admin) {
        assertEquals(List.of(), RoleRules.problems(EnumSet.of(admin), false));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"SYSADMIN", "SECADMIN", "AUDITOR"})
    void anAdminRoleWithABusinessRoleIsRefused(Role admin) {
        assertEquals(List.of(ADMIN_APART), RoleRules.problems(EnumSet.of(admin, Role.OFFICE), false));
        assertEquals(List.of(ADMIN_APART), RoleRules.problems(EnumSet.of(admin, Role.LEADER), false));
    }

    @Test
    void twoAdminRolesTogetherAreRefused() {
        assertEquals(List.of(ADMIN_APART), RoleRules.problems(EnumSet.of(Role.SYSADMIN, Role.AUDITOR), false));
        assertEquals(List.of(ADMIN_APART), RoleRules.problems(EnumSet.of(Role.SYSADMIN, Role.SECADMIN), false));
        assertEquals(List.of(ADMIN_APART), RoleRules.problems(EnumSet.of(Role.SECADMIN, Role.AUDITOR), false));
        assertEquals(List.of(ADMIN_APART), RoleRules.problems(Role.ADMINS, false));
    }

    @Test
    void businessRolesMayBeCombined() {
        assertEquals(List.of(), RoleRules.problems(EnumSet.of(Role.OFFICE, Role.LEADER, Role.INSPECTOR, Role.EVALUATOR), false));
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"OFFICE", "LEADER", "INSPECTOR", "EVALUATOR", "ENTERPRISE"})
    void otherBusinessRolesNeedNoUnit(Role role) {
        assertEquals(List.of(), RoleRules.problems(EnumSet.of(role), false));
    }

    @Test
    void theUnitRoleNeedsAUnit() {
        assertEquals(List.of(UNIT_NEEDS_UNIT), RoleRules.problems(EnumSet.of(Role.UNIT), false));
        assertEquals(List.of(UNIT_NEEDS_UNIT), RoleRules.problems(EnumSet.of(Role.UNIT, Role.OFFICE), false));
        assertEquals(List.of(), RoleRules.problems(EnumSet.of(Role.UNIT), true));
        assertEquals(List.of(), RoleRules.problems(EnumSet.of(Role.UNIT, Role.OFFICE), true));
    }

    @Test
    void bothProblemsAreReportedTogether() {
        assertEquals(List.of(ADMIN_APART, UNIT_NEEDS_UNIT), RoleRules.problems(EnumSet.of(Role.UNIT, Role.SYSADMIN), false));
    }
}
