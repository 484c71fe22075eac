package cn.bangfu.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * Each rule of the inspection schedule (DESIGN §6) on three teams of 平江县 in June 2026: what breaks it and by how much,
 * what comes close without breaking it, and the words a broken schedule is explained in.
 */
class ScheduleConstraintsTest {

    private static final ConstraintVerifier<ScheduleConstraints, InspectionSchedule> VERIFIER =
            ConstraintVerifier.build(new ScheduleConstraints(), InspectionSchedule.class, PlannedVisit.class);

    private static final String SANSHI = "430626100";
    private static final String WUSHI = "430626101";
    private static final String ANDING = "430626102";
    /** Where a county department stands: the county, no township. */
    private static final String PINGJIANG = "430626";

    private static final long FGJ = 1;
    private static final long GXJ = 2;
    private static final long CZJ = 3;
    private static final long JTJ = 8;
    private static final long SLJ = 9;
    private static final long SWJ = 11;
    private static final long SW = 16;
    private static final long WSZ = 32;

    private static final PlannedDay JUNE_2 = new PlannedDay(LocalDate.of(2026, 6, 2), true);
    private static final PlannedDay JUNE_3 = new PlannedDay(LocalDate.of(2026, 6, 3), true);
    private static final PlannedDay JUNE_4 = new PlannedDay(LocalDate.of(2026, 6, 4), true);
    /** 端午节: a Friday off. */
    private static final PlannedDay DRAGON_BOAT = new PlannedDay(LocalDate.of(2026, 6, 19), false);
    /** A Sunday worked instead of a day of 国庆节 (调休上班). */
    private static final PlannedDay MAKE_UP_SUNDAY = new PlannedDay(LocalDate.of(2026, 9, 20), true);

    /** 周敏 serves on the first and the second team. */
    private static final PlannedTeam FIRST = new PlannedTeam(1, "第一督查组", "dc-wang", 2, SANSHI, Set.of(),
            Map.of(CZJ, "王督查（平江县财政局）", SWJ, "宋杰（平江县商务局）", FGJ, "周敏（平江县发展和改革局）"),
            Set.of("dc-wang", "songjie", "zhoumin"));
    private static final PlannedTeam SECOND = new PlannedTeam(2, "第二督查组", "chenxd", 3, WUSHI, Set.of(JUNE_3.date()),
            Map.of(GXJ, "陈晓东（平江县工业和信息化局）", FGJ, "周敏（平江县发展和改革局）"), Set.of("chenxd", "zhoumin"));
    private static final PlannedTeam THIRD = new PlannedTeam(3, "第三督查组", "dongqian", 2, null, Set.of(),
            Map.of(SW, "董倩（国家税务总局平江县税务局）"), Set.of("dongqian"));

    /** An enterprise with its leading unit and co-units, or a unit with itself: the units kept from inspecting it. */
    private static PlannedVisit visit(long id, String name, String township, Long... avoid) {
        return new PlannedVisit(id, name, township, Set.of(avoid), null);
    }

    private static PlannedVisit shoes(long id) {
        return visit(id, "湖南赛雅特鞋业有限公司", SANSHI, GXJ, FGJ, SWJ);
    }

    private static PlannedVisit machines(long id) {
        return visit(id, "湖南福坤机械有限公司", WUSHI, WSZ, SW, GXJ);
    }

    private static PlannedVisit tea(long id) {
        return visit(id, "平江县安定茶业有限公司", ANDING, CZJ, WSZ, SW);
    }

    /** Helped by units none of the teams has a member from. */
    private static PlannedVisit previouslyBy(long id, String leader) {
        return new PlannedVisit(id, "平江县港盛针织有限公司", WUSHI, Set.of(WSZ, JTJ, SLJ), leader);
    }

    @Test
    void aTeamDayOverCapacityCostsOnePerVisitTooMany() {
        VERIFIER.verifyThat(ScheduleConstraints::capacity)
                .given(shoes(1).on(FIRST, JUNE_2, false), machines(2).on(FIRST, JUNE_2, false), tea(3).on(FIRST, JUNE_2, false),
                        shoes(4).on(SECOND, JUNE_4, false), machines(5).on(SECOND, JUNE_4, false), tea(6).on(SECOND, JUNE_4, false),
                        shoes(7).on(SECOND, JUNE_4, false), machines(8).on(SECOND, JUNE_4, false))
                .penalizesBy(1 + 2);
    }

    @Test
    void capacityFilledExactlyIsKept() {
        // Two a day for the first team, three for the second, on the same day: each team's own capacity counts.
        VERIFIER.verifyThat(ScheduleConstraints::capacity)
                .given(shoes(1).on(FIRST, JUNE_2, false), machines(2).on(FIRST, JUNE_2, false), tea(3).on(FIRST, JUNE_4, false),
                        shoes(4).on(SECOND, JUNE_2, false), machines(5).on(SECOND, JUNE_2, false), tea(6).on(SECOND, JUNE_2, false))
                .penalizes(0);
    }

