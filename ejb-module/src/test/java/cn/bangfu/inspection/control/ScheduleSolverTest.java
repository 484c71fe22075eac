package cn.bangfu.inspection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A round of 平江县 in two June weeks solved for real: 24 visits on three teams of two a day, one member on two teams, a team
 * with a day kept free and one visit pinned by the office. The result is checked against the round's own facts, not
 * against the score, so a rule the constraints forget still shows.
 */
class ScheduleSolverTest {

    private static final String SANSHI = "430626100";
    private static final String WUSHI = "430626101";
    private static final String PINGJIANG = "430626";

    private static final long FGJ = 1;
    private static final long GXJ = 2;
    private static final long CZJ = 3;
    private static final long SWJ = 11;
    private static final long SCJ = 15;
    private static final long SW = 16;
    private static final long SSZ = 31;
    private static final long WSZ = 32;

    private static final LocalDate KEPT_FREE = LocalDate.of(2026, 6, 3);
    private static final LocalDate PINNED_DAY = LocalDate.of(2026, 6, 4);

    /** Written independently of {@link PlannedTeam}'s own lookups: the units each team must be kept from. */
    private static final Map<Long, Set<Long>> UNITS_OF_TEAM = Map.of(1L, Set.of(CZJ, FGJ), 2L, Set.of(SWJ, FGJ), 3L, Set.of(SW, SCJ));

    private static PlannedVisit visit(long id, String name, String township, Long... avoid) {
        return new PlannedVisit(id, name, township, Set.of(avoid), null);
    }

    @Test
    void aRoundIsScheduledWithoutBreakingARuleAndThePinnedVisitStays() {
        // 周敏 (发改局) is on the first and second teams: they can never work the same day.
        PlannedTeam first = new PlannedTeam(1, "第一督查组", "dc-wang", 2, SANSHI, Set.of(),
                Map.of(CZJ, "王督查（平江县财政局）", FGJ, "周敏（平江县发展和改革局）"), Set.of("dc-wang", "zhoumin"));
        PlannedTeam second = new PlannedTeam(2, "第二督查组", "tangli", 2, WUSHI, Set.of(),
                Map.of(SWJ, "唐莉（平江县商务局）", FGJ, "周敏（平江县发展和改革局）"), Set.of("tangli", "zhoumin"));
        PlannedTeam third = new PlannedTeam(3, "第三督查组", "dongqian", 2, WUSHI, Set.of(KEPT_FREE),
                Map.of(SW, "董倩（国家税务总局平江县税务局）", SCJ, "萧雪（平江县市场监督管理局）"), Set.of("dongqian", "xiaoxue"));
        List<PlannedDay> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2026, 6, 1); !d.isAfter(LocalDate.of(2026, 6, 12)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(new PlannedDay(d, true));
            }
        }
        PlannedDay pinnedDay = days.stream().filter(d -> d.date().equals(PINNED_DAY)).findFirst().orElseThrow();
        // Last round's leader and a township away from the team's home: the solver would move it if it could.
        PlannedVisit pinned = new PlannedVisit(22, "三市镇人民政府", SANSHI, Set.of(SSZ), "dongqian").on(third, pinnedDay, true);
        List<PlannedVisit> visits = new ArrayList<>(List.of(
                // 发改局 helps these: only the third team may go.
                visit(1, "湖南赛雅特鞋业有限公司", SANSHI, GXJ, FGJ, SWJ),
                visit(2, "湖南福坤机械有限公司", WUSHI, FGJ, GXJ, SSZ),
                visit(3, "平江县华晟新材料有限公司", SANSHI, FGJ, CZJ, WSZ),
                visit(4, "平江县恒基粉末冶金有限公司", WUSHI, FGJ, SWJ, GXJ),
                visit(13, "平江县银桥化工有限公司", WUSHI, CZJ, SWJ, GXJ),
                // 税务局 or 市场监管局 helps these: never the third team, some only the first or only the second.
                visit(5, "湖南晶辉光电科技有限公司", SANSHI, SW, GXJ, SSZ),
                visit(6, "平江县翔宇食品有限公司", WUSHI, SCJ, CZJ, WSZ),
                visit(7, "平江县香源食品有限公司", SANSHI, SCJ, SWJ, SSZ),
                visit(8, "平江县瑞讯电子有限公司", WUSHI, SW, SCJ, GXJ),
                visit(9, "平江县方正达电子科技有限公司", SANSHI, SW, CZJ, GXJ),
                visit(10, "平江县汉昌酱干食品有限公司", SANSHI, GXJ, SSZ, WSZ),
                visit(11, "平江县港盛针织有限公司", WUSHI, CZJ, GXJ, WSZ),
                visit(12, "平江县天德机械制造有限公司", SANSHI, SWJ, SSZ, WSZ),
                visit(14, "平江县鑫达云母制品有限公司", SANSHI, GXJ, WSZ, SSZ),
                visit(15, "平江县聚财食品有限公司", WUSHI, SSZ, WSZ, GXJ),
                visit(16, "平江县通达物流有限公司", SANSHI, SWJ, GXJ, SSZ),
                visit(17, "平江县欣田建材制造有限公司", WUSHI, CZJ, SSZ, WSZ),
                visit(18, "平江县第一建筑工程有限公司", SANSHI, GXJ, SWJ, WSZ),
                visit(19, "平江县数智信息技术有限公司", WUSHI, GXJ, CZJ, SSZ),
                visit(20, "平江县绿源农业开发有限公司", SANSHI, SSZ, GXJ, WSZ),
                visit(21, "湖南好食工贸有限公司", WUSHI, WSZ, GXJ, SSZ),
                visit(23, "伍市镇人民政府", WUSHI, WSZ),
                visit(24, "平江县商务局", PINGJIANG, SWJ)));
        visits.add(pinned);
        InspectionSchedule problem = new InspectionSchedule(List.of(first, second, third), days, visits);

        InspectionSchedule solved = ScheduleSolver.solver(5).solve(problem);

        assertEquals(0, solved.getScore().hardScore(), () -> ScheduleSolver.violations(solved).toString());
        assertEquals(24, solved.getVisits().size());
        PlannedVisit stayed = solved.getVisits().stream().filter(v -> v.getId() == 22).findFirst().orElseThrow();
        assertSame(third, stayed.getTeam());
        assertEquals(PINNED_DAY, stayed.getDay().date());
        Map<String, Integer> perTeamDay = new HashMap<>();
        for (PlannedVisit v : solved.getVisits()) {
            assertNotNull(v.getTeam(), v.getName());
            assertTrue(days.contains(v.getDay()), v::toString);
            Set<Long> clash = v.getAvoidUnitIds().stream().filter(UNITS_OF_TEAM.get(v.getTeam().getId())::contains).collect(Collectors.toSet());
            assertEquals(Set.of(), clash, v::toString);
            perTeamDay.merge(v.getTeam().getName() + " " + v.getDay(), 1, Integer::sum);
        }
        perTeamDay.forEach((teamDay, n) -> assertTrue(n <= 2, teamDay + ": " + n));
        assertFalse(perTeamDay.containsKey("第三督查组 " + KEPT_FREE), "the third team's free day");
        Set<LocalDate> firstDays = daysOf(solved, 1);
        firstDays.retainAll(daysOf(solved, 2));
        assertEquals(Set.of(), firstDays, "days 周敏 would be on two teams");
    }

    private static Set<LocalDate> daysOf(InspectionSchedule schedule, long teamId) {
        return schedule.getVisits().stream().filter(v -> v.getTeam().getId() == teamId).map(v -> v.getDay().date())
                .collect(Collectors.toSet());
    }
}
