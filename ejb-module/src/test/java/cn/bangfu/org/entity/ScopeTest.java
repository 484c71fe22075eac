package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private final Region hunan = Region.create("430000", "湖南省", null);
    private final Region yueyang = Region.create("430600", "岳阳市", hunan);
    private final Region pingjiang = Region.create("430626", "平江县", yueyang);
    private final Region yueyangCounty = Region.create("430621", "岳阳县", yueyang);
    private final Region hanchang = Region.create("430626101", "汉昌街道", pingjiang);
    private final Region changsha = Region.create("430100", "长沙市", hunan);

    private final Unit agriculture = unit(11L, "PJ-NYJ", "平江县农业农村局", "COUNTY_DEPARTMENT", pingjiang);
    private final Unit hanchangOffice = unit(12L, "PJ-HCJD", "汉昌街道办事处", "TOWNSHIP", hanchang);
    private final Unit yueyangCountyUnit = unit(21L, "YYX-NYJ", "岳阳县农业农村局", "COUNTY_DEPARTMENT", yueyangCounty);

    /** A unit as the database hands it out, with its generated id. */
    private static Unit unit(long id, String code, String name, String type, Region region) {
        Unit unit = new Unit(new UnitData(code, name, type, region.getCode(), null, null, null, null, null), region);
        try {
            Field f = Unit.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(unit, id);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return unit;
    }

    private static Scope scope(Region region, Unit unit, Role... roles) {
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return Scope.of(new UserAccount("u", "用户", region, unit, set, "hash"));
    }

    @Test
    void scopeOfAnAccountCarriesItsRegionUnitAndRoles() {
        Scope s = scope(pingjiang, agriculture, Role.UNIT);
        assertEquals("u", s.login());
        assertEquals("430626", s.regionCode());
        assertEquals("430000/430600/430626/", s.regionPath());
        assertEquals(11L, s.unitId());
        assertEquals("PJ-NYJ", s.unitCode());
        assertEquals(EnumSet.of(Role.UNIT), s.roles());
        assertEquals("430000/430600/430626/%", s.pathPattern());
    }

    @Test
    void aCountyUserCoversHisCountyAndEverythingBelow() {
        Scope s = scope(pingjiang, null, Role.OFFICE);
        assertTrue(s.covers(pingjiang));
        assertTrue(s.covers(hanchang));
        assertTrue(s.covers(agriculture));
        assertTrue(s.covers(hanchangOffice));
    }

    @Test
    void aCountyUserDoesNotCoverTheCountyBesideOrAbove() {
        Scope s = scope(pingjiang, null, Role.OFFICE);
        assertFalse(s.covers(yueyangCounty));
        assertFalse(s.covers(yueyangCountyUnit));
        assertFalse(s.covers(yueyang));
        assertFalse(s.covers(hunan));
        assertFalse(s.covers((Region) null));
        assertFalse(s.covers((Unit) null));
    }

    @Test
    void aProvinceUserCoversBothCounties() {
        Scope s = scope(hunan, null, Role.LEADER);
        assertTrue(s.covers(pingjiang));
        assertTrue(s.covers(yueyangCounty));
        assertTrue(s.covers(hanchang));
        assertTrue(s.covers(changsha));
        assertTrue(s.covers(agriculture));
        assertTrue(s.covers(yueyangCountyUnit));
    }

    @Test
    void aUnitUserIsUnitOnlyAndCoversOnlyHisOwnUnit() {
        Scope s = scope(pingjiang, agriculture, Role.UNIT);
        assertTrue(s.unitOnly());
        assertTrue(s.covers(agriculture));
        assertFalse(s.covers(hanchangOffice), "another unit in his own county");
        assertFalse(s.covers(yueyangCountyUnit));
    }

    @Test
    void aUnitUserStillCoversTheRegionsOfHisCounty() {
        Scope s = scope(pingjiang, agriculture, Role.UNIT);
        assertTrue(s.covers(pingjiang));
        assertFalse(s.covers(yueyangCounty));
    }

    @Test
    void anotherUnitWithTheSameCodeButAnotherIdIsNotHisUnit() {
        Scope s = scope(pingjiang, agriculture, Role.UNIT);
        assertFalse(s.covers(unit(99L, "PJ-NYJ", "平江县农业农村局", "COUNTY_DEPARTMENT", pingjiang)));
    }

    @Test
    void anOfficeUserWithAUnitIsNotUnitOnly() {
        Scope s = scope(pingjiang, agriculture, Role.UNIT, Role.OFFICE);
        assertFalse(s.unitOnly());
        assertTrue(s.covers(hanchangOffice));
        assertFalse(s.covers(yueyangCountyUnit));
    }

    @Test
    void anOfficeUserPlacedInAUnitWithoutTheUnitRoleIsNotUnitOnly() {
        Scope s = scope(pingjiang, agriculture, Role.OFFICE);
        assertFalse(s.unitOnly());
        assertTrue(s.covers(hanchangOffice));
    }

    @Test
    void aUnitRoleWithoutAUnitIsNotUnitOnly() {
        Scope s = scope(pingjiang, null, Role.UNIT);
        assertNull(s.unitId());
        assertFalse(s.unitOnly());
    }

    @Test
    void adminRolesAreNeverUnitOnly() {
        for (Role admin : Role.ADMINS) {
            assertFalse(scope(pingjiang, agriculture, Role.UNIT, admin).unitOnly(), admin.name());
        }
    }

    @Test
    void exactlyTheThreeAdministratorRolesAreAdmin() {
        assertEquals(EnumSet.of(Role.SYSADMIN, Role.SECADMIN, Role.AUDITOR),
                EnumSet.copyOf(EnumSet.allOf(Role.class).stream().filter(Role::admin).toList()));
    }

    @Test
    void hasAndHasAnyLookAtTheRoles() {
        Scope s = scope(hunan, null, Role.SECADMIN);
        assertTrue(s.has(Role.SECADMIN));
        assertFalse(s.has(Role.SYSADMIN));
        assertTrue(s.hasAny(Role.SYSADMIN, Role.SECADMIN));
        assertFalse(s.hasAny(Role.SYSADMIN, Role.AUDITOR));
        assertFalse(s.hasAny());
    }

    @Test
    void theRolesOfAScopeCannotBeChangedFromOutside() {
        Set<Role> roles = EnumSet.of(Role.OFFICE);
        Scope s = new Scope("u", "430626", "430000/430600/430626/", null, null, roles);
        roles.add(Role.SYSADMIN);
        assertFalse(s.has(Role.SYSADMIN));
    }
}
