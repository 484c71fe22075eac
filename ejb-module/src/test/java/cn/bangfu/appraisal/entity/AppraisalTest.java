package cn.bangfu.appraisal.entity;

import static cn.bangfu.appraisal.entity.AppraisalAction.FINALISE;
import static cn.bangfu.appraisal.entity.AppraisalAction.PUBLICISE;
import static cn.bangfu.appraisal.entity.AppraisalAction.PUBLISH;
import static cn.bangfu.appraisal.entity.AppraisalAction.RETURN;
import static cn.bangfu.appraisal.entity.AppraisalAction.REVIEW;
import static cn.bangfu.appraisal.entity.AppraisalAction.SCORE;
import static cn.bangfu.appraisal.entity.AppraisalAction.SELF_ASSESS;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.AFTER_DEADLINE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.AFTER_PUBLICITY;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.A2_NOTE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.BEFORE_DEADLINE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.C_NOTE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.LATER;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.LI;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.NOW;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.OFFICE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.OTHER_UNIT;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.PUBLICISED_ON;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.PUBLICITY_ENDS;
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
import static cn.bangfu.appraisal.entity.AppraisalFixtures.scoreCells;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.scored;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.selfAssessed;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.selfFilled;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.appraisal.control.CompiledScheme;
import cn.bangfu.appraisal.control.FrozenFigures;
import cn.bangfu.appraisal.control.Metric;
import cn.bangfu.appraisal.control.SourceRef;
import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.StateRefusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * An appraisal form's own rules (DESIGN §6), as 平江县工业和信息化局's form of 2026 lives them ({@link AppraisalFixtures}): who
 * may take which step in which state, four eyes between scoring and reviewing, the self-assessment deadline and the
 * publicity; which cells whom may write, with which points and notes; the totals with the bonus cap and the points
 * deducted; what a computation freezes; an appeal's rescore. Every refusal is checked as the user gets it: a 409 naming
 * the state and the caller's steps, or a 400 on the field, and its words in English where they carry the rule.
 */
class AppraisalTest {

    // --- helpers ----------------------------------------------------------------------------------------------

    /** A refused step or cell: a 409 with the form's state and the steps the caller may take instead. */
    private static AppraisalRefusedException refused(Executable step, AppraisalState state, List<AppraisalAction> allowed, String key) {
        AppraisalRefusedException e = assertThrows(AppraisalRefusedException.class, step);
        assertInstanceOf(ConflictException.class, e, "a 409");
        assertInstanceOf(StateRefusal.class, e, "with state and allowed in the problem document");
        assertEquals(1, e.errors().size(), e.errors()::toString);
        assertEquals(key, e.errors().get(0).messageKey(), e.errors()::toString);
        assertEquals(state.name(), e.state(), "the state named");
        assertEquals(allowed.stream().map(Enum::name).toList(), e.allowed(), "the caller's steps named");
        return e;
    }

    /** Bad input: a 400 (not a 409) with every field error. */
    private static List<FieldError> badInput(Executable step) {
        InvalidInputException e = assertThrows(InvalidInputException.class, step);
        assertFalse(e instanceof ConflictException, () -> "a 400, not a 409: " + e.errors());
        return e.errors();
    }

    /** What the user reads, in English. */
    private static String english(FieldError e) {
        return Messages.text(Locale.ENGLISH, e);
    }

    private static String english(InvalidInputException e) {
        return english(e.errors().get(0));
    }

