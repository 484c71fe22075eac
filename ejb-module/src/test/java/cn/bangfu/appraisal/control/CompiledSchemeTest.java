package cn.bangfu.appraisal.control;

import static cn.bangfu.appraisal.entity.AppraisalFixtures.auto;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.bonus;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.deduction;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.group;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.manual;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.scheme;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.veto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.appraisal.entity.Grade;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.platform.entity.Messages;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A scheme compiled to score units (DESIGN §6), over schemes the editor would save ({@code SchemeCheck}): an AUTO
 * indicator scores its formula rounded to 2 decimals half up, and a result outside 0..max or a division by zero fails the
 * form naming the indicator; a DEDUCTION takes its points per finding by severity off its maximum, never below 0; every
 * veto that holds is listed and the grade is capped at the worst of theirs.
 *
 * <p>The formulas that fail here pass the editor's representative cases (all metrics 0; rates 0.9 with counts 10; rates 1
 * with counts 100) and fail only on a real unit's figures, which is the case the computation must catch.
 */
class CompiledSchemeTest {

    /** Metric values from pairs: metric, value, metric, value… */
    private static Map<Metric, Double> values(Object... pairs) {
        Map<Metric, Double> m = new EnumMap<>(Metric.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((Metric) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return m;
    }

    /** A scheme of one AUTO indicator, beside a manual one so that it is a scheme like others. */
    private static CompiledScheme autoScheme(String code, int max, String formula) {
        return CompiledScheme.of(scheme("0", List.of(auto(code, max, formula), manual("M", 10)), List.of()));
    }

    private static BigDecimal scoreOf(CompiledScheme s, String code, Map<Metric, Double> values) {
        return s.compute(values).scores().get(code);
    }

    private static String english(FormulaProblem p) {
        return Messages.get(Locale.ENGLISH, p.key(), p.args().toArray());
    }

    /** The standard scheme's figures: the metrics its formula and vetoes name, with these findings. */
    private static Map<Metric, Double> standard(double rate, int minor, int major, int serious, int overdue) {
        return values(Metric.RESOLUTION_RATE, rate, Metric.FINDINGS_MINOR, minor, Metric.FINDINGS_MAJOR, major, Metric.FINDINGS_SERIOUS, serious,
                Metric.RECTIFICATIONS_OVERDUE, overdue);
    }

    // --- AUTO ---------------------------------------------------------------------------------------------------

    @Test
    void anAutoIndicatorScoresItsFormulaOverTheUnitsMetricsToTwoDecimals() {
        CompiledScheme s = CompiledScheme.of(scheme());
        assertEquals(new BigDecimal("27.50"), scoreOf(s, "A1", standard(0.9167, 0, 0, 0, 0)), "30 × 0.9167 = 27.501");
        assertEquals(new BigDecimal("30.00"), scoreOf(s, "A1", standard(1, 0, 0, 0, 0)));
        assertEquals(new BigDecimal("0.00"), scoreOf(s, "A1", standard(0, 0, 0, 0, 0)));
        assertEquals(new BigDecimal("29.68"), scoreOf(s, "A1", standard(2161.0 / 2184, 0, 0, 0, 0)), "邵阳's 2,161 of 2,184: 30 × 0.98947… = 29.684…");
    }

    @Test
    void anAutoScoreIsRoundedHalfUp() {
        CompiledScheme s = autoScheme("E", 20, "visits / 8");
        assertEquals(new BigDecimal("0.13"), scoreOf(s, "E", values(Metric.VISITS, 1)), "0.125");
        assertEquals(new BigDecimal("0.63"), scoreOf(s, "E", values(Metric.VISITS, 5)), "0.625 (half even would give 0.62)");
        assertEquals(new BigDecimal("0.38"), scoreOf(s, "E", values(Metric.VISITS, 3)), "0.375");
        assertEquals(new BigDecimal("12.50"), scoreOf(s, "E", values(Metric.VISITS, 100)));
    }

    @Test
    void aResultAHairAboveTheMaximumFromBinaryArithmeticScoresTheMaximum() {
        CompiledScheme s = autoScheme("H", 30, "min(1, visits) * (0.1 + 0.2) * 100");
        assertTrue(Math.min(1, 7) * (0.1 + 0.2) * 100 > 30, "in binary this is 30.000000000000004");
        assertEquals(new BigDecimal("30.00"), scoreOf(s, "H", values(Metric.VISITS, 7)));
    }

    @Test
    void aResultAboveTheMaximumFailsTheFormNamingTheIndicator() {
        CompiledScheme s = CompiledScheme.of(scheme("0", List.of(manual("M", 10), auto("R", 100, "visits")), List.of()));
        CompiledScheme.IndicatorFailure f = assertThrows(CompiledScheme.IndicatorFailure.class, () -> s.compute(values(Metric.VISITS, 150)));
        assertEquals("R", f.indicator());
        assertEquals(FormulaProblem.of("formula.outOfRange", new Messages.Term("formula.case.ACTUAL"), "150", "100"), f.problem());
        assertTrue(english(f.problem()).startsWith("With the unit's actual metrics, the formula gives 150 points, outside this indicator's range of 0 to 100"),
                english(f.problem()));
        assertEquals(new BigDecimal("100.00"), scoreOf(s, "R", values(Metric.VISITS, 100)), "the maximum itself is in range");
    }

    @Test
    void aResultBelowZeroFailsTheFormNamingTheIndicator() {
        CompiledScheme s = autoScheme("N", 10, "visits - targets");
        CompiledScheme.IndicatorFailure f = assertThrows(CompiledScheme.IndicatorFailure.class,
                () -> s.compute(values(Metric.VISITS, 3, Metric.TARGETS, 5)));
        assertEquals("N", f.indicator());
        assertEquals(FormulaProblem.of("formula.outOfRange", new Messages.Term("formula.case.ACTUAL"), "-2", "10"), f.problem());
        assertEquals(new BigDecimal("0.00"), scoreOf(s, "N", values(Metric.VISITS, 5, Metric.TARGETS, 5)), "0 itself is in range");
    }

    @Test
    void aDivisionByZeroFailsTheFormNamingTheIndicator() {
        CompiledScheme s = autoScheme("Z", 10, "min(10, 10 / abs(visits - 5))");
        assertEquals(new BigDecimal("2.00"), scoreOf(s, "Z", values(Metric.VISITS, 0)));
        CompiledScheme.IndicatorFailure f = assertThrows(CompiledScheme.IndicatorFailure.class, () -> s.compute(values(Metric.VISITS, 5)));
        assertEquals("Z", f.indicator());
        assertEquals(FormulaProblem.of("formula.divisionByZero", new Messages.Term("formula.case.ACTUAL")), f.problem());
        assertTrue(english(f.problem()).startsWith("With the unit's actual metrics, the formula divides by 0"), english(f.problem()));
    }

    @Test
    void aMetricWithoutAValueFailsTheFormNamingTheIndicator() {
        CompiledScheme s = CompiledScheme.of(scheme());
        Map<Metric, Double> noRate = values(Metric.FINDINGS_MINOR, 0, Metric.FINDINGS_MAJOR, 0, Metric.FINDINGS_SERIOUS, 0,
                Metric.RECTIFICATIONS_OVERDUE, 0);
        CompiledScheme.IndicatorFailure f = assertThrows(CompiledScheme.IndicatorFailure.class, () -> s.compute(noRate));
        assertEquals("A1", f.indicator());
        assertEquals("formula.noValue", f.problem().key());
        assertEquals("resolutionRate", f.problem().args().get(0));
    }

    @Test
    void onlyAutoAndDeductionIndicatorsAreComputed() {
        Map<String, BigDecimal> scores = CompiledScheme.of(scheme()).compute(standard(0.9167, 2, 0, 0, 0)).scores();
        assertEquals(List.of("A1", "B"), List.copyOf(scores.keySet()), "not the GROUP A, the MANUAL A2 nor the BONUS C and D");
    }

    @Test
    void oneCompiledSchemeScoresEveryUnitOnItsOwnFigures() {
        CompiledScheme s = CompiledScheme.of(scheme());
        CompiledScheme.Computed first = s.compute(standard(0.5, 1, 0, 1, 0));
        CompiledScheme.Computed second = s.compute(standard(1, 0, 0, 0, 0));
        assertEquals(Map.of("A1", new BigDecimal("15.00"), "B", new BigDecimal("28.00")), first.scores());
        assertEquals(List.of("V1"), first.vetoes());
        assertEquals(Map.of("A1", new BigDecimal("30.00"), "B", new BigDecimal("40.00")), second.scores());
        assertEquals(List.of(), second.vetoes());
        assertNull(second.cap());
    }

    // --- DEDUCTION ----------------------------------------------------------------------------------------------

    @Test
    void aDeductionTakesItsPointsPerFindingBySeverityOffItsMaximum() {
        CompiledScheme s = CompiledScheme.of(scheme());
        assertEquals(new BigDecimal("40.00"), scoreOf(s, "B", standard(1, 0, 0, 0, 0)), "no findings");
        assertEquals(new BigDecimal("36.00"), scoreOf(s, "B", standard(1, 2, 0, 0, 0)), "2 minor × 2");
        assertEquals(new BigDecimal("28.00"), scoreOf(s, "B", standard(1, 1, 2, 0, 0)), "1 minor × 2 + 2 major × 5");
        assertEquals(new BigDecimal("13.00"), scoreOf(s, "B", standard(1, 1, 1, 2, 0)), "2 + 5 + 2 serious × 10");
    }

    @Test
    void aDeductionNeverGoesBelowZero() {
        CompiledScheme s = CompiledScheme.of(scheme());
        assertEquals(new BigDecimal("0.00"), scoreOf(s, "B", standard(1, 0, 2, 3, 0)), "exactly 40 off");
        assertEquals(new BigDecimal("0.00"), scoreOf(s, "B", standard(1, 0, 0, 5, 0)), "50 off a maximum of 40");
        assertEquals(new BigDecimal("0.00"), scoreOf(s, "B", standard(1, 30, 10, 10, 0)));
    }

    @Test
    void aSeverityWithoutPointsTakesNothingOffAndPointsMayHaveDecimals() {
        CompiledScheme s = CompiledScheme.of(scheme("0", List.of(deduction("B", 20, "0.5", null, "3")), List.of()));
        assertEquals(new BigDecimal("20.00"), scoreOf(s, "B", values(Metric.FINDINGS_MINOR, 0, Metric.FINDINGS_MAJOR, 4, Metric.FINDINGS_SERIOUS, 0)),
                "MAJOR has no points in this scheme");
        assertEquals(new BigDecimal("18.50"), scoreOf(s, "B", values(Metric.FINDINGS_MINOR, 3, Metric.FINDINGS_MAJOR, 0, Metric.FINDINGS_SERIOUS, 0)));
        assertEquals(new BigDecimal("12.50"), scoreOf(s, "B", values(Metric.FINDINGS_MINOR, 3, Metric.FINDINGS_MAJOR, 9, Metric.FINDINGS_SERIOUS, 2)));
    }

    // --- vetoes -------------------------------------------------------------------------------------------------

    @Test
    void everyVetoThatHoldsIsListedAndTheGradeIsCappedAtTheWorstOfTheirs() {
        CompiledScheme s = CompiledScheme.of(scheme("0", List.of(manual("M", 10)), List.of(
                veto("V1", "findingsMajor > 0", Grade.GOOD),
                veto("V2", "findingsSerious > 0", Grade.FAIL),
                veto("V3", "rectificationsOverdue >= 3", Grade.PASS))));
        CompiledScheme.Computed all = s.compute(values(Metric.FINDINGS_MAJOR, 1, Metric.FINDINGS_SERIOUS, 1, Metric.RECTIFICATIONS_OVERDUE, 3));
        assertEquals(List.of("V1", "V2", "V3"), all.vetoes());
        assertEquals(Grade.FAIL, all.cap(), "the worst, though not the last");

        CompiledScheme.Computed two = s.compute(values(Metric.FINDINGS_MAJOR, 2, Metric.FINDINGS_SERIOUS, 0, Metric.RECTIFICATIONS_OVERDUE, 4));
        assertEquals(List.of("V1", "V3"), two.vetoes());
        assertEquals(Grade.PASS, two.cap());

        CompiledScheme.Computed one = s.compute(values(Metric.FINDINGS_MAJOR, 1, Metric.FINDINGS_SERIOUS, 0, Metric.RECTIFICATIONS_OVERDUE, 2));
        assertEquals(List.of("V1"), one.vetoes());
        assertEquals(Grade.GOOD, one.cap());

        CompiledScheme.Computed none = s.compute(values(Metric.FINDINGS_MAJOR, 0, Metric.FINDINGS_SERIOUS, 0, Metric.RECTIFICATIONS_OVERDUE, 2));
        assertEquals(List.of(), none.vetoes());
        assertNull(none.cap(), "no veto, no cap");
    }

    @Test
    void aVetoThatCannotBeEvaluatedFailsTheFormNamingTheVeto() {
        CompiledScheme s = CompiledScheme.of(scheme("0", List.of(manual("M", 10)), List.of(veto("VZ", "10 / abs(visits - 5) > 1", Grade.PASS))));
        assertEquals(List.of("VZ"), s.compute(values(Metric.VISITS, 4)).vetoes(), "10 / 1 > 1");
        CompiledScheme.IndicatorFailure f = assertThrows(CompiledScheme.IndicatorFailure.class, () -> s.compute(values(Metric.VISITS, 5)));
        assertEquals("VZ", f.indicator());
        assertEquals("formula.divisionByZero", f.problem().key());
    }

    // --- inputs -------------------------------------------------------------------------------------------------

    @Test
    void anIndicatorsInputsAreItsFormulasMetricsOrTheFindings() {
        ScoringScheme scheme = scheme("5", List.of(
                group("A", 60, auto("A1", 30, "30 * resolutionRate"), auto("A2", 20, "clamp(resolved / max(1, collected) * 20, 0, 20)"),
                        manual("A3", 10)),
                deduction("B", 40, "2", "5", "10"),
                bonus("C", 5)), List.of());
        CompiledScheme s = CompiledScheme.of(scheme);
        assertEquals(Set.of(Metric.RESOLUTION_RATE), s.inputsOf("A1"));
        assertEquals(Set.of(Metric.RESOLVED, Metric.COLLECTED), s.inputsOf("A2"));
        assertEquals(Set.of(Metric.FINDINGS_MINOR, Metric.FINDINGS_MAJOR, Metric.FINDINGS_SERIOUS), s.inputsOf("B"));
        assertEquals(Set.of(), s.inputsOf("A3"), "scored by hand");
        assertEquals(Set.of(), s.inputsOf("C"), "a bonus is granted by hand");
        assertEquals(Set.of(), s.inputsOf("A"), "a group has none of its own");
        assertEquals(Set.of(), s.inputsOf("Z9"), "no such indicator");
    }
}
