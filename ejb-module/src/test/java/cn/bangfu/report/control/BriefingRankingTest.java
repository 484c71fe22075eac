package cn.bangfu.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.ledger.entity.ProblemCounts;
import cn.bangfu.report.entity.Briefing.UnitLine;
import java.util.List;
import org.junit.jupiter.api.Test;

class BriefingRankingTest {

    @Test
    void aheadAreTheBestResolutionRatesAmongUnitsWithEnoughProblemsAndNothingOverdue() {
        List<UnitLine> units = List.of(
                line("a", 10, 9, 5, 0),
                line("b", 2, 2, 2, 0),      // too few problems to rank, however well resolved
                line("c", 10, 10, 9, 0),
                new UnitLine("d", "d", 0, 0, new ProblemCounts(20, 20, 20, 0, 0, 0, 0), 1, 0, 0, 0, 0, 0, 0),   // behind: never ahead
                line("e", 10, 9, 8, 0),     // the same rate as a, a better closure rate
                line(null, 5, 5, 5, 0));    // the problems not yet routed are no unit

        assertEquals(List.of("c", "e", "a"), codes(BriefingRanking.ahead(units)));
    }

    @Test
    void equalRatesGoToTheUnitThatVisitedMore() {
        List<UnitLine> units = List.of(line("a", 4, 4, 4, 1), line("b", 4, 4, 4, 3));

        assertEquals(List.of("b", "a"), codes(BriefingRanking.ahead(units)));
    }

    @Test
    void atMostFiveAreAhead() {
        List<UnitLine> units = List.of(line("a", 3, 3, 3, 0), line("b", 3, 3, 3, 0), line("c", 3, 3, 3, 0), line("d", 3, 3, 3, 0),
                line("e", 3, 3, 3, 0), line("f", 3, 3, 3, 0));

        assertEquals(List.of("a", "b", "c", "d", "e"), codes(BriefingRanking.ahead(units)));
    }

    @Test
    void behindAreThoseWithAnythingToCatchUpOnTheMostFirst() {
        List<UnitLine> units = List.of(
                line("a", 5, 5, 5, 0),
                new UnitLine("b", "b", 0, 0, ProblemCounts.NONE, 0, 0, 0, 0, 2, 0, 0),   // two rectifications overdue
                new UnitLine("c", "c", 0, 0, ProblemCounts.NONE, 1, 0, 0, 0, 0, 1, 1),   // a problem, a target, a plan
                new UnitLine("d", "d", 0, 0, ProblemCounts.NONE, 2, 0, 0, 0, 0, 0, 0),   // two overdue problems: before b
                new UnitLine(null, "未交办", 0, 0, ProblemCounts.NONE, 4, 0, 0, 0, 0, 0, 0));

        assertEquals(List.of("c", "d", "b"), codes(BriefingRanking.behind(units)));
    }

    private static UnitLine line(String code, long collected, long resolved, long closed, long visits) {
        return new UnitLine(code, code, 0, 0, new ProblemCounts(collected, resolved, closed, 0, 0, 0, 0), 0, visits, 0, 0, 0, 0, 0);
    }

    private static List<String> codes(List<UnitLine> lines) {
        return lines.stream().map(UnitLine::code).toList();
    }
}
