package cn.bangfu.appraisal.entity;

import static cn.bangfu.appraisal.entity.AppraisalAction.FINALISE;
import static cn.bangfu.appraisal.entity.AppraisalAction.PUBLICISE;
import static cn.bangfu.appraisal.entity.AppraisalAction.PUBLISH;
import static cn.bangfu.appraisal.entity.AppraisalAction.RETURN;
import static cn.bangfu.appraisal.entity.AppraisalAction.REVIEW;
import static cn.bangfu.appraisal.entity.AppraisalAction.SCORE;
import static cn.bangfu.appraisal.entity.AppraisalAction.SELF_ASSESS;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.assertPoints;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.badInput;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.english;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.lastEvent;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.refused;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.A2_NOTE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.AFTER_DEADLINE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.AFTER_PUBLICITY;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.BEFORE_DEADLINE;
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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An appraisal form's way from DRAFT to PUBLISHED (DESIGN §6), as 平江县工业和信息化局's form of 2026 goes it
 * ({@link AppraisalFixtures}): which steps whom it allows in each state; the self-assessment submitted by the form's own
 * unit up to its deadline with every cell filled; the scores submitted by an evaluator once the AUTO indicators are
 * computed and every cell is filled; the office's steps and the publicity. Every refusal is checked as the user gets it:
 * a 409 naming the state and the caller's steps, or a 400 on the field, its words in English where they carry the rule.
 */
class AppraisalWorkflowTest {

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

    // --- submitting the self-assessment -----------------------------------------------------------------------

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

    // --- submitting the scores --------------------------------------------------------------------------------

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

    // --- the office's steps, the publicity --------------------------------------------------------------------

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
}