    @Test
    void aVisitOnAHolidayIsPenalised() {
        VERIFIER.verifyThat(ScheduleConstraints::workingDay)
                .given(shoes(1).on(FIRST, DRAGON_BOAT, false), machines(2).on(FIRST, JUNE_2, false))
                .penalizesBy(1);
    }

    @Test
    void aSundayWorkedInsteadIsAWorkingDay() {
        VERIFIER.verifyThat(ScheduleConstraints::workingDay)
                .given(shoes(1).on(FIRST, MAKE_UP_SUNDAY, false))
                .penalizes(0);
    }

    @Test
    void aVisitOnADayKeptFreeForTheTeamIsPenalised() {
        VERIFIER.verifyThat(ScheduleConstraints::blockedDay)
                .given(machines(1).on(SECOND, JUNE_3, false))
                .penalizesBy(1);
    }

    @Test
    void aDayKeptFreeBindsOnlyItsTeam() {
        VERIFIER.verifyThat(ScheduleConstraints::blockedDay)
                .given(machines(1).on(SECOND, JUNE_2, false), shoes(2).on(FIRST, JUNE_3, false))
                .penalizes(0);
    }

    @Test
    void aTeamWhoseMembersUnitsHelpTheTargetCostsOnePerUnit() {
        // 周敏's and 宋杰's units are co-units of the shoe factory; 王督查's is not.
        VERIFIER.verifyThat(ScheduleConstraints::avoidance)
                .given(shoes(1).on(FIRST, JUNE_2, false))
                .penalizesBy(2);
    }

    @Test
    void aMemberNeverInspectsHisOwnUnit() {
        VERIFIER.verifyThat(ScheduleConstraints::avoidance)
                .given(visit(1, "平江县财政局", PINGJIANG, CZJ).on(FIRST, JUNE_2, false))
                .penalizesBy(1);
    }

    @Test
    void aMembersUnitMayInspectWhatOtherUnitsHelp() {
        // Every team here has a member whose unit helps one of these targets, only never the one the team inspects.
        VERIFIER.verifyThat(ScheduleConstraints::avoidance)
                .given(machines(1).on(FIRST, JUNE_2, false), tea(2).on(SECOND, JUNE_2, false), shoes(3).on(THIRD, JUNE_2, false))
                .penalizes(0);
    }

    @Test
    void aMemberOfTwoTeamsCannotGoWithBothOnOneDay() {
        VERIFIER.verifyThat(ScheduleConstraints::memberTwice)
                .given(tea(1).on(FIRST, JUNE_4, false), machines(2).on(SECOND, JUNE_4, false))
                .penalizesBy(1);
    }

    @Test
    void aMemberOfTwoTeamsMayGoWithEachOnItsOwnDay() {
        // The first and third teams share nobody; two visits of one team on a day are the capacity's business.
        VERIFIER.verifyThat(ScheduleConstraints::memberTwice)
                .given(tea(1).on(FIRST, JUNE_2, false), machines(2).on(SECOND, JUNE_4, false), shoes(3).on(THIRD, JUNE_2, false),
                        machines(4).on(FIRST, JUNE_2, false))
                .penalizes(0);
    }

    @Test
    void aTeamDaySpreadOverTownshipsCostsTwentyPerExtraTownship() {
        VERIFIER.verifyThat(ScheduleConstraints::townships)
                .given(shoes(1).on(THIRD, JUNE_2, false), machines(2).on(THIRD, JUNE_2, false), tea(3).on(THIRD, JUNE_2, false))
                .penalizesBy(20 * (3 - 1));
    }

    @Test
    void oneTownshipADayIsFreeEvenIfTheTeamGoesElsewhereNextDay() {
        VERIFIER.verifyThat(ScheduleConstraints::townships)
                .given(shoes(1).on(THIRD, JUNE_2, false), visit(2, "平江县华晟新材料有限公司", SANSHI, FGJ).on(THIRD, JUNE_2, false),
                        machines(3).on(THIRD, JUNE_3, false), tea(4).on(FIRST, JUNE_2, false))
                .penalizes(0);
    }

    @Test
    void aVisitOutsideTheTeamsHomeTownshipCostsOne() {
        VERIFIER.verifyThat(ScheduleConstraints::homeTownship)
                .given(machines(1).on(FIRST, JUNE_2, false))
                .penalizesBy(1);
    }

    @Test
    void aVisitInTheHomeTownshipOrForATeamWithoutOneIsFree() {
        VERIFIER.verifyThat(ScheduleConstraints::homeTownship)
                .given(shoes(1).on(FIRST, JUNE_2, false), machines(2).on(THIRD, JUNE_2, false))
                .penalizes(0);
    }

