package cn.bangfu.ledger.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rates DESIGN §6 defines, on the seeds' own figures: the same numbers in Bangfu give the same rates. */
class ProblemCountsTest {

    @Test
    void shaoyangResolved2161Of2184() {
        // 003: 邵阳 collected 2,184 problems and resolved 2,161: 化解率 98.9%.
        ProblemCounts c = new ProblemCounts(2184, 2161, 0, 0, 0, 0, 0);
        assertEquals(0.9895, c.resolutionRate());
        assertEquals("98.9%", c.row("total", "邵阳市").resolutionPercent(), "from 0.98947…, not from the rounded 0.9895");
        assertEquals("—", c.row("total", "邵阳市").satisfactionPercent(), "nothing rated");
    }

    @Test
    void pingjiangClosed42Of56KeyProblems() {
        // 001: 56 key problems registered (挂号登记), 42 closed (销号), 3 asked for an extension (申请延期销号).
        ProblemCounts c = new ProblemCounts(56, 42, 42, 42, 42, 0, 0);
        assertEquals(0.75, c.closureRate());
        assertEquals("75.0%", c.row("total", "平江县").closurePercent());
        assertEquals(0.75, c.resolutionRate());
    }

    @Test
    void everyRatedProblemSatisfiedIsOne() {
        ProblemCounts c = new ProblemCounts(179, 179, 179, 179, 170, 179, 179);
        assertEquals(1.0, c.satisfactionRate());
        assertEquals(1.0, c.onTimeRate());
        assertEquals(0.9497, c.onTimeRateOriginal(), "170 / 179 = 0.94972…, rounded half up");
    }

    @Test
    void fiveCategoriesOf236WithTheirSums() {
        // 002: 236 problems in five categories, 135 solved.
        List<ProblemCounts> categories = new ArrayList<>(List.of(new ProblemCounts(80, 50, 40, 45, 40, 30, 28), new ProblemCounts(60, 30, 25, 30, 28, 20, 19),
                new ProblemCounts(40, 25, 20, 20, 18, 10, 9), new ProblemCounts(36, 20, 15, 18, 17, 12, 12), new ProblemCounts(20, 10, 10, 9, 9, 5, 4)));
        ProblemCounts total = categories.stream().reduce(ProblemCounts.NONE, ProblemCounts::plus);
        assertEquals(236, total.collected());
        assertEquals(135, total.resolved());
        assertEquals(0.5720, total.resolutionRate(), "135 / 236");
        assertEquals(72.0 / 77, total.satisfactionRate(), 0.00005);
    }

    @Test
    void aRateWithNothingToCountIsNull() {
        ProblemCounts none = ProblemCounts.NONE;
        assertNull(none.resolutionRate());
        assertNull(none.onTimeRate());
        assertNull(none.satisfactionRate());
        MetricsRow row = new ProblemCounts(3, 0, 0, 0, 0, 0, 0).row("pj-gxj", "平江县工业和信息化局");
        assertEquals(0.0, row.resolutionRate());
        assertNull(row.onTimeRate(), "nothing resolved: no on-time rate, not 0");
    }

    @Test
    void rankingsPutTheBestFirstAndTheUnratedLast() {
        MetricsRow a = new ProblemCounts(10, 9, 9, 9, 9, 0, 0).row("a", "A");
        MetricsRow b = new ProblemCounts(20, 19, 10, 10, 10, 0, 0).row("b", "B");
        MetricsRow c = new ProblemCounts(5, 0, 0, 0, 0, 0, 0).row("c", "C");
        MetricsRow d = new ProblemCounts(30, 27, 20, 27, 27, 0, 0).row("d", "D");
        List<MetricsRow> rows = new ArrayList<>(List.of(a, b, c, d));
        rows.sort(MetricsRow.ranking("onTimeRate", false));
        assertEquals(List.of("d", "a", "b", "c"), rows.stream().map(MetricsRow::key).toList(), "1.0 (more collected first), 1.0, 0.5263, null");
        rows.sort(MetricsRow.ranking("resolutionRate", true));
        assertEquals(List.of("c", "d", "a", "b"), rows.stream().map(MetricsRow::key).toList(), "0, 0.9 (more collected first), 0.9, 0.95");
    }
}