    private static void assertPoints(String expected, BigDecimal actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
            return;
        }
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0, () -> what + ": expected " + expected + " but was " + actual);
    }

    private static AppraisalEvent lastEvent(Appraisal a) {
        return a.getEvents().get(a.getEvents().size() - 1);
    }

    // --- a new form -------------------------------------------------------------------------------------------

    @Test
    void aNewFormIsADraftWithABlankCellForEveryIndicatorThatScoresAndNoneForAGroup() {
        Appraisal a = form();
        assertEquals(AppraisalState.DRAFT, a.getState());
        assertSame(Fixture.GXJ, a.getUnit());
        assertEquals(SELF_ASSESS_BY, a.getSelfAssessBy());
        assertEquals(List.of("A1", "A2", "B", "C", "D"), a.getItems().stream().map(AppraisalItem::getIndicator).toList(),
                "the GROUP A sums its children and has no cell");
        for (AppraisalItem i : a.getItems()) {
            assertNull(i.getSelf(), i.getIndicator());
            assertNull(i.getScore(), i.getIndicator());
            assertFalse(i.isComputed(), i.getIndicator());
        }
        assertNull(a.getTotal(), "nothing scored yet");
        assertNull(a.getSelfTotal(), "nothing self-assessed yet");
        assertPoints("0", a.getDeducted(), "deducted");
        assertEquals(List.of(), a.getVetoCodes());
        assertNull(a.getCapGrade());
        assertNull(a.getFrozenAt());
        assertEquals(List.of(), a.getEvents());
    }

    // --- the workflow -----------------------------------------------------------------------------------------

    @Test
    void aFormGoesFromDraftToPublishedStepByStepEachStepInItsHistory() {
        Appraisal a = published();
        assertEquals(AppraisalState.PUBLISHED, a.getState());
        assertEquals(List.of("SELF_ASSESS", "COMPUTE", "SCORE", "REVIEW", "FINALISE", "PUBLICISE", "PUBLISH"),
                a.getEvents().stream().map(AppraisalEvent::getAction).toList());
        assertEquals(List.of("pj-gxj", "eval-li", "eval-li", "eval-wang", "office-zhao", "office-zhao", "office-zhao"),
                a.getEvents().stream().map(AppraisalEvent::getActor).toList());
        assertEquals("eval-li", a.getScoredBy());
        assertEquals("eval-wang", a.getReviewedBy());
        assertEquals(PUBLICITY_ENDS, a.getPublicityEnds());
        assertPoints("91.50", a.getTotal(), "total");
        assertPoints("91.50", lastEvent(a).getAfter(), "each step records the total it was taken at");
        assertTrue(a.getState().locked());
    }

    @Test
    void inDraftTheUnitMaySubmitUntilItsDeadlineAndAnEvaluatorMayScoreOnlyAfterIt() {
        Appraisal a = form();
        assertEquals(List.of(SELF_ASSESS), a.allowed(UNIT, BEFORE_DEADLINE));
        assertEquals(List.of(SELF_ASSESS), a.allowed(UNIT, SELF_ASSESS_BY), "the deadline's own day");
        assertEquals(List.of(), a.allowed(UNIT, SELF_ASSESS_BY.plusDays(1)), "the day after");
        assertEquals(List.of(), a.allowed(LI, SELF_ASSESS_BY), "the unit's time still");
        assertEquals(List.of(SCORE), a.allowed(LI, SELF_ASSESS_BY.plusDays(1)));
        assertEquals(List.of(), a.allowed(OFFICE, AFTER_DEADLINE));
        assertEquals(List.of(), a.allowed(OTHER_UNIT, BEFORE_DEADLINE), "not its form");
    }

    @Test
    void aSelfAssessedFormWaitsForAnEvaluatorOnly() {
        Appraisal a = selfAssessed();
        assertEquals(AppraisalState.SELF_ASSESSED, a.getState());
        assertEquals(List.of(), a.allowed(UNIT, BEFORE_DEADLINE), "submitted once");
        assertEquals(List.of(SCORE), a.allowed(LI, BEFORE_DEADLINE), "a submitted form may be scored before the deadline");
        assertEquals(List.of(), a.allowed(OFFICE, AFTER_DEADLINE));
    }

    @Test
    void aScoredFormIsReviewedOrReturnedByAnotherEvaluator() {
        Appraisal a = scored();
        assertEquals(List.of(REVIEW, RETURN), a.allowed(WANG, AFTER_DEADLINE));
        assertEquals(List.of(), a.allowed(LI, AFTER_DEADLINE), "four eyes: not the one who scored");
        assertEquals(List.of(), a.allowed(OFFICE, AFTER_DEADLINE), "the office returns only a reviewed form");
        assertEquals(List.of(), a.allowed(UNIT, AFTER_DEADLINE));
    }

    @Test
    void aReviewedFormIsFinalisedByTheOfficeOrReturned() {
        Appraisal a = reviewed();
        assertEquals(List.of(RETURN, FINALISE), a.allowed(OFFICE, AFTER_DEADLINE));
        assertEquals(List.of(RETURN), a.allowed(WANG, AFTER_DEADLINE));
        assertEquals(List.of(), a.allowed(LI, AFTER_DEADLINE), "the scorer does not return his own scores");
        assertEquals(List.of(), a.allowed(UNIT, AFTER_DEADLINE));
    }

    @Test
    void fromFinalisedOnOnlyTheOfficeMovesTheFormAndPublishesAfterThePublicity() {
        Appraisal f = finalised();
        assertEquals(List.of(PUBLICISE), f.allowed(OFFICE, AFTER_DEADLINE));
        for (AppraisalActor who : List.of(LI, WANG, UNIT)) {
            assertEquals(List.of(), f.allowed(who, AFTER_DEADLINE), who.login());
        }
        Appraisal p = publicised();
        assertEquals(List.of(), p.allowed(OFFICE, PUBLICITY_ENDS), "the publicity's last day");
        assertEquals(List.of(PUBLISH), p.allowed(OFFICE, PUBLICITY_ENDS.plusDays(1)));
        assertEquals(List.of(), p.allowed(WANG, AFTER_PUBLICITY));
        Appraisal done = published();
        for (AppraisalActor who : List.of(OFFICE, LI, WANG, UNIT)) {
            assertEquals(List.of(), done.allowed(who, AFTER_PUBLICITY), "published is history: " + who.login());
        }
    }

    @Test
    void aStepTheStateDoesNotAllowIsRefusedNamingTheStateAndTheCallersSteps() {
        Appraisal a = scored();
        int events = a.getEvents().size();
        AppraisalRefusedException e = refused(() -> a.act(FINALISE, WANG, null, AFTER_DEADLINE, LATER, null), AppraisalState.SCORED,
                List.of(REVIEW, RETURN), "appraisal.notAllowed");
        assertEquals("action", e.errors().get(0).field());
        assertEquals("The form is Scored: it cannot be \"Finalise\"; you may: Approve review, Return for rescoring", english(e));

        AppraisalRefusedException nothing = refused(() -> a.act(PUBLISH, OFFICE, null, AFTER_PUBLICITY, LATER, null), AppraisalState.SCORED,
                List.of(), "appraisal.notAllowed");
        assertEquals("The form is Scored: it cannot be \"Publish results\"; you may: (nothing)", english(nothing));
        refused(() -> a.act(SELF_ASSESS, UNIT, null, BEFORE_DEADLINE, LATER, null), AppraisalState.SCORED, List.of(), "appraisal.notAllowed");

        assertEquals(AppraisalState.SCORED, a.getState(), "nothing moved");
        assertEquals(events, a.getEvents().size(), "nothing in the history");
    }

    // --- self-assessment --------------------------------------------------------------------------------------

    @Test
    void onlyTheFormsOwnUnitSubmitsItsSelfAssessment() {
        for (AppraisalActor who : List.of(OTHER_UNIT, LI, OFFICE)) {
            Appraisal a = selfFilled();
            AppraisalRefusedException e = refused(() -> a.act(SELF_ASSESS, who, null, BEFORE_DEADLINE, NOW, null), AppraisalState.DRAFT, List.of(),
                    "appraisal.notYours");
            assertEquals("You may not \"Submit self-assessment\" this form", english(e), who.login());
            assertEquals(AppraisalState.DRAFT, a.getState(), who.login());
        }
    }

    @Test
    void theSelfAssessmentIsSubmittedUpToItsDeadlineDayAndNotAfter() {
        Appraisal onTime = selfFilled();
        onTime.act(SELF_ASSESS, UNIT, null, SELF_ASSESS_BY, NOW, null);
        assertEquals(AppraisalState.SELF_ASSESSED, onTime.getState());

        Appraisal late = selfFilled();
        AppraisalRefusedException e = refused(() -> late.act(SELF_ASSESS, UNIT, null, SELF_ASSESS_BY.plusDays(1), NOW, null),
                AppraisalState.DRAFT, List.of(), "appraisal.selfAssessClosed");
        assertEquals("The self-assessment closed on 2027-01-15", english(e));
        assertEquals(AppraisalState.DRAFT, late.getState());
    }

    @Test
    void submittingASelfAssessmentWithCellsLeftEmptyIsBadInputNamingEachEmptyCell() {
        Appraisal a = form();
        a.selfAssess(indicator(a, "A1"), points("28"), null, UNIT, BEFORE_DEADLINE);
        a.selfAssess(indicator(a, "A2"), points("30"), null, UNIT, BEFORE_DEADLINE);
        List<FieldError> errors = badInput(() -> a.act(SELF_ASSESS, UNIT, null, BEFORE_DEADLINE, NOW, null));
        assertEquals(List.of(FieldError.of("items[B].self", "appraisal.cellEmpty", "B"), FieldError.of("items[C].self", "appraisal.cellEmpty", "C"),
                FieldError.of("items[D].self", "appraisal.cellEmpty", "D")), errors);
        assertEquals("Indicator B has no score yet", english(errors.get(0)));
        assertEquals(AppraisalState.DRAFT, a.getState());
        assertEquals(List.of(), a.getEvents());
    }

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

    @Test
    void theSelfTotalAddsTheSelfScoresWithTheBonusesHeldTogetherToTheCap() {
        Appraisal a = selfFilled();
        assertPoints("103", a.getSelfTotal(), "28 + 30 + 40, and the bonuses 4 + 3 held to 5");
        a.selfAssess(indicator(a, "C"), points("1"), null, UNIT, BEFORE_DEADLINE);
        assertPoints("102", a.getSelfTotal(), "98 + 1 + 3: under the cap");
        assertNull(a.getTotal(), "the evaluators' total is another");
    }

    // --- scoring ----------------------------------------------------------------------------------------------

    @Test
    void anEvaluatorScoresAFormLeftInDraftOnlyOnceTheSelfAssessmentDeadlineHasPassed() {
        Appraisal a = form();
        compute(a);
        scoreCells(a, LI);
        AppraisalRefusedException e = refused(() -> a.act(SCORE, LI, null, SELF_ASSESS_BY, LATER, null), AppraisalState.DRAFT, List.of(),
                "appraisal.selfAssessOpen");
        assertEquals("The unit may self-assess until 2027-01-15; wait for its self-assessment until then", english(e));
        assertNull(a.getScoredBy());

        a.act(SCORE, LI, null, SELF_ASSESS_BY.plusDays(1), LATER, null);
        assertEquals(AppraisalState.SCORED, a.getState());
        assertEquals("eval-li", a.getScoredBy());
        assertNull(a.getSelfTotal(), "the unit never self-assessed");
    }

    @Test
    void scoresAreSubmittedOnlyOnceTheComputedIndicatorsHaveBeenComputed() {
        Appraisal a = selfAssessed();
        scoreCells(a, LI);
        ConflictException e = assertThrows(ConflictException.class, () -> a.act(SCORE, LI, null, AFTER_DEADLINE, LATER, null));
        assertEquals(List.of(FieldError.of("action", "appraisal.notComputed")), e.errors());
        assertEquals("Compute the automatic indicators before submitting the scores", english(e));
        assertEquals(AppraisalState.SELF_ASSESSED, a.getState());
        assertNull(a.getScoredBy());

        compute(a);
        a.act(SCORE, LI, null, AFTER_DEADLINE, LATER, null);
        assertEquals(AppraisalState.SCORED, a.getState());
    }

    @Test
    void submittingScoresWithACellLeftEmptyIsBadInputNamingEachEmptyCell() {
        Appraisal a = selfAssessed();
        compute(a);
        a.score(indicator(a, "A2"), points("26"), A2_NOTE, LI, AFTER_DEADLINE);
        List<FieldError> errors = badInput(() -> a.act(SCORE, LI, null, AFTER_DEADLINE, LATER, null));
        assertEquals(List.of(FieldError.of("items[C].score", "appraisal.cellEmpty", "C"), FieldError.of("items[D].score", "appraisal.cellEmpty", "D")),
                errors, "A1 and B were computed, A2 scored");
        assertEquals(AppraisalState.SELF_ASSESSED, a.getState());
        assertNull(a.getScoredBy());
    }

    @Test
    void onlyAnEvaluatorSubmitsScores() {
        for (AppraisalActor who : List.of(UNIT, OFFICE)) {
            Appraisal a = selfAssessed();
            compute(a);
            scoreCells(a, LI);
            AppraisalRefusedException e = refused(() -> a.act(SCORE, who, null, AFTER_DEADLINE, LATER, null), AppraisalState.SELF_ASSESSED,
                    List.of(), "appraisal.notYours");
            assertEquals("You may not \"Submit scores\" this form", english(e));
            assertEquals(AppraisalState.SELF_ASSESSED, a.getState());
        }
    }

    // --- four eyes, returns -----------------------------------------------------------------------------------

    @Test
    void theEvaluatorWhoScoredMayNotReviewHisOwnScores() {
        Appraisal a = scored();
        AppraisalRefusedException e = refused(() -> a.act(REVIEW, LI, null, AFTER_DEADLINE, LATER, null), AppraisalState.SCORED, List.of(),
                "appraisal.fourEyes");
        assertEquals("The review must be made by an evaluator other than the one who scored", english(e));
        assertNull(a.getReviewedBy());

        a.act(REVIEW, WANG, null, AFTER_DEADLINE, LATER, null);
        assertEquals(AppraisalState.REVIEWED, a.getState());
        assertEquals("eval-li", a.getScoredBy());
        assertEquals("eval-wang", a.getReviewedBy());
    }

    @Test
    void fourEyesHoldForAScorerWhoIsAlsoTheOffice() {
        AppraisalActor liAlsoOffice = new AppraisalActor("eval-li", false, true, true);
        Appraisal a = scored();
        AppraisalRefusedException e = assertThrows(AppraisalRefusedException.class, () -> a.act(REVIEW, liAlsoOffice, null, AFTER_DEADLINE, LATER, null));
        assertEquals("appraisal.fourEyes", e.errors().get(0).messageKey());
        assertEquals(AppraisalState.SCORED, a.getState());
        assertNull(a.getReviewedBy());
    }

    @Test
    void theScorerMayNotReturnHisOwnScores() {
        Appraisal a = scored();
        refused(() -> a.act(RETURN, LI, "请重新评分", AFTER_DEADLINE, LATER, null), AppraisalState.SCORED, List.of(), "appraisal.fourEyes");
        assertEquals(AppraisalState.SCORED, a.getState());
        assertEquals("eval-li", a.getScoredBy());
    }

    @Test
    void aScorerWhoIsAlsoTheOfficeMayNotReturnHisOwnScoresBeforeTheyAreReviewed() {
        AppraisalActor liAlsoOffice = new AppraisalActor("eval-li", false, true, true);
        Appraisal a = selfAssessed();
        compute(a);
        scoreCells(a, liAlsoOffice);
        a.act(SCORE, liAlsoOffice, null, AFTER_DEADLINE, LATER, null);
        // Neither an evaluator other than the scorer, nor the office returning a REVIEWED form.
        refused(() -> a.act(RETURN, liAlsoOffice, "请重新评分", AFTER_DEADLINE, LATER, null), AppraisalState.SCORED, List.of(), "appraisal.fourEyes");
        assertEquals(AppraisalState.SCORED, a.getState());
    }

    @Test
    void aReturnNeedsAReason() {
        Appraisal a = scored();
        for (String blank : new String[] {null, "", "  \u3000\n"}) {
            assertEquals(List.of(FieldError.of("reason", "field.required")),
                    badInput(() -> a.act(RETURN, WANG, blank, AFTER_DEADLINE, LATER, null)), "[" + blank + "]");
        }
        assertEquals(List.of(FieldError.of("reason", "field.tooLong", 1000)),
                badInput(() -> a.act(RETURN, WANG, "理".repeat(1001), AFTER_DEADLINE, LATER, null)));
        assertEquals(AppraisalState.SCORED, a.getState());
        assertEquals("eval-li", a.getScoredBy());
    }

    @Test
    void aReturnSendsTheFormBackToSelfAssessedForAnotherScoringWithItsReasonInTheHistory() {
        Appraisal a = scored();
        a.act(RETURN, WANG, "  A2 扣分理由不充分，请重新评分\n", AFTER_DEADLINE, LATER, null);
        assertEquals(AppraisalState.SELF_ASSESSED, a.getState());
        assertNull(a.getScoredBy());
        assertNull(a.getReviewedBy());
        AppraisalEvent e = lastEvent(a);
        assertEquals("RETURN", e.getAction());
        assertEquals("A2 扣分理由不充分，请重新评分", e.getReason(), "stripped");
        assertEquals("eval-wang", e.getActor());
        assertPoints("26", item(a, "A2").getScore(), "the scores stay, to be changed");

        // Scored again, by 王 this time: 李 may review now.
        a.score(indicator(a, "A2"), points("28"), "一项措施未落实", WANG, AFTER_DEADLINE);
        a.act(SCORE, WANG, null, AFTER_DEADLINE, LATER, null);
        assertEquals(List.of(REVIEW, RETURN), a.allowed(LI, AFTER_DEADLINE));
        assertEquals(List.of(), a.allowed(WANG, AFTER_DEADLINE));
        a.act(REVIEW, LI, null, AFTER_DEADLINE, LATER, null);
        assertEquals(AppraisalState.REVIEWED, a.getState());
        assertPoints("93.50", a.getTotal(), "27.50 + 28 + 36 + 2 + 0");
    }

    @Test
    void theOfficeReturnsAFormOnlyOnceItIsReviewed() {
        Appraisal s = scored();
        AppraisalRefusedException e = refused(() -> s.act(RETURN, OFFICE, "请重新评分", AFTER_DEADLINE, LATER, null), AppraisalState.SCORED,
                List.of(), "appraisal.notYours");
        assertEquals("You may not \"Return for rescoring\" this form", english(e));

        Appraisal r = reviewed();
        r.act(RETURN, OFFICE, "评分与督查通报不一致", AFTER_DEADLINE, LATER, null);
        assertEquals(AppraisalState.SELF_ASSESSED, r.getState());
        assertEquals("office-zhao", lastEvent(r).getActor());

        Appraisal byReviewer = reviewed();
        byReviewer.act(RETURN, WANG, "复核发现 A2 漏评", AFTER_DEADLINE, LATER, null);
        assertEquals(AppraisalState.SELF_ASSESSED, byReviewer.getState(), "an evaluator other than the scorer returns a reviewed form too");
    }

    // --- the office's steps, the publicity ---------------------------------------------------------------------

    @Test
    void onlyTheOfficeFinalisesPublicisesAndPublishes() {
        Appraisal r = reviewed();
        AppraisalRefusedException e = refused(() -> r.act(FINALISE, WANG, null, AFTER_DEADLINE, LATER, null), AppraisalState.REVIEWED,
                List.of(RETURN), "appraisal.notYours");
        assertEquals("You may not \"Finalise\" this form", english(e));
        refused(() -> r.act(FINALISE, UNIT, null, AFTER_DEADLINE, LATER, null), AppraisalState.REVIEWED, List.of(), "appraisal.notYours");

        Appraisal f = finalised();
        refused(() -> f.act(PUBLICISE, LI, null, PUBLICISED_ON, LATER, PUBLICITY_ENDS), AppraisalState.FINALISED, List.of(), "appraisal.notYours");
        assertNull(f.getPublicityEnds());

        Appraisal p = publicised();
        refused(() -> p.act(PUBLISH, WANG, null, AFTER_PUBLICITY, LATER, null), AppraisalState.PUBLICISED, List.of(), "appraisal.notYours");
        refused(() -> p.act(PUBLISH, UNIT, null, AFTER_PUBLICITY, LATER, null), AppraisalState.PUBLICISED, List.of(), "appraisal.notYours");
        assertEquals(AppraisalState.PUBLICISED, p.getState());
    }

    @Test
    void theResultsArePublishedOnlyAfterThePublicitysLastDay() {
        Appraisal a = publicised();
        assertEquals(PUBLICITY_ENDS, a.getPublicityEnds());
        AppraisalRefusedException e = refused(() -> a.act(PUBLISH, OFFICE, null, PUBLICITY_ENDS, LATER, null), AppraisalState.PUBLICISED, List.of(),
                "appraisal.publicityRuns");
        assertEquals("The publicity runs until 2027-01-29; results are published after it", english(e));
        assertEquals(AppraisalState.PUBLICISED, a.getState());

        a.act(PUBLISH, OFFICE, null, PUBLICITY_ENDS.plusDays(1), LATER, null);
        assertEquals(AppraisalState.PUBLISHED, a.getState());
    }

    @Test
    void appealsAreOpenWhileTheFormIsPublicisedUpToThePublicitysLastDay() {
        assertFalse(finalised().appealsOpen(PUBLICISED_ON), "not publicised yet");
        Appraisal p = publicised();
        assertTrue(p.appealsOpen(PUBLICISED_ON));
        assertTrue(p.appealsOpen(PUBLICITY_ENDS), "the last day");
        assertFalse(p.appealsOpen(PUBLICITY_ENDS.plusDays(1)), "the day after");
        assertFalse(published().appealsOpen(PUBLICITY_ENDS), "published");
    }

    // --- the evaluators' cells ----------------------------------------------------------------------------------

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

    // --- totals -----------------------------------------------------------------------------------------------

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

    // --- the computation, frozen ----------------------------------------------------------------------------------

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

    // --- an appeal's rescore ------------------------------------------------------------------------------------

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
