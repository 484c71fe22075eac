package cn.bangfu.campaign.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignDataTest {

    private static CampaignData data(String code, String name, Integer year, String mode, LocalDate start, LocalDate end, Integer coUnits) {
        return new CampaignData(code, name, year, mode, start, end, coUnits, null, null, null, null, null, null, null, null);
    }

    @Test
    void codeNameYearModeAndPeriodAreRequired() {
        assertEquals(List.of(
                FieldError.of("code", "field.required"), FieldError.of("name", "field.required"), FieldError.of("year", "field.required"),
                FieldError.of("mode", "field.required"), FieldError.of("startDate", "field.required"),
                FieldError.of("endDate", "field.required")), data(" ", null, null, null, null, null, null).problems());
    }

    @Test
    void defaultsFollowTheMode() {
        CampaignData d = data("pj-2026", "联手帮扶", 2026, "三帮一", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null).normalised();
        assertEquals("THREE_TO_ONE", d.mode());
        assertEquals(2, d.coUnitCount());
        assertEquals(30, d.firstVisitDays());
        assertEquals("PLANNING", d.status());
        assertEquals(0, data("x1", "一帮一", 2026, "ONE_TO_ONE", null, null, null).normalised().coUnitCount());
    }

    @Test
    void theNumberOfCoUnitsMustFitTheMode() {
        LocalDate s = LocalDate.of(2026, 1, 1);
        LocalDate e = LocalDate.of(2026, 12, 31);
        assertEquals(List.of(FieldError.of("coUnitCount", "campaign.coUnitCount.ONE_TO_ONE", 10)),
                data("x1", "一帮一", 2026, "ONE_TO_ONE", s, e, 2).problems());
        assertEquals(List.of(FieldError.of("coUnitCount", "campaign.coUnitCount.THREE_TO_ONE", 10)),
                data("x1", "三帮一", 2026, "THREE_TO_ONE", s, e, 0).problems());
        assertEquals(List.of(), data("x1", "四帮一", 2026, "THREE_TO_ONE", s, e, 3).problems());
    }

    @Test
    void datesAreInOrderAndUnknownValuesNamed() {
        CampaignData d = new CampaignData("pj-2026", "联手帮扶", 1999, "TWO_TO_ONE", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 1, 1), null,
                LocalDate.of(2026, 5, 1), 0, 0, null, null, "DONE",
                List.of(new GroupMemberData(1L, "GROUP_LEADER", null, null), new GroupMemberData(1L, "组长", null, null),
                        new GroupMemberData(2L, "秘书", null, null)), null);
        assertEquals(List.of(
                FieldError.of("year", "campaign.year.range"),
                FieldError.of("mode", "campaign.mode.unknown", "TWO_TO_ONE"),
                FieldError.of("endDate", "campaign.endDate.beforeStart"),
                FieldError.of("planDeadline", "campaign.planDeadline.beforeStart"),
                FieldError.of("perUnitLimit", "campaign.perUnitLimit.range"),
                FieldError.of("firstVisitDays", "campaign.firstVisitDays.range"),
                FieldError.of("status", "campaign.status.unknown", "DONE"),
                FieldError.of("leadingGroup", "campaign.group.twice", 1L),
                FieldError.of("leadingGroup", "campaign.group.role.unknown", "秘书"),
                FieldError.of("leadingGroup", "campaign.group.oneLeader")), d.problems());
    }

    @Test
    void statusOnlyMovesForward() {
        assertTrue(CampaignStatus.PLANNING.mayBecome(CampaignStatus.ACTIVE));
        assertTrue(CampaignStatus.ACTIVE.mayBecome(CampaignStatus.ACTIVE));
        assertTrue(CampaignStatus.ACTIVE.mayBecome(CampaignStatus.CLOSED));
        assertFalse(CampaignStatus.CLOSED.mayBecome(CampaignStatus.ACTIVE));
        assertFalse(CampaignStatus.ACTIVE.mayBecome(CampaignStatus.PLANNING));
    }

    @Test
    void theCountySeesItsCampaignAndItsTownshipUnitsDoButTheNeighbourDoesNot() {
        Campaign c = Fixture.threeToOne();
        Scope office = new Scope("office", "430626", Fixture.PINGJIANG.getPath(), null, null, Set.of(Role.OFFICE));
        Scope township = new Scope("pj-wsz", "430626101", Fixture.WUSHI.getPath(), Fixture.WSZ.getId(), "pj-wsz", Set.of(Role.UNIT));
        Scope neighbour = new Scope("yy-gxj", "430621", Fixture.YUEYANG_COUNTY.getPath(), Fixture.YY_GXJ.getId(), "yy-gxj", Set.of(Role.UNIT));
        assertTrue(c.visibleTo(office));
        assertTrue(c.managedBy(office));
        assertTrue(c.visibleTo(township));
        assertFalse(c.managedBy(township));
        assertFalse(c.visibleTo(neighbour));
    }
}
