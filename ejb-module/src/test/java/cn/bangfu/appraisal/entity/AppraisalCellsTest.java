package cn.bangfu.appraisal.entity;

import static cn.bangfu.appraisal.entity.AppraisalAssertions.assertPoints;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.badInput;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.english;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.A2_NOTE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.AFTER_DEADLINE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.BEFORE_DEADLINE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.C_NOTE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.LATER;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.LI;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.OFFICE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.OTHER_UNIT;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.SELF_ASSESS_BY;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.UNIT;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.WANG;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.compute;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.finalised;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.form;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.indicator;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.item;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.points;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.publicised;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.published;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.reviewed;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.scored;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.selfAssessed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cells of 平江县工业和信息化局's form ({@link AppraisalFixtures}): which whom may write, when, with which points and
 * notes. The unit writes its self cells in draft up to its deadline; an evaluator writes his until the form is scored, with
 * a note where he takes points off or gives a bonus; an AUTO cell is the formula's, and a group has none. Bad points or notes
 * are a 400 on the field, a cell closed to the caller a 409, each with its words in English.
 */
class AppraisalCellsTest {

    // --- self-assessment --------------------------------------------------------------------------------------

    @Test
    void theUnitsSelfScoreIsFromZeroToTheMaximumWithAtMostTwoDecimals() {
        Appraisal a = form();
        Indicator a2 = indicator(a, "A2");
        for (String ok : List.of("0", "30", "30.00", "12.25", "12.5")) {
            a.selfAssess(a2, points(ok), null, UNIT, BEFORE_DEADLINE);
            assertPoints(ok, item(a, "A2").getSelf(), ok);
        }
        for (String bad : List.of("-0.01", "30.01", "12.345", "100")) {
            List<FieldError> errors = badInput(() -> a.selfAssess(a2, points(bad), "说明", UNIT, BEFORE_DEADLINE));
            assertEquals(1, errors.size(), bad);
            assertEquals("self", errors.get(0).field(), bad);
            assertEquals("The score must be between 0 and 30, with at most two decimals", english(errors.get(0)), bad);
            assertPoints("12.5", item(a, "A2").getSelf(), "the cell as it was: " + bad);
        }
        assertEquals(List.of(FieldError.of("self", "field.required")), badInput(() -> a.selfAssess(a2, null, "说明", UNIT, BEFORE_DEADLINE)));
        assertEquals("The score must be between 0 and 4, with at most two decimals",
                english(badInput(() -> a.selfAssess(indicator(a, "C"), points("4.5"), null, UNIT, BEFORE_DEADLINE)).get(0)), "a bonus's own maximum");
    }

    @Test
    void theSelfExplanationIsOptionalStrippedAndAtMostAThousandCharacters() {
        Appraisal a = form();
        Indicator a2 = indicator(a, "A2");
        a.selfAssess(a2, points("30"), "  三项措施全部落实\n", UNIT, BEFORE_DEADLINE);
        assertEquals("三项措施全部落实", item(a, "A2").getSelfNote());
        a.selfAssess(a2, points("29"), "   ", UNIT, BEFORE_DEADLINE);
        assertNull(item(a, "A2").getSelfNote(), "a self score below the maximum needs no explanation");
        assertPoints("29", item(a, "A2").getSelf(), "self");
        assertEquals(List.of(FieldError.of("selfNote", "field.tooLong", 1000)),
                badInput(() -> a.selfAssess(a2, points("30"), "落".repeat(1001), UNIT, BEFORE_DEADLINE)));
        a.selfAssess(a2, points("30"), "落".repeat(1000), UNIT, BEFORE_DEADLINE);
    }

