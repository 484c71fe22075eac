package cn.bangfu.appraisal.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.bangfu.appraisal.entity.Indicator;
import cn.bangfu.appraisal.entity.IndicatorKind;
import cn.bangfu.appraisal.entity.SchemeContent;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.appraisal.entity.SchemeData.GradingData;
import cn.bangfu.appraisal.entity.SchemeData.IndicatorData;
import cn.bangfu.appraisal.entity.SchemeGrading;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scheme editor's checks: a scheme that checks comes out flat in tree order; one that does not is refused whole, field by field. */
class SchemeCheckTest {

    @Test
    void aSchemeThatChecksComesOutFlatInTreeOrder() {
        SchemeContent c = SchemeCheck.content(scheme(100, List.of(
                group("A", 70, auto("A1", 30, "30 * resolutionRate"), auto("A2", 20, "20 * onTimeRate"), manual("A3", 20)),
                deduction("B", 30, Map.of("MINOR", new BigDecimal("1"), "SERIOUS", new BigDecimal("5"))),
                bonus("C", 5)), List.of(new SchemeData.VetoData("V1", "严重问题未整改", "findingsSerious > 0", "PASS"))));
        assertEquals(List.of("A", "A1", "A2", "A3", "B", "C"), c.indicators().stream().map(Indicator::getCode).toList());
        assertEquals(List.of("", "A", "A", "A", "", ""), c.indicators().stream().map(i -> i.getParentCode() == null ? "" : i.getParentCode()).toList());
        Indicator b = c.indicators().get(4);
        assertEquals(IndicatorKind.DEDUCTION, b.getKind());
        assertEquals(List.of(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("5")), List.of(b.getDeductMinor(), b.getDeductMajor(), b.getDeductSerious()));
        assertEquals(1, c.vetoes().size());
    }

