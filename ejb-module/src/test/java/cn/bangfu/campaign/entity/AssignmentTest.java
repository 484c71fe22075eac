package cn.bangfu.campaign.entity;

import static cn.bangfu.campaign.entity.Fixture.CHEN;
import static cn.bangfu.campaign.entity.Fixture.FGJ;
import static cn.bangfu.campaign.entity.Fixture.GXJ;
import static cn.bangfu.campaign.entity.Fixture.SHOES;
import static cn.bangfu.campaign.entity.Fixture.SW;
import static cn.bangfu.campaign.entity.Fixture.SWJ;
import static cn.bangfu.campaign.entity.Fixture.ZHANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.entity.Unit;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssignmentTest {

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 1);
    private static final LocalDate JUNE = LocalDate.of(2026, 6, 1);

    @Test
    void theUnitsAreTheLeadingUnitThenTheCoUnitsWithHeadsAndContacts() {
        Assignment a = Fixture.assignment(Fixture.threeToOne(), SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), MARCH);
        assertEquals(GXJ, a.leadingUnit());
        assertEquals(List.of(FGJ, SWJ), a.coUnits());
        assertEquals(List.of(UnitRole.LEADING, UnitRole.CO, UnitRole.CO), a.units().stream().map(AssignmentUnit::getRole).toList());
        AssignmentUnit leading = a.units().get(0);
        assertEquals(GXJ.getHeadName(), leading.getHeadName(), "the first responsible person is the unit's head");
        assertEquals(CHEN, leading.getContactCadre());
        assertEquals("13907302002", leading.contactPhone(), "the contact cadre's phone");
        assertEquals(SWJ.getContactPhone(), a.units().get(2).contactPhone(), "without a contact cadre: the unit's contact phone");

        AssignmentData d = a.data();
        assertEquals("pj-gxj", d.leadingUnit());
        assertEquals(List.of("pj-fgj", "pj-swj"), d.coUnits());
        assertEquals(SHOES.getCreditCode(), d.target().creditCode());
        assertEquals(ZHANG.getId(), d.contactLeader());
        assertEquals("张卫东", d.leader().name());
        assertNull(d.validTo());
    }

    @Test
    void aUnitKnowsItsPartnersOnATarget() {
        Assignment a = Fixture.assignment(Fixture.threeToOne(), SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), MARCH);
        assertTrue(a.involves(FGJ));
        assertFalse(a.involves(SW));
        assertEquals(List.of(GXJ, SWJ), a.partnersOf(FGJ).stream().map(AssignmentUnit::getUnit).toList());
        assertEquals(List.of(), a.partnersOf(SW));
        assertEquals(UnitRole.CO, a.roleOf(SWJ));
        assertEquals(UnitRole.LEADING, a.roleOf(GXJ));
        assertNull(a.roleOf(SW));
    }

    @Test
    void reassignmentEndsTheCurrentOneAndANewOneBeginsThatDay() {
        Campaign c = Fixture.threeToOne();
        Assignment old = Fixture.assignment(c, SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), MARCH);
        assertTrue(old.current());
        old.endOn(JUNE);
        assertFalse(old.current());
        assertEquals(JUNE, old.getValidTo());
        assertEquals(MARCH, old.getValidFrom(), "history keeps when it began");
        assertEquals("2026-06-01", old.auditSnapshot().get("validTo"));
        Assignment next = Fixture.assignment(c, SHOES, ZHANG, SW, List.of(FGJ, SWJ), JUNE);
        assertTrue(next.current());
        assertEquals(old.getValidTo(), next.getValidFrom(), "no gap and no overlap: valid to is exclusive");

        assertThrows(IllegalStateException.class, () -> old.endOn(JUNE.plusDays(1)), "an ended assignment stays ended");
        assertThrows(IllegalArgumentException.class, () -> next.endOn(MARCH), "cannot end before it began");
    }

    @Test
    void theSameLeaderAndUnitsInAnyOrderAreNoChange() {
        Assignment a = Fixture.assignment(Fixture.threeToOne(), SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), MARCH);
        assertTrue(a.sameAs(ZHANG, GXJ, List.of(SWJ, FGJ)));
        assertFalse(a.sameAs(ZHANG, FGJ, List.of(GXJ, SWJ)), "another leading unit");
        assertFalse(a.sameAs(ZHANG, GXJ, List.<Unit>of(FGJ, SW)), "another co-unit");
        assertFalse(a.sameAs(CHEN, GXJ, List.of(FGJ, SWJ)), "another leader");
    }

    @Test
    void theAuditSnapshotNamesLeaderAndUnits() {
        Assignment a = Fixture.assignment(Fixture.threeToOne(), SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), MARCH);
        assertEquals("pj-gxj", a.auditSnapshot().get("leadingUnit"));
        assertEquals("pj-fgj,pj-swj", a.auditSnapshot().get("coUnits"));
        assertEquals(ZHANG.getId() + " 张卫东", a.auditSnapshot().get("contactLeader"));
        assertEquals("2026-03-01", a.auditSnapshot().get("validFrom"));
    }
}