    @Test
    void onlyTheOwnUnitWritesSelfCellsAndOnlyInDraftUpToTheDeadline() {
        Appraisal a = form();
        Indicator a2 = indicator(a, "A2");
        for (AppraisalActor who : List.of(LI, OFFICE, OTHER_UNIT)) {
            AppraisalRefusedException e = assertThrows(AppraisalRefusedException.class, () -> a.selfAssess(a2, points("30"), null, who, BEFORE_DEADLINE));
            assertEquals("self", e.errors().get(0).field(), who.login());
            assertEquals("appraisal.selfClosed", e.errors().get(0).messageKey(), who.login());
            assertEquals("DRAFT", e.state());
        }
        AppraisalRefusedException late = assertThrows(AppraisalRefusedException.class,
                () -> a.selfAssess(a2, points("30"), null, UNIT, SELF_ASSESS_BY.plusDays(1)));
        assertEquals("The form is Awaiting self-assessment: its self-assessment can no longer change (deadline 2027-01-15)", english(late));
        assertNull(item(a, "A2").getSelf());

        Appraisal submitted = selfAssessed();
        AppraisalRefusedException after = assertThrows(AppraisalRefusedException.class,
                () -> submitted.selfAssess(indicator(submitted, "A2"), points("25"), null, UNIT, BEFORE_DEADLINE));
        assertEquals("SELF_ASSESSED", after.state());
        assertEquals("appraisal.selfClosed", after.errors().get(0).messageKey());
        assertPoints("30", item(submitted, "A2").getSelf(), "the submitted self score");
    }

    // --- the evaluators' cells --------------------------------------------------------------------------------

    @Test
    void aManualScoreBelowTheMaximumNeedsANoteSayingWhy() {
        Appraisal a = selfAssessed();
        Indicator a2 = indicator(a, "A2");
        for (String none : new String[] {null, "  "}) {
            List<FieldError> errors = badInput(() -> a.score(a2, points("26"), none, LI, AFTER_DEADLINE));
            assertEquals(List.of(FieldError.of("note", "appraisal.note.belowMax")), errors);
            assertEquals("Say why points were taken off when the score is below the maximum", english(errors.get(0)));
        }
        assertNull(item(a, "A2").getScore(), "nothing written");

        a.score(a2, points("30"), null, LI, AFTER_DEADLINE);
        assertPoints("30", item(a, "A2").getScore(), "full marks need no note");
        assertNull(item(a, "A2").getNote());
        a.score(a2, points("26"), "  " + A2_NOTE + "\n", LI, AFTER_DEADLINE);
        assertPoints("26", item(a, "A2").getScore(), "A2");
        assertEquals(A2_NOTE, item(a, "A2").getNote(), "stripped");
        assertFalse(item(a, "A2").isComputed());
    }

    @Test
    void aDeductionCorrectedBelowItsMaximumNeedsANoteToo() {
        Appraisal a = selfAssessed();
        Indicator b = indicator(a, "B");
        assertEquals(List.of(FieldError.of("note", "appraisal.note.belowMax")), badInput(() -> a.score(b, points("38"), null, LI, AFTER_DEADLINE)));
        a.score(b, points("40"), null, LI, AFTER_DEADLINE);
        assertPoints("40", item(a, "B").getScore(), "B");
    }

    @Test
    void aBonusAboveZeroNeedsANoteNamingTheWorkRecognised() {
        Appraisal a = selfAssessed();
        Indicator c = indicator(a, "C");
        List<FieldError> errors = badInput(() -> a.score(c, points("2"), null, LI, AFTER_DEADLINE));
        assertEquals(List.of(FieldError.of("note", "appraisal.note.bonus")), errors);
        assertEquals("Name the recognised work and its evidence for a bonus", english(errors.get(0)));
        a.score(c, BigDecimal.ZERO, null, LI, AFTER_DEADLINE);
        assertPoints("0", item(a, "C").getScore(), "no bonus needs no note (and is no score below the maximum)");
        a.score(c, points("4"), C_NOTE, LI, AFTER_DEADLINE);
        assertPoints("4", item(a, "C").getScore(), "C");
        assertEquals(C_NOTE, item(a, "C").getNote());
    }

    @Test
    void anAutoIndicatorsScoreIsTheFormulasAndCannotBeTyped() {
        Appraisal a = selfAssessed();
        compute(a);
        List<FieldError> errors = badInput(() -> a.score(indicator(a, "A1"), points("30"), "满分", LI, AFTER_DEADLINE));
        assertEquals(List.of(FieldError.of("score", "appraisal.item.computed", "A1")), errors);
        assertEquals("Indicator A1 is scored automatically by its formula and cannot be typed", english(errors.get(0)));
        assertPoints("27.50", item(a, "A1").getScore(), "the formula's");
        assertTrue(item(a, "A1").isComputed());
    }

