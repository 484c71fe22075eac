package cn.bangfu.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The office's moves by hand, as the schedule's page and PUT …/schedule check them: a move is refused for the hard rule it
 * breaks, with the rule's words, and only for what it breaks itself (not for an earlier problem elsewhere); a pinned visit
 * keeps its team and day when the schedule is solved again.
 */
class HandMovesTest {

    private static final String SANSHI = "430626100";
    private static final long CZJ = 3;
    private static final long FGJ = 1;
    private static final long SWJ = 11;
    private static final PlannedDay MON = new PlannedDay(LocalDate.of(2026, 6, 1), true);
    private static final PlannedDay TUE = new PlannedDay(LocalDate.of(2026, 6, 2), true);
    private static final PlannedDay SAT = new PlannedDay(LocalDate.of(2026, 6, 6), false);
    private static final LocalDate KEPT_FREE = TUE.date();

    private final PlannedTeam first = new PlannedTeam(1, "第一督查组", "dc-wang", 1, SANSHI, Set.of(KEPT_FREE),
            Map.of(CZJ, "王督查（平江县财政局）"), Set.of("dc-wang"));
    private final PlannedTeam second = new PlannedTeam(2, "第二督查组", "tangli", 2, SANSHI, Set.of(),
            Map.of(SWJ, "唐莉（平江县商务局）"), Set.of("tangli"));
    private final PlannedVisit saiyate = new PlannedVisit(1, "湖南赛雅特鞋业有限公司", SANSHI, Set.of(FGJ), null).on(first, MON, false);
    private final PlannedVisit fukun = new PlannedVisit(2, "湖南福坤机械有限公司", SANSHI, Set.of(FGJ), null).on(second, MON, false);
    private final PlannedVisit helpedByCzj = new PlannedVisit(3, "平江县华晟新材料有限公司", SANSHI, Set.of(CZJ), null).on(second, TUE, false);

    private InspectionSchedule schedule() {
        return new InspectionSchedule(List.of(first, second), List.of(MON, TUE, SAT), List.of(saiyate, fukun, helpedByCzj));
    }

    @Test
    void aMoveThatBreaksNoRuleIsAllowed() {
        InspectionSchedule s = schedule();
        fukun.on(second, TUE, true);
        assertEquals(List.of(), ScheduleSolver.brokenBy(s, Set.of(2L)));
    }

    @Test
    void eachHardRuleRefusesTheMoveInItsOwnWords() {
        InspectionSchedule s = schedule();
        fukun.on(first, MON, false);
        assertEquals(List.of("inspection.violation.capacity"), keys(s, 2L), "the first team does one visit a day");
        fukun.on(second, SAT, false);
        assertEquals(List.of("inspection.violation.workingDay"), keys(s, 2L));
        saiyate.on(first, TUE, false);
        assertEquals(List.of("inspection.violation.blockedDay"), keys(s, 1L), "the first team's day kept free");
        saiyate.on(first, MON, false);
        helpedByCzj.on(first, MON, false);
        assertTrue(keys(s, 3L).contains("inspection.violation.avoidance"), "财政局's inspector at a target 财政局 helps: " + keys(s, 3L));
        ScheduleViolation avoidance = ScheduleSolver.brokenBy(s, Set.of(3L)).stream()
                .filter(v -> v.messageKey().equals("inspection.violation.avoidance")).findFirst().orElseThrow();
        assertEquals(List.of("第一督查组", "王督查（平江县财政局）", "平江县华晟新材料有限公司"), avoidance.args());
    }

    @Test
    void aMoveIsNotRefusedForWhatItDidNotBreak() {
        InspectionSchedule s = schedule();
        helpedByCzj.on(first, MON, false); // 回避 and over capacity: an earlier problem of visits 1 and 3
        fukun.on(second, TUE, false);
        assertEquals(List.of(), ScheduleSolver.brokenBy(s, Set.of(2L)));
    }

    @Test
    void aPinnedVisitKeepsItsTeamAndDayWhenSolvedAgain() {
        fukun.on(first, MON, true);
        saiyate.on(null, null, false);
        InspectionSchedule solved = ScheduleSolver.solver(2).solve(schedule());
        PlannedVisit pinned = solved.getVisits().stream().filter(v -> v.getId() == 2).findFirst().orElseThrow();
        assertSame(first, pinned.getTeam());
        assertEquals(MON, pinned.getDay());
        assertEquals(0, solved.getScore().hardScore(), () -> ScheduleSolver.violations(solved).toString());
    }

    private static List<String> keys(InspectionSchedule s, long moved) {
        return ScheduleSolver.brokenBy(s, Set.of(moved)).stream().map(ScheduleViolation::messageKey).distinct().toList();
    }
}