    @Test
    void everyProblemIsReportedOnItsField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SchemeCheck.content(scheme(100, List.of(
                group("A", 60, auto("A1", 30, "30 * resolutionRat"), auto("A2", 20, "20 / (visits - visits)"), auto("A3", 20, "")),
                deduction("B", 30, Map.of("MINOR", BigDecimal.ZERO)),
                new IndicatorData("B", "重复", new BigDecimal("5"), "MANUAL", "1", null, null, List.of(manual("X", 5)))),
                List.of(new SchemeData.VetoData("V1", "拒绝督查", "refused > 0", "BAD")))));
        Map<String, String> byField = new java.util.TreeMap<>();
        for (FieldError f : e.errors()) {
            byField.merge(f.field(), f.messageKey(), (a, b) -> a.contains(b) ? a : a + "," + b);
        }
        assertEquals(Map.ofEntries(
                Map.entry("indicators[0].max", "scheme.group.sum"),
                Map.entry("indicators[0].children[0].formula", "formula.unknownName"),
                Map.entry("indicators[0].children[1].formula", "formula.divisionByZero"),
                Map.entry("indicators[0].children[2].formula", "field.required"),
                Map.entry("indicators[1].deductions", "scheme.deduction.none"),
                Map.entry("indicators[2].code", "scheme.indicator.duplicate"),
                Map.entry("indicators[2].children", "scheme.indicator.notGroup"),
                Map.entry("indicators[2].formula", "scheme.indicator.formulaNotAuto"),
                Map.entry("total", "scheme.total.sum"),
                Map.entry("vetoes[0].condition", "formula.unknownName"),
                Map.entry("vetoes[0].capGrade", "field.unknown")), withoutUnknownKey(byField, "vetoes[0].capGrade"));
    }

    @Test
    void theBonusStandsBesideTheTotalAndAFormulaMayNotLeaveItsRange() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SchemeCheck.content(scheme(100, List.of(
                auto("A", 90, "100 * resolutionRate"), manual("B", 10), bonus("C", 5)), List.of())));
        assertEquals(List.of("indicators[0].formula"), e.errors().stream().map(FieldError::field).distinct().toList(),
                "100 points where 90 is the most; the bonus is not part of the 100: " + e.errors());
        assertEquals("formula.outOfRange", e.errors().get(0).messageKey());
    }

    // --- the grade rules ---

    @Test
    void gradeRulesSentAreKeptAndReadBackAsSent() {
        SchemeContent c = SchemeCheck.content(graded(new GradingData(new BigDecimal("90"), new BigDecimal("75.5"), new BigDecimal("60"), 15, 40)));
        assertEquals(new SchemeGrading(new BigDecimal("90.00"), new BigDecimal("75.50"), new BigDecimal("60"), 15, 40), c.grading());
        ScoringScheme s = new ScoringScheme(Fixture.threeToOne(), c, 1, null, "eval-li", Instant.EPOCH);
        assertEquals(new GradingData(new BigDecimal("90"), new BigDecimal("75.5"), new BigDecimal("60"), 15, 40), s.data().grading());
        BigDecimal total = new BigDecimal("100");
        assertAll(() -> assertEquals(new SchemeGrading(total, total, total, 100, 100), SchemeCheck.content(graded(new GradingData(total, total,
                        total, 100, 100))).grading(), "all at the total, no limits: accepted"),
                () -> assertEquals(new SchemeGrading(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0), SchemeCheck.content(graded(
                        new GradingData(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, 0, 0))).grading(), "all at 0, no places: accepted"));
    }

    @Test
    void withoutGradeRulesASchemeIsGradedByTheDefaultsOfItsTotal() {
        SchemeContent c = SchemeCheck.content(graded(null));
        assertNull(c.grading(), "nothing of its own is stored");
        ScoringScheme s = new ScoringScheme(Fixture.threeToOne(), c, 1, null, "eval-li", Instant.EPOCH);
        assertNull(s.ownGrading());
        assertEquals(new GradingData(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"), 20, 100), s.data().grading(),
                "the rules in force, as read");
        assertEquals(GradeRules.defaults(new BigDecimal("100")), GradeRules.of(s.grading()));
    }

    @Test
    void eachBadGradeRuleIsReportedOnItsField() {
        assertAll(
                () -> assertGradingRefused(Map.of("grading.excellentFrom", "scheme.grading.threshold"), "100.5", "80", "60", 20, 100),
                () -> assertGradingRefused(Map.of("grading.passFrom", "scheme.grading.threshold"), "90", "80", "-1", 20, 100),
                () -> assertGradingRefused(Map.of("grading.goodFrom", "scheme.grading.threshold"), "90", "80.125", "60", 20, 100),
                () -> assertGradingRefused(Map.of("grading.goodFrom", "scheme.grading.goodAboveExcellent"), "85", "85.01", "60", 20, 100),
                () -> assertGradingRefused(Map.of("grading.passFrom", "scheme.grading.passAboveGood"), "90", "60", "70", 20, 100),
                () -> assertGradingRefused(Map.of("grading.excellentQuotaPercent", "scheme.grading.quota"), "90", "80", "60", -1, 100),
                () -> assertGradingRefused(Map.of("grading.goodQuotaPercent", "scheme.grading.quota"), "90", "80", "60", 20, 101),
                () -> assertGradingRefused(Map.of("grading.excellentFrom", "field.required", "grading.goodQuotaPercent", "field.required"),
                        null, "80", "60", 20, null));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SchemeCheck.content(graded(new GradingData(
                new BigDecimal("100.5"), new BigDecimal("80"), new BigDecimal("60"), 20, 100))));
        assertEquals(List.of("100.5", "100"), e.errors().get(0).args().stream().map(String::valueOf).toList(), "the value and the total");
    }

    private static void assertGradingRefused(Map<String, String> expected, String excellent, String good, String pass, Integer excellentQuota,
                                             Integer goodQuota) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SchemeCheck.content(graded(new GradingData(
                excellent == null ? null : new BigDecimal(excellent), new BigDecimal(good), new BigDecimal(pass), excellentQuota, goodQuota))));
        Map<String, String> byField = new java.util.TreeMap<>();
        e.errors().forEach(f -> byField.put(f.field(), f.messageKey()));
        assertEquals(new java.util.TreeMap<>(expected), byField);
    }

    /** A scheme that checks, of 100 points, with these grade rules. */
    private static SchemeData graded(GradingData grading) {
        SchemeData d = scheme(100, List.of(manual("A", 60), auto("B", 40, "40 * resolutionRate")), List.of());
        return new SchemeData(d.id(), d.campaign(), d.name(), d.periodType(), d.from(), d.to(), d.appliesTo(), d.unitTypes(), d.status(),
                d.schemeVersion(), d.version(), d.total(), d.bonusCap(), d.indicators(), d.vetoes(), grading, d.copyOf());
    }

    /** The key of an unknown enum value is whatever Codes uses; the field is what matters here. */
    private static Map<String, String> withoutUnknownKey(Map<String, String> byField, String field) {
        Map<String, String> m = new java.util.TreeMap<>(byField);
        m.computeIfPresent(field, (k, v) -> "field.unknown");
        return m;
    }

    private static SchemeData scheme(int total, List<IndicatorData> indicators, List<SchemeData.VetoData> vetoes) {
        return new SchemeData(null, null, "2026年度帮扶工作考评细则", "ANNUAL", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), "LEADING",
                List.of("COUNTY_DEPARTMENT"), null, null, null, new BigDecimal(total), new BigDecimal("5"), indicators, vetoes, null, null);
    }

    private static IndicatorData group(String code, int max, IndicatorData... children) {
        return new IndicatorData(code, "分组" + code, new BigDecimal(max), "GROUP", null, null, null, List.of(children));
    }

    private static IndicatorData auto(String code, int max, String formula) {
        return new IndicatorData(code, "自动" + code, new BigDecimal(max), "AUTO", formula, null, null, List.of());
    }

    private static IndicatorData manual(String code, int max) {
        return new IndicatorData(code, "评分" + code, new BigDecimal(max), "MANUAL", null, null, "按细则评分", List.of());
    }

    private static IndicatorData deduction(String code, int max, Map<String, BigDecimal> deductions) {
        return new IndicatorData(code, "扣分" + code, new BigDecimal(max), "DEDUCTION", null, deductions, null, List.of());
    }

    private static IndicatorData bonus(String code, int max) {
        return new IndicatorData(code, "加分" + code, new BigDecimal(max), "BONUS", null, null, null, List.of());
    }
}
