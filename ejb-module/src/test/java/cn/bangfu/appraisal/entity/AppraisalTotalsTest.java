package cn.bangfu.appraisal.entity;

import static cn.bangfu.appraisal.entity.AppraisalAssertions.assertPoints;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.badInput;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.lastEvent;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.A2_NOTE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.AFTER_DEADLINE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.BEFORE_DEADLINE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.C_NOTE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.LATER;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.LI;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.UNIT;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.compute;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.indicator;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.item;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.points;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.publicised;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.selfAssessed;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.selfFilled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.appraisal.control.CompiledScheme;
import cn.bangfu.appraisal.control.FrozenFigures;
import cn.bangfu.appraisal.control.Metric;
import cn.bangfu.appraisal.control.SourceRef;
import cn.bangfu.platform.entity.FieldError;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What 平江县工业和信息化局's form ({@link AppraisalFixtures}) adds up to: the self total and the evaluators' total, each
 * with the bonuses held together to the scheme's cap, and the points deducted; what a computation freezes (scores, vetoes,
 * the metrics and records behind them) and what a later one replaces; an appeal's rescore, checked as any score and kept in
 * the history with the score before.
 */
class AppraisalTotalsTest {

    // --- totals -----------------------------------------------------------------------------------------------

    @Test
    void theSelfTotalAddsTheSelfScoresWithTheBonusesHeldTogetherToTheCap() {
        Appraisal a = selfFilled();
        assertPoints("103", a.getSelfTotal(), "28 + 30 + 40, and the bonuses 4 + 3 held to 5");
        a.selfAssess(indicator(a, "C"), points("1"), null, UNIT, BEFORE_DEADLINE);
        assertPoints("102", a.getSelfTotal(), "98 + 1 + 3: under the cap");
        assertNull(a.getTotal(), "the evaluators' total is another");
    }

    @Test
    void theTotalAddsTheScoredIndicatorsWithTheBonusesTogetherHeldToTheSchemesBonusCap() {
        Appraisal a = selfAssessed();
        compute(a);
        assertPoints("63.50", a.getTotal(), "A1 27.50 + B 36");
        a.score(indicator(a, "A2"), points("26"), A2_NOTE, LI, AFTER_DEADLINE);
        assertPoints("89.50", a.getTotal(), "+ A2 26");
        a.score(indicator(a, "C"), points("4"), C_NOTE, LI, AFTER_DEADLINE);
        assertPoints("93.50", a.getTotal(), "+ C 4: under the cap of 5");
        a.score(indicator(a, "D"), points("3"), "受到市委通报表扬", LI, AFTER_DEADLINE);
        assertPoints("94.50", a.getTotal(), "C 4 + D 3 = 7, held to 5");
        a.score(indicator(a, "C"), points("1.5"), C_NOTE, LI, AFTER_DEADLINE);
        assertPoints("94.00", a.getTotal(), "C 1.5 + D 3 = 4.5: under the cap again");
    }

    @Test
    void pointsDeductedAreWhatTheDeductionIndicatorsTookOff() {
        Appraisal a = selfAssessed();
        compute(a);
        assertPoints("4", a.getDeducted(), "two minor findings, 2 points each");
        a.score(indicator(a, "A2"), points("26"), A2_NOTE, LI, AFTER_DEADLINE);
        assertPoints("4", a.getDeducted(), "a manual score below its maximum is no deduction");
        a.score(indicator(a, "B"), points("38"), "一项问题系上级部门责任，核减扣分", LI, AFTER_DEADLINE);
        assertPoints("2", a.getDeducted(), "corrected by hand");
        assertPoints("91.50", a.getTotal(), "27.50 + 26 + 38");
    }

    // --- the computation, frozen ------------------------------------------------------------------------------

    @Test
    void aComputationFreezesTheComputedScoresTheVetoesAndTheirInputs() {
        Appraisal a = selfAssessed();
        a.freeze(Map.of("A1", points("27.50"), "B", points("26.00")), List.of("V1", "V2"), Grade.PASS, "resolutionRate=0.9167;findingsSerious=1",
                "finding 88 2 20000\n", LocalDate.of(2026, 12, 31), LATER, "eval-li");
        assertPoints("27.50", item(a, "A1").getScore(), "A1");
        assertPoints("26", item(a, "B").getScore(), "B");
        assertTrue(item(a, "A1").isComputed());
        assertTrue(item(a, "B").isComputed());
        assertNull(item(a, "A2").getScore(), "a manual indicator is not computed");
        assertEquals(List.of("V1", "V2"), a.getVetoCodes());
        assertEquals(Grade.PASS, a.getCapGrade());
        assertEquals("resolutionRate=0.9167;findingsSerious=1", a.getMetricValues());
        assertEquals("finding 88 2 20000\n", a.getFrozenRecords());
        assertEquals(LocalDate.of(2026, 12, 31), a.getFrozenAsOf());
        assertEquals(LATER, a.getFrozenAt());
        assertPoints("53.50", a.getTotal(), "total");
        assertPoints("14", a.getDeducted(), "deducted");
        AppraisalEvent e = lastEvent(a);
        assertEquals("COMPUTE", e.getAction());
        assertEquals("eval-li", e.getActor());
        assertPoints("53.50", e.getAfter(), "the total computed");
        assertEquals(AppraisalState.SELF_ASSESSED, a.getState(), "computing is no step");
    }