    @Test
    void loadsCostTheSquareOfEachTeamsVisitsOverTheWholeRound() {
        // The first team's three visits fall on two days: its load is 3, not 2 and 1.
        VERIFIER.verifyThat(ScheduleConstraints::balance)
                .given(shoes(1).on(FIRST, JUNE_2, false), tea(2).on(FIRST, JUNE_2, false), machines(3).on(FIRST, JUNE_4, false),
                        machines(4).on(SECOND, JUNE_2, false))
                .penalizesBy(3 * 3 + 1 * 1);
    }

    @Test
    void anEvenLoadCostsLessThanAnUnevenOne() {
        VERIFIER.verifyThat(ScheduleConstraints::balance)
                .given(shoes(1).on(FIRST, JUNE_2, false), tea(2).on(FIRST, JUNE_2, false), machines(3).on(SECOND, JUNE_4, false),
                        machines(4).on(SECOND, JUNE_2, false))
                .penalizesBy(2 * 2 + 2 * 2);
    }

    @Test
    void aTargetInspectedAgainByLastRoundsLeaderIsPenalised() {
        VERIFIER.verifyThat(ScheduleConstraints::previousTeam)
                .given(previouslyBy(1, "dc-wang").on(FIRST, JUNE_2, false))
                .penalizesBy(1);
    }

    @Test
    void lastRoundsLeaderAsAPlainMemberOrAnotherTeamIsNoRepeat() {
        // 周敏 led last round's visit and sits in the first team this time, but 王督查 leads it.
        VERIFIER.verifyThat(ScheduleConstraints::previousTeam)
                .given(previouslyBy(1, "zhoumin").on(FIRST, JUNE_2, false), previouslyBy(2, "dc-wang").on(SECOND, JUNE_2, false),
                        previouslyBy(3, null).on(THIRD, JUNE_2, false))
                .penalizes(0);
    }

    @Test
    void aRepeatOfLastRoundsLeaderCostsTen() {
        // Same schedule twice, once with the first team's leader as last round's: only previousTeam differs.
        InspectionSchedule fresh = new InspectionSchedule(List.of(FIRST), List.of(JUNE_2),
                List.of(new PlannedVisit(1, "湖南赛雅特鞋业有限公司", SANSHI, Set.of(GXJ), "chenxd").on(FIRST, JUNE_2, false)));
        InspectionSchedule repeated = new InspectionSchedule(List.of(FIRST), List.of(JUNE_2),
                List.of(new PlannedVisit(1, "湖南赛雅特鞋业有限公司", SANSHI, Set.of(GXJ), "dc-wang").on(FIRST, JUNE_2, false)));
        assertEquals(HardSoftScore.ofSoft(-1), ScheduleSolver.score(fresh));
        assertEquals(HardSoftScore.ofSoft(-1 - 10), ScheduleSolver.score(repeated));
    }

    @Test
    void violationsNameTheVisitsAndThePeopleHardRulesFirst() {
        PlannedVisit own = visit(1, "平江县财政局", PINGJIANG, CZJ).on(FIRST, JUNE_2, false);
        PlannedVisit shoes = shoes(2).on(FIRST, JUNE_2, false);
        PlannedVisit machines = machines(3).on(FIRST, JUNE_2, false);
        PlannedVisit repeat = previouslyBy(4, "dongqian").on(THIRD, JUNE_4, false);
        InspectionSchedule schedule = new InspectionSchedule(List.of(FIRST, SECOND, THIRD), List.of(JUNE_2, JUNE_3, JUNE_4),
                List.of(repeat, machines, shoes, own));

        assertEquals(List.of(
                new ScheduleViolation("avoidance", true, List.of(1L), "inspection.violation.avoidance",
                        List.of("第一督查组", "王督查（平江县财政局）", "平江县财政局")),
                new ScheduleViolation("avoidance", true, List.of(2L), "inspection.violation.avoidance",
                        List.of("第一督查组", "周敏（平江县发展和改革局）、宋杰（平江县商务局）", "湖南赛雅特鞋业有限公司")),
                new ScheduleViolation("capacity", true, List.of(1L, 2L, 3L), "inspection.violation.capacity",
                        List.of("第一督查组", "2026-06-02", "3", "2")),
                new ScheduleViolation("previousTeam", false, List.of(4L), "inspection.violation.previousTeam",
                        List.of("平江县港盛针织有限公司", "第三督查组", "dongqian")),
                new ScheduleViolation("townships", false, List.of(1L, 2L, 3L), "inspection.violation.townships",
                        List.of("第一督查组", "2026-06-02", "3"))),
                ScheduleSolver.violations(schedule));
    }
}
