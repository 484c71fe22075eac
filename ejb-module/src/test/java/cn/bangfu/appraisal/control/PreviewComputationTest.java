package cn.bangfu.appraisal.control;

import static cn.bangfu.appraisal.entity.AppraisalFixtures.auto;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.manual;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.scheme;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.appraisal.entity.SchemePreview;
import cn.bangfu.appraisal.entity.ScoringScheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A scheme tried on one unit (试算) before it is published, over the scheme of {@code AppraisalFixtures}: A 问题化解 (GROUP 60)
 * = A1 (AUTO 30, {@code 30 * resolutionRate}) + A2 (MANUAL 30); B (DEDUCTION 40: 2 / 5 / 10 per MINOR / MAJOR / SERIOUS);
 * C, D (BONUS); vetoes V1 (findingsSerious > 0 → PASS) and V2 (rectificationsOverdue >= 3 → GOOD). The points are the
 * forms' own computation; what the evaluators score stays open; a formula that fails on this unit is named, not thrown.
 */
class PreviewComputationTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    /** A unit's figures: every metric 0 but those given, in pairs metric, value. */
    private static UnitFigures figures(Object... pairs) {
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            values.put(m, 0.0);
        }
        for (int i = 0; i < pairs.length; i += 2) {
            values.put((Metric) pairs[i], ((Number) pairs[i + 1]).doubleValue());
        }
        return new UnitFigures(values, Map.of());
    }

    private static SchemePreview preview(ScoringScheme scheme, UnitFigures figures, Locale locale) {
        return PreviewComputation.of(scheme, figures, "pj-gxj", "平江县工业和信息化局", AS_OF, true, locale);
    }

    private static Map<String, SchemePreview.Item> byCode(SchemePreview p) {
        return p.items().stream().collect(Collectors.toMap(SchemePreview.Item::indicator, Function.identity()));
    }

    @Test
    void computedIndicatorsGetTheirPointsAndWhatTheEvaluatorsScoreStaysOpen() {
        SchemePreview p = preview(scheme(), figures(Metric.RESOLUTION_RATE, 0.9167, Metric.FINDINGS_MINOR, 2, Metric.FINDINGS_SERIOUS, 1),
                Locale.SIMPLIFIED_CHINESE);
        Map<String, SchemePreview.Item> items = byCode(p);
        assertAll(() -> assertEquals(List.of("A", "A1", "A2", "B", "C", "D"), p.items().stream().map(SchemePreview.Item::indicator).toList(),
                        "every indicator, in tree order"),
                () -> assertEquals(new BigDecimal("27.50"), items.get("A1").points(), "30 × 0.9167"),
                () -> assertNull(items.get("A2").points(), "MANUAL: the evaluators score it"),
                () -> assertEquals(new BigDecimal("26.00"), items.get("B").points(), "40 − 2 × 2 − 1 × 10"),
                () -> assertNull(items.get("C").points(), "BONUS: the evaluators score it"),
                () -> assertEquals(new BigDecimal("27.50"), items.get("A").points(), "a group: what of it is computed now"),
                () -> assertEquals(new BigDecimal("53.50"), p.autoTotal(), "A1 and B, each once"),
                () -> assertEquals(1, items.get("A1").depth()),
                () -> assertEquals("A", items.get("A1").parent()),
                () -> assertEquals(AS_OF, p.asOf()),
                () -> assertNull(p.failure()));
    }

    @Test
    void eachPointShowsTheMetricValuesItCameFrom() {
        SchemePreview p = preview(scheme(), figures(Metric.RESOLUTION_RATE, 0.9167, Metric.FINDINGS_MINOR, 2, Metric.VISITS, 12),
                Locale.SIMPLIFIED_CHINESE);
        Map<String, SchemePreview.Item> items = byCode(p);
        assertAll(() -> assertEquals(Map.of("resolutionRate", 0.9167), items.get("A1").inputs(), "the formula's metrics only"),
                () -> assertEquals(List.of("findingsMinor", "findingsMajor", "findingsSerious"), List.copyOf(items.get("B").inputs().keySet()),
                        "a deduction reads the findings by severity"),
                () -> assertEquals(2.0, items.get("B").inputs().get("findingsMinor")),
                () -> assertEquals(Map.of(), items.get("A2").inputs(), "nothing is computed for a manual indicator"));
    }

    @Test
    void theVetoesThatHoldCapTheGrade() {
        SchemePreview p = preview(scheme(), figures(Metric.FINDINGS_SERIOUS, 1, Metric.RECTIFICATIONS_OVERDUE, 1), Locale.SIMPLIFIED_CHINESE);
        Map<String, SchemePreview.VetoCheck> vetoes = p.vetoes().stream().collect(Collectors.toMap(SchemePreview.VetoCheck::code, Function.identity()));
        assertAll(() -> assertTrue(vetoes.get("V1").holds(), "a serious finding"),
                () -> assertFalse(vetoes.get("V2").holds(), "1 overdue rectification of the 3 that veto"),
                () -> assertEquals(Map.of("rectificationsOverdue", 1.0), vetoes.get("V2").inputs()),
                () -> assertEquals("PASS", p.capGrade()));
        SchemePreview clean = preview(scheme(), figures(), Locale.SIMPLIFIED_CHINESE);
        assertAll(() -> assertTrue(clean.vetoes().stream().noneMatch(SchemePreview.VetoCheck::holds)), () -> assertNull(clean.capGrade()));
    }

    @Test
    void aFormulaThatFailsOnThisUnitIsNamedWithTheReasonInTheReadersLanguageInsteadOfFailingThePreview() {
        // 100 on the editor's representative cases, 150 for a unit of 150 visits
        ScoringScheme s = scheme("0", List.of(manual("M", 10), auto("R", 100, "visits")), List.of());
        SchemePreview zh = preview(s, figures(Metric.VISITS, 150), Locale.SIMPLIFIED_CHINESE);
        SchemePreview en = preview(s, figures(Metric.VISITS, 150), Locale.ENGLISH);
        assertAll(() -> assertEquals("R", zh.failure().indicator()),
                () -> assertEquals("自动R", zh.failure().name()),
                () -> assertTrue(zh.failure().message().contains("150") && zh.failure().message().contains("按本单位的实际指标计算时"),
                        zh.failure().message()),
                () -> assertTrue(en.failure().message().contains("150") && !en.failure().message().contains("按"), en.failure().message()),
                () -> assertTrue(zh.items().stream().allMatch(i -> i.points() == null), "no half-computed points"),
                () -> assertNull(zh.autoTotal()),
                () -> assertEquals(Map.of("visits", 150.0), byCode(zh).get("R").inputs(), "the figure that failed it is shown"));
        SchemePreview fine = preview(s, figures(Metric.VISITS, 40), Locale.SIMPLIFIED_CHINESE);
        assertAll(() -> assertNull(fine.failure()), () -> assertEquals(new BigDecimal("40.00"), byCode(fine).get("R").points()));
    }
}