    @Test
    void anEvaluatorsScoreIsFromZeroToTheMaximumWithAtMostTwoDecimals() {
        Appraisal a = selfAssessed();
        Indicator a2 = indicator(a, "A2");
        for (String bad : List.of("-1", "30.5", "25.125")) {
            List<FieldError> errors = badInput(() -> a.score(a2, points(bad), A2_NOTE, LI, AFTER_DEADLINE));
            assertEquals(1, errors.size(), bad);
            assertEquals("score", errors.get(0).field(), bad);
            assertEquals("The score must be between 0 and 30, with at most two decimals", english(errors.get(0)), bad);
        }
        assertEquals("The score must be between 0 and 4, with at most two decimals",
                english(badInput(() -> a.score(indicator(a, "C"), points("4.01"), C_NOTE, LI, AFTER_DEADLINE)).get(0)));
        assertEquals(List.of(FieldError.of("score", "field.required")), badInput(() -> a.score(a2, null, A2_NOTE, LI, AFTER_DEADLINE)));
        assertNull(item(a, "A2").getScore());
        a.score(a2, points("25.75"), A2_NOTE, LI, AFTER_DEADLINE);
        assertPoints("25.75", item(a, "A2").getScore(), "A2");
    }

    @Test
    void onlyAnEvaluatorWritesScores() {
        Appraisal a = selfAssessed();
        for (AppraisalActor who : List.of(UNIT, OFFICE)) {
            AppraisalRefusedException e = assertThrows(AppraisalRefusedException.class,
                    () -> a.score(indicator(a, "A2"), points("30"), null, who, AFTER_DEADLINE));
            assertEquals("score", e.errors().get(0).field(), who.login());
            assertEquals("appraisal.scoreClosed", e.errors().get(0).messageKey(), who.login());
        }
        assertNull(item(a, "A2").getScore());
    }

    @Test
    void noScoreChangesOnceTheFormIsScored() {
        for (Appraisal a : List.of(scored(), reviewed(), finalised(), publicised(), published())) {
            String state = a.getState().name();
            AppraisalRefusedException e = assertThrows(AppraisalRefusedException.class,
                    () -> a.score(indicator(a, "A2"), points("30"), null, WANG, AFTER_DEADLINE), state);
            assertEquals("score", e.errors().get(0).field(), state);
            assertEquals("appraisal.scoreClosed", e.errors().get(0).messageKey(), state);
            assertEquals(state, e.state());
            assertThrows(AppraisalRefusedException.class, () -> a.freeze(Map.of("A1", points("30"), "B", points("40")), List.of(), null, "", "",
                    LocalDate.of(2026, 12, 31), LATER, "eval-wang"), "no computation either: " + state);
            assertThrows(AppraisalRefusedException.class, () -> a.selfAssess(indicator(a, "A2"), points("20"), null, UNIT, BEFORE_DEADLINE),
                    "no self score either: " + state);
            assertPoints("26", item(a, "A2").getScore(), state);
            assertPoints("27.50", item(a, "A1").getScore(), state);
            assertPoints("36", item(a, "B").getScore(), state);
            assertPoints("30", item(a, "A2").getSelf(), state);
            assertPoints("91.50", a.getTotal(), state);
        }
        Appraisal s = scored();
        assertEquals("The form is Scored: its scores can no longer change", english(assertThrows(AppraisalRefusedException.class,
                () -> s.score(indicator(s, "A2"), points("30"), null, WANG, AFTER_DEADLINE))));
        assertFalse(AppraisalState.REVIEWED.locked());
        assertTrue(AppraisalState.FINALISED.locked(), "final from FINALISED on");
    }

    @Test
    void aGroupHasNoCellOfItsOwn() {
        Appraisal a = selfAssessed();
        List<FieldError> errors = badInput(() -> a.score(indicator(a, "A"), points("56"), "分组", LI, AFTER_DEADLINE));
        assertEquals(List.of(FieldError.of("indicator", "appraisal.indicator.notScored", "A")), errors);
        assertNull(a.getTotal());
    }
}
