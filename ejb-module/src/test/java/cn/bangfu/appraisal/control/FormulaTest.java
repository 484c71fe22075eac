package cn.bangfu.appraisal.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.Messages;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulaTest {

    private static final Locale ZH = Messages.CHINESE;

    // --- good formulas ---

    @Test
    void theIssuesFormulasScore() {
        assertEquals(19, eval("min(20, resolutionRate * 20)", Metric.RESOLUTION_RATE, 0.95), 1e-9);
        assertEquals(20, eval("min(20, resolutionRate * 20)", Metric.RESOLUTION_RATE, 1.2), 1e-9);
        assertEquals(11, Formula.parse("10 * closureRate + 5 * onTimeRate").evaluate(values(Metric.CLOSURE_RATE, 0.8, Metric.ON_TIME_RATE, 0.6)), 1e-9);
        assertEquals(4, eval("max(0, 10 - 2 * rectificationsOverdue)", Metric.RECTIFICATIONS_OVERDUE, 3), 1e-9);
        assertEquals(0, eval("max(0, 10 - 2 * rectificationsOverdue)", Metric.RECTIFICATIONS_OVERDUE, 7), 1e-9);
        assertEquals(10, eval("clamp(visits / 2, 0, 10)", Metric.VISITS, 30), 1e-9);
        assertEquals(2, eval("clamp(visits / 2, 0, 10)", Metric.VISITS, 4), 1e-9);
        assertEquals(0, eval("clamp(visits - 10, 0, 10)", Metric.VISITS, 4), 1e-9);
        assertEquals(3, eval("floor(visits / 4)", Metric.VISITS, 15), 1e-9);
        assertEquals(4, eval("ceil(visits / 4)", Metric.VISITS, 15), 1e-9);
        assertEquals(5, eval("abs(planDaysLate - 10)", Metric.PLAN_DAYS_LATE, 5), 1e-9);
        assertEquals(EnumSet.of(Metric.CLOSURE_RATE, Metric.ON_TIME_RATE), Formula.parse("10 * closureRate + 5 * onTimeRate").metrics());
        assertEquals(EnumSet.noneOf(Metric.class), Formula.parse("15").metrics(), "a fixed number of points names no metric");
    }

    @Test
    void operatorsBindAsOnPaperAndInJava() {
        assertAll(
                () -> assertEquals(14, eval("2 + 3 * 4"), "* before +"),
                () -> assertEquals(20, eval("(2 + 3) * 4"), "brackets first"),
                () -> assertEquals(3, eval("10 - 4 - 3"), "- from left to right"),
                () -> assertEquals(2, eval("12 / 3 / 2"), "/ from left to right"),
                () -> assertEquals(512, eval("2 ^ 3 ^ 2"), "^ from right to left"),
                () -> assertEquals(-4, eval("-2 ^ 2"), "^ before the unary minus"),
                () -> assertEquals(-6, eval("2 * -3"), "a unary minus after an operator"),
                () -> assertEquals(3, eval("7 % 4")),
                () -> assertEquals(2, eval("-visits + 5", Metric.VISITS, 3)),
                () -> assertEquals(1, eval("1 + 2 > 2"), "+ before >: (1 + 2) > 2, not 1 + (2 > 2)"),
                () -> assertEquals(1, eval("1 < 2 == 1"), "< before ==: (1 < 2) == 1"),
                () -> assertEquals(0, eval("2 == 2 && 0"), "== before &&"),
                () -> assertEquals(1, eval("1 || 0 && 0"), "&& before ||: 1 || (0 && 0)"),
                () -> assertEquals(1, eval("0 && 1 || 1"), "(0 && 1) || 1"),
                () -> assertEquals(1, eval("visits>=-1", Metric.VISITS, 0), ">= directly followed by a unary minus"),
                () -> assertEquals(0, eval("visits<-1", Metric.VISITS, 0), "< directly followed by a unary minus"),
                () -> assertEquals(1, eval("3 != 2")),
                () -> assertEquals(0, eval("3 <= 2")),
                () -> assertEquals(1, eval("2 <= 2")),
                () -> assertEquals(1, eval("1e3 == 1000")),
                () -> assertEquals(2.5, eval(".5 * 5")),
                () -> assertEquals(-1, eval("max(-1, -2)"), "a unary minus after a bracket and after a comma"));
    }

    @Test
    void everyMetricOfTheIssueAndNoOtherParsesAndIsDescribedInBothLanguages() {
        assertEquals(List.of("collected", "resolved", "closed", "resolutionRate", "closureRate", "onTimeRate", "onTimeRateOriginal",
                "satisfactionRate", "targets", "plansFiled", "plansOnTime", "planDaysLate", "visits", "targetsVisited", "firstVisitDays",
                "findingsMinor", "findingsMajor", "findingsSerious", "rectificationsOverdue"), Metric.keys());
        for (Metric m : Metric.values()) {
            Formula f = Formula.parse(m.key());
            assertEquals(EnumSet.of(m), f.metrics(), m.key());
            assertEquals(7, f.evaluate(values(m, 7)), m.key());
            assertEquals(m, Metric.byKey(m.key()));
            String zh = m.description(ZH);
            String en = m.description(Locale.ENGLISH);
            assertNotEquals(m.descriptionKey(), zh, "described in Chinese: " + m);
            assertNotEquals(m.descriptionKey(), en, "described in English: " + m);
            assertTrue(zh.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), zh);
            assertFalse(en.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), en);
            assertNotEquals("formula.kind." + m.kind(), m.kindName(ZH));
        }
        assertEquals("resolutionRate — 问题化解率：已化解 ÷ 收集，0–1（0.9 即 90%）；本期没有问题时按 1 计", Metric.RESOLUTION_RATE.label(ZH));
        assertTrue(Metric.TARGETS_VISITED.description(Locale.ENGLISH).contains("unit's targets"), "'' in the bundle is one apostrophe");
        assertEquals(Metric.Kind.RATE, Metric.SATISFACTION_RATE.kind());
        assertEquals(Metric.Kind.DAYS, Metric.FIRST_VISIT_DAYS.kind());
        assertEquals(Metric.Kind.COUNT, Metric.FINDINGS_SERIOUS.kind());
    }

    // --- refusals when parsing ---

    @Test
    void anUnknownNameIsNamedWithTheNamesAllowed() {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse("30 * resolutionRat"));
        assertEquals("formula.unknownName", e.key());
        assertEquals("resolutionRat", e.args().get(0));
        String message = Messages.get(ZH, e.key(), e.args().toArray());
        assertTrue(message.contains("“resolutionRat”不是可用的指标或函数"), message);
        for (String key : Metric.keys()) {
            assertTrue(message.contains(key), key + " is listed: " + message);
        }
        assertTrue(message.contains("min, max, clamp"), message);
        assertTrue(Messages.get(Locale.ENGLISH, e.key(), e.args().toArray()).startsWith("\"resolutionRat\" in the formula is neither"));
        assertAll(
                () -> assertUnknown("Resolved + 1", "Resolved"),
                () -> assertUnknown("resolved2 + 1", "resolved2"),
                () -> assertUnknown("pi * 2", "pi"),
                () -> assertUnknown("e", "e"),
                () -> assertUnknown("2e + 1", "e"),
                () -> assertUnknown("sin(visits)", "sin"),
                () -> assertUnknown("10 * 化解率", "化解率"),
                () -> assertUnknown("visits + refused", "refused"));
    }

    @Test
    void aSyntaxErrorSaysWhereAndWhy() {
        assertAll(
                () -> assertSyntax("10 *", 4, "*", "end"),
                () -> assertSyntax("  10 *", 6, "*", "end"),
                () -> assertSyntax("(10 + visits", 1, "(", "unclosed"),
                () -> assertSyntax("min(10, (visits)", 4, "(", "unclosed"),
                () -> assertSyntax("10 + visits)", 12, ")", "unopened"),
                () -> assertSyntax("10 visits", 4, "visits", "operatorExpected"),
                () -> assertSyntax("2visits", 2, "visits", "operatorExpected"),
                () -> assertSyntax("1..2", 3, ".2", "operatorExpected"),
                () -> assertSyntax("(1)(2)", 4, "(", "operatorExpected"),
                () -> assertSyntax("min(1)", 1, "min", "arguments"),
                () -> assertSyntax("clamp(1, 2)", 1, "clamp", "arguments"),
                () -> assertSyntax("min(1, 2, 3)", 1, "min", "arguments"),
                () -> assertSyntax("min()", 5, ")", "operand"),
                () -> assertSyntax("min 1", 1, "min", "call"),
                () -> assertSyntax("max", 1, "max", "call"),
                () -> assertSyntax("visits = 3", 8, "=", "operator"),
                () -> assertSyntax("visits => 3", 8, "=>", "operator"),
                () -> assertSyntax("visits & 1", 8, "&", "operator"),
                () -> assertSyntax("!visits", 1, "!", "operator"),
                () -> assertSyntax("1, 2", 2, ",", "comma"),
                () -> assertSyntax("10 * * 2", 6, "*", "operand"),
                () -> assertSyntax("> 2", 1, ">", "operand"),
                () -> assertSyntax("[1]", 1, "[", "character"),
                () -> assertSyntax("visits ≥ 3", 8, "≥", "character"),
                () -> assertSyntax("10 * .", 6, ".", "number"));
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse("visits = 3"));
        String zh = Messages.get(ZH, e.key(), e.args().toArray());
        assertTrue(zh.startsWith("公式第 8 个字符“=”处有误：这不是可用的运算符") && zh.contains("==（等于）"), zh);
        String en = Messages.get(Locale.ENGLISH, e.key(), e.args().toArray());
        assertTrue(en.startsWith("The formula is wrong at character 8 (\"=\"): this is not an operator"), en);
    }

    @Test
    void emptyAndTooLongAreRefused() {
        for (String empty : new String[] {null, "", "   ", "\u3000"}) {
            assertEquals("formula.empty", assertThrows(FormulaException.class, () -> Formula.parse(empty)).key(), "[" + empty + "]");
        }
        String longest = "1" + " + 1".repeat(123) + " + 1000 ";
        assertEquals(Formula.MAX_LENGTH, longest.strip().length());
        assertEquals(1124, Formula.parse(longest).evaluate(Map.of()), "500 characters are allowed");
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(longest + "+1"));
        assertEquals("formula.tooLong", e.key());
        assertEquals(List.of(503, 500), e.args());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Runtime.getRuntime()", "Runtime.getRuntime().exec(\"calc\")", "java.lang.System.exit(0)", "#{1 + 1}",
            "${1}", "#{visits}", "{1 + 1}", "T(java.lang.Runtime).getRuntime()", "new java.io.File(\"x\")", "'a'", "visits; 1",
            "visits.class", "this", "a -> 1", "visits ? 1 : 0", "System.exit(0)", "exit(0)", "load(\"x\")"})
    void noJavaNoElNoScriptParses(String attack) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(attack));
        assertTrue(e.key().equals("formula.unknownName") || e.key().equals("formula.syntax"), e.key());
        assertNotEquals(List.of(), Formula.check(attack, 10), "the editor refuses it too");
    }

    @Test
    void fullWidthCharactersOfAChineseInputMethodRead() {
        assertEquals(19, eval("min（20，resolutionRate×20）", Metric.RESOLUTION_RATE, 0.95), 1e-9);
        assertEquals(6, eval("ｖｉｓｉｔｓ　÷　２", Metric.VISITS, 12), 1e-9);
        assertEquals(1, eval("findingsSerious ＞＝ 1", Metric.FINDINGS_SERIOUS, 1), 1e-9);
    }

    // --- evaluation ---

    @Test
    void aDivisionByZeroIsAnErrorNotAScore() {
        Formula f = Formula.parse("resolved / collected * 20");
        assertEquals(10, f.evaluate(values(Metric.RESOLVED, 5, Metric.COLLECTED, 10)), 1e-9);
        FormulaException e = assertThrows(FormulaException.class, () -> f.evaluate(values(Metric.RESOLVED, 0, Metric.COLLECTED, 0)));
        assertEquals("formula.divisionByZero", e.key());
        assertEquals(List.of(new Messages.Term("formula.case.ACTUAL")), e.args());
        assertTrue(Messages.get(ZH, e.key(), e.args().toArray()).startsWith("按本单位的实际指标计算时，公式中出现了除以 0"));
        assertEquals("formula.divisionByZero", assertThrows(FormulaException.class,
                () -> Formula.parse("visits % targets").evaluate(values(Metric.VISITS, 3, Metric.TARGETS, 0))).key());
        assertEquals("formula.divisionByZero", assertThrows(FormulaException.class,
                () -> Formula.parse("max(0, 1 / visits)").evaluate(values(Metric.VISITS, 0))).key(), "a function's arguments are all evaluated");
    }

    @Test
    void aResultThatIsNotANumberIsAnError() {
        assertAll(
                () -> assertNotANumber("0 ^ -1", "infinite"),
                () -> assertNotANumber("(0 - 1) ^ 0.5", "NaN"),
                () -> assertNotANumber("((0 - 1) ^ 0.5) > 0", "NaN is not hidden behind a comparison"),
                () -> assertNotANumber("((0 - 1) ^ 0.5) || 1", "nor behind a logical operator"),
                () -> assertNotANumber("10 ^ 400", "overflow"));
    }

    @Test
    void everyMetricUsedNeedsAValue() {
        Formula f = Formula.parse("resolutionRate * 20");
        FormulaException e = assertThrows(FormulaException.class, () -> f.evaluate(values(Metric.VISITS, 3)));
        assertEquals("formula.noValue", e.key());
        assertEquals(List.of("resolutionRate", new Messages.Term("formula.metric.resolutionRate")), e.args());
        assertTrue(Messages.get(ZH, e.key(), e.args().toArray()).contains("resolutionRate（问题化解率"));
        Map<Metric, Double> withNull = new HashMap<>();
        withNull.put(Metric.RESOLUTION_RATE, null);
        assertEquals("formula.noValue", assertThrows(FormulaException.class, () -> f.evaluate(withNull)).key(), "a rate without a denominator");
        assertEquals("formula.noValue", assertThrows(FormulaException.class, () -> f.evaluate(values(Metric.RESOLUTION_RATE, Double.NaN))).key());
        assertEquals(18, f.evaluate(values(Metric.RESOLUTION_RATE, 0.9, Metric.VISITS, 3)), 1e-9, "other metrics do not matter");
    }

    @Test
    void comparisonsCountAsOnPaper() {
        assertNotEquals(57.0, 0.57 * 100, "the binary product is 56.99999999999999");
        assertTrue(Formula.parse("resolutionRate * 100 >= 57").test(values(Metric.RESOLUTION_RATE, 0.57)));
        assertFalse(Formula.parse("resolutionRate * 100 < 57").test(values(Metric.RESOLUTION_RATE, 0.57)));
        assertEquals(1, eval("0.1 + 0.2 == 0.3"));
        assertEquals(0, eval("0.1 + 0.2 != 0.3"));
        assertEquals(0, eval("0.5699 * 100 >= 57"), "a real difference still counts");
    }

    // --- veto conditions ---

    @Test
    void aVetoConditionIsTrueOrFalse() {
        Formula veto = Formula.parse("findingsSerious > 0 || rectificationsOverdue >= 3");
        assertFalse(veto.test(values(Metric.FINDINGS_SERIOUS, 0, Metric.RECTIFICATIONS_OVERDUE, 2)));
        assertTrue(veto.test(values(Metric.FINDINGS_SERIOUS, 1, Metric.RECTIFICATIONS_OVERDUE, 0)));
        assertTrue(veto.test(values(Metric.FINDINGS_SERIOUS, 0, Metric.RECTIFICATIONS_OVERDUE, 3)));
        assertTrue(veto.test(values(Metric.FINDINGS_SERIOUS, 2, Metric.RECTIFICATIONS_OVERDUE, 5)));
        assertEquals(1, veto.evaluate(values(Metric.FINDINGS_SERIOUS, 2, Metric.RECTIFICATIONS_OVERDUE, 5)), "true is 1, not 2");
        Formula both = Formula.parse("findingsSerious == 0 && rectificationsOverdue != 0");
        assertTrue(both.test(values(Metric.FINDINGS_SERIOUS, 0, Metric.RECTIFICATIONS_OVERDUE, 1)));
        assertFalse(both.test(values(Metric.FINDINGS_SERIOUS, 1, Metric.RECTIFICATIONS_OVERDUE, 1)));
        assertFalse(both.test(values(Metric.FINDINGS_SERIOUS, 0, Metric.RECTIFICATIONS_OVERDUE, 0)));
        assertTrue(Formula.parse("findingsSerious").test(values(Metric.FINDINGS_SERIOUS, 2)), "any number but 0 is true");
        assertEquals(List.of(), Formula.checkCondition("findingsSerious > 0 || rectificationsOverdue >= 3"));
        List<FormulaProblem> p = Formula.checkCondition("targetsVisited / targets < 0.8");
        assertEquals(List.of(FormulaProblem.of("formula.divisionByZero", new Messages.Term("formula.case.ZERO"))), p);
        assertEquals("formula.unknownName", Formula.checkCondition("refusedInspection > 0").get(0).key());
    }

    // --- the editor's check ---

    @Test
    void theEditorAcceptsGoodFormulas() {
        assertEquals(List.of(), Formula.check("min(20, resolutionRate * 20)", 20));
        assertEquals(List.of(), Formula.check("10 * closureRate + 5 * onTimeRate", 15));
        assertEquals(List.of(), Formula.check("max(0, 10 - 2 * rectificationsOverdue)", 10));
        assertEquals(List.of(), Formula.check("100 * resolutionRate", 100), "exactly the maximum is in range");
        assertEquals(List.of(), Formula.check("resolutionRate * 90", 90), "0.9 * 90 and 1 * 90 within the maximum");
        assertEquals(List.of(), Formula.check("20 * plansOnTime / max(1, plansFiled)", 20));
    }

    @Test
    void theEditorFindsADivisionByZeroAndNamesTheCase() {
        List<FormulaProblem> p = Formula.check("20 / (visits - visits)", 20);
        assertEquals(List.of(FormulaProblem.of("formula.divisionByZero", new Messages.Term("formula.case.ZERO"))), p, "once, for the first case");
        assertEquals("当所有指标都为 0 时，公式中出现了除以 0，无法计算：比率可直接用 resolutionRate 等指标，不必自己相除；除数可能为 0 时，可写成 a / max(1, b)",
                Messages.get(ZH, p.get(0).key(), p.get(0).args().toArray()));
        assertTrue(Messages.get(Locale.ENGLISH, p.get(0).key(), p.get(0).args().toArray()).startsWith("When every metric is 0, the formula divides by 0"));
        assertEquals(List.of(FormulaProblem.of("formula.divisionByZero", new Messages.Term("formula.case.ZERO"))),
                Formula.check("20 * resolved / collected", 20), "no problems collected");
        assertEquals(List.of(FormulaProblem.of("formula.divisionByZero", new Messages.Term("formula.case.TYPICAL"))),
                Formula.check("20 / (targets - 10) ^ 2", 20), "only with 10 targets");
    }

    @Test
    void theEditorFindsAResultOutOfRange() {
        List<FormulaProblem> above = Formula.check("100 * resolutionRate", 90);
        assertEquals(List.of(FormulaProblem.of("formula.outOfRange", new Messages.Term("formula.case.HIGH"), "100", "90")), above);
        String zh = Messages.get(ZH, above.get(0).key(), above.get(0).args().toArray());
        assertEquals("当各项比率为 1、数量和天数都为 100 时，公式算出 100 分，超出了本指标 0 到 90 分的范围：可以用 min、max 或 clamp 把结果限定在范围内，如 clamp(…, 0, 90)", zh);

        List<FormulaProblem> below = Formula.check("10 - 2 * rectificationsOverdue", 10);
        assertEquals(List.of(FormulaProblem.of("formula.outOfRange", new Messages.Term("formula.case.TYPICAL"), "-10", "10")), below,
                "below 0 with 10 overdue, reported once");
        assertTrue(Messages.get(Locale.ENGLISH, below.get(0).key(), below.get(0).args().toArray())
                .startsWith("With rates of 0.9, counts of 10 and 20 days, the formula gives -10 points, outside this indicator's range of 0 to 10"));

        List<FormulaProblem> both = Formula.check("visits - 50", 20);
        assertEquals(List.of(FormulaProblem.of("formula.outOfRange", new Messages.Term("formula.case.ZERO"), "-50", "20"),
                FormulaProblem.of("formula.outOfRange", new Messages.Term("formula.case.HIGH"), "50", "20")), both);
        assertEquals(List.of(FormulaProblem.of("formula.outOfRange", new Messages.Term("formula.case.TYPICAL"), "12.5", "12")),
                Formula.check("firstVisitDays * 0.625", 12), "days are 20 in the typical case");
        assertEquals("formula.unknownName", Formula.check("20 * visitz / 10", 20).get(0).key());
        assertEquals(1, Formula.check("20 * visitz / 10", 20).size(), "a formula that does not parse is not evaluated");
        assertThrows(IllegalArgumentException.class, () -> Formula.check("visits", -1));
        assertThrows(IllegalArgumentException.class, () -> Formula.check("visits", Double.NaN));
    }

    // --- threads and serialization ---

    @Test
    void oneFormulaScoresOnManyThreadsAtOnce() throws Exception {
        Formula f = Formula.parse("clamp(visits * 0.5 + resolutionRate * 10 - 3 * rectificationsOverdue, 0, 1000)");
        int threads = 8;
        int each = 20_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> wrong = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                wrong.add(pool.submit(() -> {
                    start.await();
                    int mismatches = 0;
                    for (int i = 0; i < each; i++) {
                        double visits = thread * 1000 + i % 1000;
                        double rate = (i % 100) / 100.0;
                        double overdue = thread % 3;
                        double expected = Math.max(0, Math.min(1000, visits * 0.5 + rate * 10 - 3 * overdue));
                        double got = f.evaluate(values(Metric.VISITS, visits, Metric.RESOLUTION_RATE, rate, Metric.RECTIFICATIONS_OVERDUE, overdue));
                        if (Math.abs(got - expected) > 1e-9) {
                            mismatches++;
                        }
                    }
                    return mismatches;
                }));
            }
            start.countDown();
            for (Future<Integer> w : wrong) {
                assertEquals(0, w.get(60, TimeUnit.SECONDS), "every thread scores its own unit's values");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFormulaIsImmutableAndTravelsAsItsText() throws Exception {
        Formula f = Formula.parse("min(20, resolutionRate * 20)");
        assertThrows(UnsupportedOperationException.class, () -> f.metrics().add(Metric.VISITS));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(f);
        }
        Formula read;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            read = (Formula) in.readObject();
        }
        assertEquals(f, read);
        assertEquals(19, read.evaluate(values(Metric.RESOLUTION_RATE, 0.95)), 1e-9);
        assertEquals("min(20, resolutionRate * 20)", read.text());
    }

    // --- helpers ---

    private static double eval(String formula) {
        return Formula.parse(formula).evaluate(Map.of());
    }

    private static double eval(String formula, Metric m, double value) {
        return Formula.parse(formula).evaluate(values(m, value));
    }

    /** Metric, value, metric, value, … */
    private static Map<Metric, Double> values(Object... pairs) {
        Map<Metric, Double> v = new EnumMap<>(Metric.class);
        for (int i = 0; i < pairs.length; i += 2) {
            v.put((Metric) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return v;
    }

    private static void assertUnknown(String formula, String name) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(formula), formula);
        assertEquals("formula.unknownName", e.key(), formula);
        assertEquals(name, e.args().get(0), formula);
    }

    private static void assertSyntax(String formula, int position, String fragment, String reason) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(formula), formula);
        assertEquals("formula.syntax", e.key(), formula + ": " + e.args());
        assertEquals(List.of(position, fragment, new Messages.Term("formula.syntax." + reason)), e.args(), formula);
        String zh = Messages.get(ZH, e.key(), e.args().toArray());
        assertFalse(zh.contains("formula."), "every reason is in the bundle: " + zh);
        assertFalse(Messages.get(Locale.ENGLISH, e.key(), e.args().toArray()).contains("formula."), formula);
    }

    private static void assertNotANumber(String formula, String why) {
        FormulaException e = assertThrows(FormulaException.class, () -> Formula.parse(formula).evaluate(Map.of()), why);
        assertEquals("formula.notANumber", e.key(), why);
    }
}
