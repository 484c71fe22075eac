package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** An account names the cadre who holds it: one of its region, and a county leader for a contact leader's account. */
class UserAccountCadreTest {

    private final Region hunan = Region.create("430000", "湖南省", null);
    private final Region yueyang = Region.create("430600", "岳阳市", hunan);
    private final Region pingjiang = Region.create("430626", "平江县", yueyang);
    private final Region wushi = Region.create("430626101", "伍市镇", pingjiang);
    private final Region yueyangCounty = Region.create("430621", "岳阳县", yueyang);

    private final Unit party = unit("pj-xw", "中共平江县委员会", pingjiang);
    private final Unit town = unit("pj-wsz", "伍市镇人民政府", wushi);
    private final Unit neighbourParty = unit("yy-xw", "中共岳阳县委员会", yueyangCounty);

    private final Cadre zhang = cadre("张卫东", party, "县委副书记", CadreRank.COUNTY_LEADER);
    private final Cadre deputy = cadre("江涛", town, "副镇长", CadreRank.SECTION_LEVEL);
    private final Cadre neighbour = cadre("欧阳书记", neighbourParty, "县委书记", CadreRank.COUNTY_LEADER);

    private final UserAccount leader = new UserAccount("leader", "县委副书记 张卫东", pingjiang, null, Set.of(Role.LEADER), "hash");

    @Test
    void aLeadersAccountNamesACountyLeaderOfItsCounty() {
        leader.linkCadre(zhang);
        assertSame(zhang, leader.getCadre());
        assertTrue(leader.auditSnapshot().get("cadre").endsWith(" 张卫东"), "the link is in the audit trail");
        assertEquals("张卫东（县委副书记）", AccountData.of(leader).cadreName());
    }

    @Test
    void aLeadersAccountCannotNameACadreBelowCountyLeaderRank() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> leader.linkCadre(deputy));
        assertEquals(List.of(FieldError.of("cadre", "account.cadre.notCountyLeader", "江涛")), e.errors());
        assertNull(leader.getCadre(), "nothing changed");
    }

    @Test
    void noAccountNamesACadreOutsideItsRegion() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> leader.linkCadre(neighbour));
        assertEquals(List.of(FieldError.of("cadre", "account.cadre.outOfScope", "欧阳书记")), e.errors());
        // An account of a township does not reach up to the county's leaders either.
        UserAccount township = new UserAccount("wushi", "伍市镇", wushi, town, Set.of(Role.UNIT), "hash");
        assertEquals(List.of("account.cadre.outOfScope"),
                township.cadreProblems(zhang, township.getRoles()).stream().map(FieldError::messageKey).toList());
    }

    @Test
    void anAccountOfAnotherRoleMayNameAnyCadreOfItsRegion() {
        UserAccount unit = new UserAccount("pj-wsz", "伍市镇人民政府", wushi, town, Set.of(Role.UNIT), "hash");
        unit.linkCadre(deputy);
        assertSame(deputy, unit.getCadre());
    }

    @Test
    void becomingALeaderIsCheckedAgainstTheCadreAlreadyNamed() {
        UserAccount office = new UserAccount("office", "县帮扶办", pingjiang, null, Set.of(Role.OFFICE), "hash");
        office.linkCadre(deputy);
        assertEquals(List.of("account.cadre.notCountyLeader"),
                office.cadreProblems(office.getCadre(), Set.of(Role.OFFICE, Role.LEADER)).stream().map(FieldError::messageKey).toList());
        assertTrue(office.cadreProblems(office.getCadre(), Set.of(Role.OFFICE)).isEmpty());
    }

    @Test
    void unlinkingIsAlwaysAllowed() {
        leader.linkCadre(zhang);
        leader.linkCadre(null);
        assertNull(leader.getCadre());
        assertNull(leader.auditSnapshot().get("cadre"));
        assertNull(AccountData.of(leader).cadreId());
    }

    private static Unit unit(String code, String name, Region region) {
        return new Unit(new UnitData(code, name, UnitType.OTHER.name(), region.getCode(), null, null, null, null, null), region);
    }

    private static Cadre cadre(String name, Unit unit, String position, CadreRank rank) {
        return new Cadre(new CadreData(null, name, unit.getCode(), position, rank.name(), null, null), unit);
    }
}
