package cn.bangfu.campaign.entity;

import static cn.bangfu.campaign.entity.Fixture.CHEN;
import static cn.bangfu.campaign.entity.Fixture.FGJ;
import static cn.bangfu.campaign.entity.Fixture.GXJ;
import static cn.bangfu.campaign.entity.Fixture.MACHINES;
import static cn.bangfu.campaign.entity.Fixture.NEIGHBOUR;
import static cn.bangfu.campaign.entity.Fixture.SHOES;
import static cn.bangfu.campaign.entity.Fixture.SW;
import static cn.bangfu.campaign.entity.Fixture.SWJ;
import static cn.bangfu.campaign.entity.Fixture.WSZ;
import static cn.bangfu.campaign.entity.Fixture.YY_LEADER;
import static cn.bangfu.campaign.entity.Fixture.ZHANG;
import static cn.bangfu.campaign.entity.Fixture.input;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AssignmentRulesTest {

    private static AssignmentRules.Verdict check(Campaign c, AssignmentRules.Input in) {
        return AssignmentRules.check(c, in, Fixture::byCode, u -> 0);
    }

    @Test
    void aLeaderALeadingUnitAndTwoCoUnitsOfTheCountyPass() {
        AssignmentRules.Verdict v = check(Fixture.threeToOne(), input(SHOES, ZHANG, "pj-gxj", "pj-fgj", "pj-swj"));
        assertEquals(List.of(), v.errors());
        assertEquals(List.of(), v.warnings());
        assertTrue(v.ok());
        // A township's unit and a township's enterprise lie in the county too.
        assertTrue(check(Fixture.threeToOne(), input(MACHINES, ZHANG, "pj-wsz", "pj-fgj", "pj-swj")).ok());
    }

    @Test
    void aUnitIsNeverBothLeadingAndCoUnitNorTwiceACoUnit() {
        Campaign c = Fixture.campaign(CampaignMode.THREE_TO_ONE, 3, null);
        AssignmentRules.Verdict v = check(c, input(SHOES, ZHANG, "pj-gxj", "pj-fgj", "pj-gxj", "pj-fgj"));
        assertEquals(List.of(
                FieldError.of("coUnits", "assignment.unit.leadingAndCo", GXJ.getName()),
                FieldError.of("coUnits", "assignment.unit.twice", FGJ.getName())), v.errors());
        assertEquals("\"平江县工业和信息化局\"已是牵头单位，不能同时作为配合单位", Messages.text(Messages.CHINESE, v.errors().get(0)));
    }

    @Test
    void aMissingLeadingUnitIsRefusedWithItsReason() {
        AssignmentRules.Verdict v = check(Fixture.threeToOne(), input(SHOES, ZHANG, null, "pj-fgj", "pj-swj"));
        assertEquals(List.of(FieldError.of("leadingUnit", "assignment.leadingUnit.required")), v.errors());
        assertEquals("缺少牵头单位：每个帮扶对象须有一个牵头单位", Messages.text(Messages.CHINESE, v.errors().get(0)));
    }

    @Test
    void threeToOneWantsExactlyTheCampaignsNumberOfCoUnits() {
        Campaign c = Fixture.threeToOne();
        assertEquals(2, c.getCoUnitCount(), "三帮一 defaults to two co-units");
        assertEquals(List.of(FieldError.of("coUnits", "assignment.coUnits.tooFew", 2, 1)),
                check(c, input(SHOES, ZHANG, "pj-gxj", "pj-fgj")).errors());
        assertEquals(List.of(FieldError.of("coUnits", "assignment.coUnits.tooMany", 2, 3)),
                check(c, input(SHOES, ZHANG, "pj-gxj", "pj-fgj", "pj-swj", "pj-sw")).errors());
        assertEquals("配合单位不足：本行动每个帮扶对象须有 2 个配合单位，现有 1 个",
                Messages.text(Messages.CHINESE, check(c, input(SHOES, ZHANG, "pj-gxj", "pj-fgj")).errors().get(0)));

        Campaign fourToOne = Fixture.campaign(CampaignMode.THREE_TO_ONE, 3, null);
        assertTrue(check(fourToOne, input(SHOES, ZHANG, "pj-gxj", "pj-fgj", "pj-swj", "pj-sw")).ok());
        assertEquals(List.of(FieldError.of("coUnits", "assignment.coUnits.tooFew", 3, 2)),
                check(fourToOne, input(SHOES, ZHANG, "pj-gxj", "pj-fgj", "pj-swj")).errors());
    }

    @Test
    void oneToOneHasNoCoUnits() {
        Campaign c = Fixture.campaign(CampaignMode.ONE_TO_ONE, null, null);
        assertEquals(0, c.getCoUnitCount());
        assertTrue(check(c, input(SHOES, ZHANG, "pj-gxj")).ok());
        AssignmentRules.Verdict v = check(c, input(SHOES, ZHANG, "pj-gxj", "pj-fgj"));
        assertEquals(List.of(FieldError.of("coUnits", "assignment.coUnits.none", "一帮一")), v.errors());
        assertEquals("一帮一不安排配合单位", Messages.text(Messages.CHINESE, v.errors().get(0)));
    }

    @Test
    void aStationedCampaignTakesItsOwnNumberOfCoUnits() {
        Campaign none = Fixture.campaign(CampaignMode.STATIONED, null, null);
        assertTrue(check(none, input(SHOES, ZHANG, "pj-gxj")).ok());
        assertEquals(List.of(FieldError.of("coUnits", "assignment.coUnits.none", "驻企帮扶")),
                check(none, input(SHOES, ZHANG, "pj-gxj", "pj-fgj")).errors());
        Campaign one = Fixture.campaign(CampaignMode.STATIONED, 1, null);
        assertTrue(check(one, input(SHOES, ZHANG, "pj-gxj", "pj-fgj")).ok());
        assertEquals(List.of(FieldError.of("coUnits", "assignment.coUnits.tooFew", 1, 0)), check(one, input(SHOES, ZHANG, "pj-gxj")).errors());
    }

    @Test
    void aUnitOutsideTheCampaignsRegionOrUnknownGetsTheSameAnswer() {
        AssignmentRules.Verdict v = check(Fixture.threeToOne(), input(SHOES, ZHANG, "yy-gxj", "pj-fgj", "pj-nope"));
        assertEquals(List.of(
                FieldError.of("leadingUnit", "assignment.unit.outside", "yy-gxj", "平江县"),
                FieldError.of("coUnits", "assignment.unit.outside", "pj-nope", "平江县")), v.errors());
        assertEquals("单位\"yy-gxj\"不存在或不在本行动的范围（平江县）内", Messages.text(Messages.CHINESE, v.errors().get(0)));
        assertEquals("Unit \"yy-gxj\" does not exist or is outside the campaign's area (平江县)", Messages.text(Locale.ENGLISH, v.errors().get(0)));
    }

    @Test
    void theLeaderLiesInTheRegionAndIsACountyLeader() {
        Campaign c = Fixture.threeToOne();
        assertEquals(List.of(FieldError.of("contactLeader", "assignment.leader.outside", String.valueOf(YY_LEADER.getId()), "平江县")),
                check(c, input(SHOES, YY_LEADER, "pj-gxj", "pj-fgj", "pj-swj")).errors());
        AssignmentRules.Verdict notLeader = check(c, input(SHOES, CHEN, "pj-gxj", "pj-fgj", "pj-swj"));
        assertEquals(List.of(FieldError.of("contactLeader", "assignment.leader.notCountyLeader", "陈晓东")), notLeader.errors());
        assertEquals("陈晓东 不是县级领导：联系领导须为县级领导干部", Messages.text(Messages.CHINESE, notLeader.errors().get(0)));
        AssignmentRules.Input unknown = new AssignmentRules.Input(TargetRef.of(SHOES), SHOES, 424242L, null, "pj-gxj",
                List.of("pj-fgj", "pj-swj"));
        assertEquals(List.of(FieldError.of("contactLeader", "assignment.leader.outside", "424242", "平江县")), check(c, unknown).errors());
        AssignmentRules.Input none = new AssignmentRules.Input(TargetRef.of(SHOES), SHOES, null, null, "pj-gxj", List.of("pj-fgj", "pj-swj"));
        assertEquals(List.of(FieldError.of("contactLeader", "field.required")), check(c, none).errors());
    }

    @Test
    void theTargetLiesInTheRegion() {
        Campaign c = Fixture.threeToOne();
        assertEquals(List.of(FieldError.of("target", "assignment.target.outside", NEIGHBOUR.getCreditCode(), "平江县")),
                check(c, input(NEIGHBOUR, ZHANG, "pj-gxj", "pj-fgj", "pj-swj")).errors());
        AssignmentRules.Input unknown = new AssignmentRules.Input(TargetRef.enterprise("91430626MA4L9999XX"), null, ZHANG.getId(), ZHANG,
                "pj-gxj", List.of("pj-fgj", "pj-swj"));
        assertEquals(List.of(FieldError.of("target", "assignment.target.outside", "91430626MA4L9999XX", "平江县")), check(c, unknown).errors());
        AssignmentRules.Input none = new AssignmentRules.Input(null, null, ZHANG.getId(), ZHANG, "pj-gxj", List.of("pj-fgj", "pj-swj"));
        assertEquals(List.of(FieldError.of("target", "field.required")), check(c, none).errors());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        AssignmentRules.Input in = new AssignmentRules.Input(TargetRef.of(NEIGHBOUR), NEIGHBOUR, CHEN.getId(), CHEN, null,
                List.of("yy-gxj"));
        List<String> fields = check(Fixture.threeToOne(), in).errors().stream().map(FieldError::field).toList();
        assertEquals(List.of("target", "contactLeader", "leadingUnit", "coUnits", "coUnits"), fields);
    }

    @Test
    void aUnitAboveThePerUnitLimitIsWarnedNotRefused() {
        Campaign c = Fixture.campaign(CampaignMode.THREE_TO_ONE, null, 3);
        Map<Unit, Long> loads = Map.of(GXJ, 3L, FGJ, 2L, SWJ, 5L);
        AssignmentRules.Verdict v = AssignmentRules.check(c, input(SHOES, ZHANG, "pj-gxj", "pj-fgj", "pj-swj"), Fixture::byCode,
                u -> loads.getOrDefault(u, 0L));
        assertTrue(v.ok(), v::toString);
        assertEquals(List.of(
                FieldError.of("leadingUnit", "assignment.unit.overLimit", GXJ.getName(), 4L, 3),
                FieldError.of("coUnits", "assignment.unit.overLimit", SWJ.getName(), 6L, 3)), v.warnings());
        assertEquals("\"平江县工业和信息化局\"将联系 4 个帮扶对象，超过本行动每个单位 3 个的上限（已保存，请酌情调整）",
                Messages.text(Messages.CHINESE, v.warnings().get(0)));
        // Without a limit there is nothing to warn about.
        assertEquals(List.of(), AssignmentRules.check(Fixture.threeToOne(), input(SHOES, ZHANG, "pj-gxj", "pj-fgj", "pj-swj"),
                Fixture::byCode, u -> 100).warnings());
    }

    // --- the effective date (生效日期): the campaign runs 2026-01-01 to 2026-12-31 ---------------------------

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private static List<FieldError> effective(LocalDate from, LocalDate currentFrom) {
        return AssignmentRules.effectiveDate(Fixture.threeToOne(), from, currentFrom, TODAY);
    }

    @Test
    void anyDayFromTheCampaignsStartToTodayIsAGoodEffectiveDate() {
        assertEquals(List.of(), effective(LocalDate.of(2026, 1, 1), null), "the campaign's first day");
        assertEquals(List.of(), effective(LocalDate.of(2026, 3, 1), null), "the county circular's day");
        assertEquals(List.of(), effective(TODAY, null), "today");
    }

    @Test
    void anAssignmentCannotStartBeforeTheCampaignStarts() {
        List<FieldError> errors = effective(LocalDate.of(2025, 12, 31), null);
        assertEquals(List.of(FieldError.of("validFrom", "assignment.validFrom.beforeStart", "2025-12-31", "2026-01-01")), errors);
        assertEquals("生效日期 2025-12-31 早于本行动的开始日期 2026-01-01", Messages.text(Messages.CHINESE, errors.get(0)));
        assertEquals("The effective date 2025-12-31 is before the campaign starts on 2026-01-01", Messages.text(Locale.ENGLISH, errors.get(0)));
    }

    @Test
    void anAssignmentCannotStartAfterTheCampaignEnds() {
        // Later than today too, but the campaign's end is the firmer reason.
        assertEquals(List.of(FieldError.of("validFrom", "assignment.validFrom.afterEnd", "2026-12-31")), effective(LocalDate.of(2027, 1, 1), null));
        // Once the campaign is over, a late record of its last day is still in range.
        assertEquals(List.of(), AssignmentRules.effectiveDate(Fixture.threeToOne(), LocalDate.of(2026, 12, 31), null, LocalDate.of(2027, 2, 1)));
    }

    @Test
    void aChangeCannotBeDatedAfterToday() {
        List<FieldError> errors = effective(TODAY.plusDays(1), null);
        assertEquals(List.of(FieldError.of("validFrom", "assignment.validFrom.future", "2026-06-16", "2026-06-15")), errors);
        assertEquals("生效日期 2026-06-16 晚于今天（2026-06-15）：调整须在生效当日或之后录入", Messages.text(Messages.CHINESE, errors.get(0)));
        assertEquals(List.of(FieldError.of("validFrom", "assignment.validFrom.future", "2026-07-01", "2026-06-15")),
                effective(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 3, 1)), "a reassignment alike");
    }

    @Test
    void beforeTheCampaignStartsOnlyTodayIsAccepted() {
        LocalDate planning = LocalDate.of(2025, 12, 10);
        Campaign c = Fixture.threeToOne();
        assertEquals(List.of(), AssignmentRules.effectiveDate(c, planning, null, planning), "arranged while the campaign is prepared");
        List<FieldError> start = AssignmentRules.effectiveDate(c, LocalDate.of(2026, 1, 1), null, planning);
        assertEquals(List.of(FieldError.of("validFrom", "assignment.validFrom.future", "2026-01-01", "2025-12-10")), start,
                "the start is still ahead");
        List<FieldError> earlier = AssignmentRules.effectiveDate(c, LocalDate.of(2025, 12, 1), null, planning);
        assertEquals(List.of(FieldError.of("validFrom", "assignment.validFrom.notStarted", "2026-01-01", "2025-12-10")), earlier);
        assertEquals("本行动 2026-01-01 开始，尚在筹备：此时的安排自录入当日（2025-12-10）起生效，生效日期请留空或填今天",
                Messages.text(Messages.CHINESE, earlier.get(0)));
    }

    @Test
    void aReassignmentStartsOnOrAfterTheCurrentAssignmentsDay() {
        LocalDate currentFrom = LocalDate.of(2026, 3, 1);
        assertEquals(List.of(), effective(LocalDate.of(2026, 3, 2), currentFrom));
        List<FieldError> before = effective(LocalDate.of(2026, 2, 28), currentFrom);
        assertEquals(List.of(FieldError.of("validFrom", "assignment.validFrom.beforeCurrent", "2026-03-01")), before);
        assertEquals("新的安排须从 2026-03-01 或之后生效：现行安排从那天开始", Messages.text(Messages.CHINESE, before.get(0)));
    }

    @Test
    void aReassignmentOnTheDayOfAnAssignmentInForceSinceEarlierIsRefusedSoItsHistoryStays() {
        LocalDate currentFrom = LocalDate.of(2026, 3, 1);
        List<FieldError> same = effective(currentFrom, currentFrom);
        assertEquals(List.of(FieldError.of("validFrom", "assignment.validFrom.sameAsCurrent", "2026-03-01")), same);
        assertEquals("现行安排自 2026-03-01 起已在执行：调整须晚于该日生效，否则会抹去它执行过的这段历史；当天录入的安排才可当天更正",
                Messages.text(Messages.CHINESE, same.get(0)));
    }

    @Test
    void aReassignmentOnTheDayOfAnAssignmentEnteredTodayCorrectsItAndEndsItThatDay() {
        LocalDate currentFrom = TODAY;
        assertEquals(List.of(), effective(currentFrom, currentFrom));
        // The ended one's period is then empty, never reversed: validTo is not before validFrom.
        Assignment current = Fixture.assignment(Fixture.threeToOne(), SHOES, ZHANG, GXJ, List.of(FGJ, SWJ), currentFrom);
        current.endOn(currentFrom);
        assertEquals(current.getValidFrom(), current.getValidTo());
        assertFalse(current.current());
    }

    @Test
    void aTownshipUnitMayLeadOrHelpLikeACountyDepartment() {
        // Sanity: a township unit may lead; the rule is about the region, not the unit type.
        assertTrue(check(Fixture.threeToOne(), input(SHOES, ZHANG, "pj-wsz", "pj-sw", "pj-swj")).ok(), WSZ.getName());
        assertTrue(check(Fixture.threeToOne(), input(SHOES, ZHANG, "pj-sw", "pj-wsz", "pj-swj")).ok(), SW.getName());
    }
}