    @Test
    void aLaterComputationReplacesAutoScoresAndComputedDeductionsButNotADeductionCorrectedByHand() {
        Appraisal a = selfAssessed();
        compute(a);
        a.freeze(Map.of("A1", points("30.00"), "B", points("30.00")), List.of("V2"), Grade.GOOD, "", "", LocalDate.of(2026, 12, 31), LATER, "eval-li");
        assertPoints("30", item(a, "A1").getScore(), "A1 recomputed");
        assertPoints("30", item(a, "B").getScore(), "B recomputed: it was computed");
        assertEquals(List.of("V2"), a.getVetoCodes());

        a.score(indicator(a, "B"), points("38"), "一项问题系上级部门责任，核减扣分", LI, AFTER_DEADLINE);
        a.freeze(Map.of("A1", points("25.00"), "B", points("20.00")), List.of(), null, "", "", LocalDate.of(2026, 12, 31), LATER, "eval-li");
        assertPoints("25", item(a, "A1").getScore(), "an AUTO score is always the formula's");
        assertPoints("38", item(a, "B").getScore(), "the evaluator's correction stands");
        assertEquals("一项问题系上级部门责任，核减扣分", item(a, "B").getNote());
        assertFalse(item(a, "B").isComputed());
        assertEquals(List.of(), a.getVetoCodes(), "no veto holds any more");
        assertNull(a.getCapGrade());
        assertPoints("63", a.getTotal(), "25 + 38");
        assertPoints("2", a.getDeducted(), "deducted");
    }

    @Test
    void aDeductionScoredByHandBeforeTheFirstComputationIsKept() {
        Appraisal a = selfAssessed();
        a.score(indicator(a, "B"), points("40"), null, LI, AFTER_DEADLINE);
        compute(a);
        assertPoints("40", item(a, "B").getScore(), "not the computed 36");
        assertFalse(item(a, "B").isComputed());
        assertPoints("27.50", item(a, "A1").getScore(), "A1");
    }

    @Test
    void whatTheSchemeComputesForTheUnitIsWhatTheFormFreezes() {
        Appraisal a = selfAssessed();
        Map<Metric, Double> values = new EnumMap<>(Metric.class);
        values.put(Metric.RESOLUTION_RATE, 0.9167);
        values.put(Metric.FINDINGS_MINOR, 1.0);
        values.put(Metric.FINDINGS_MAJOR, 0.0);
        values.put(Metric.FINDINGS_SERIOUS, 1.0);
        values.put(Metric.RECTIFICATIONS_OVERDUE, 0.0);
        CompiledScheme.Computed c = CompiledScheme.of(a.getScheme()).compute(values);
        String records = FrozenFigures.records(Map.of(Metric.FINDINGS_SERIOUS, List.of(new SourceRef(SourceRef.FINDING, 88, 2))));
        a.freeze(c.scores(), c.vetoes(), c.cap(), FrozenFigures.values(values), records, LocalDate.of(2026, 12, 31), LATER, "eval-li");
        assertPoints("27.50", item(a, "A1").getScore(), "30 × 0.9167 = 27.501");
        assertPoints("28", item(a, "B").getScore(), "40 − 2 − 10");
        assertEquals(List.of("V1"), a.getVetoCodes(), "a serious finding");
        assertEquals(Grade.PASS, a.getCapGrade());
        assertEquals(values, FrozenFigures.values(a.getMetricValues()));
        assertEquals(List.of(new SourceRef(SourceRef.FINDING, 88, 2)), FrozenFigures.records(a.getFrozenRecords()).get(Metric.FINDINGS_SERIOUS));
        assertPoints("12", a.getDeducted(), "deducted");
    }

    // --- an appeal's rescore ----------------------------------------------------------------------------------

    @Test
    void aRescoreReplacesTheScoreAndTheHistoryKeepsTheScoreBefore() {
        Appraisal a = publicised();
        int events = a.getEvents().size();
        a.rescore(indicator(a, "A2"), points("29"), "  经核实，已落实两项措施中的一项 ", "eval-wang", LATER);
        assertPoints("29", item(a, "A2").getScore(), "A2");
        assertEquals("经核实，已落实两项措施中的一项", item(a, "A2").getNote());
        assertPoints("94.50", a.getTotal(), "91.50 + 3");
        assertEquals(events + 1, a.getEvents().size());
        AppraisalEvent e = lastEvent(a);
        assertEquals("RESCORE", e.getAction());
        assertEquals("A2", e.getIndicator());
        assertPoints("26", e.getBefore(), "before");
        assertPoints("29", e.getAfter(), "after");
        assertEquals("经核实，已落实两项措施中的一项", e.getReason());
        assertEquals("eval-wang", e.getActor());
        assertEquals(LATER, e.getAt());
        assertEquals(AppraisalState.PUBLICISED, a.getState(), "a rescore is no step");
    }

    @Test
    void aRescoreIsCheckedAsAnyScoreOfItsIndicator() {
        Appraisal a = publicised();
        int events = a.getEvents().size();
        assertEquals("score", badInput(() -> a.rescore(indicator(a, "A2"), points("31"), "理由", "eval-wang", LATER)).get(0).field());
        assertEquals(List.of(FieldError.of("note", "appraisal.note.bonus")),
                badInput(() -> a.rescore(indicator(a, "C"), points("3"), null, "eval-wang", LATER)));
        assertEquals(events, a.getEvents().size(), "nothing in the history");
        assertPoints("91.50", a.getTotal(), "total");

        a.rescore(indicator(a, "A1"), points("29.00"), "化解率统计漏计两件已化解问题", "eval-wang", LATER);
        assertPoints("29", item(a, "A1").getScore(), "an upheld appeal may correct a computed score");
        assertFalse(item(a, "A1").isComputed(), "set by hand now");
        assertPoints("93", a.getTotal(), "total");
    }
}
