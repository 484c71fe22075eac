package cn.bangfu.appraisal.entity;

import static cn.bangfu.appraisal.entity.AppraisalAction.RETURN;
import static cn.bangfu.appraisal.entity.AppraisalAction.REVIEW;
import static cn.bangfu.appraisal.entity.AppraisalAction.SCORE;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.assertPoints;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.badInput;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.english;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.lastEvent;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.refused;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.AFTER_DEADLINE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.LATER;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.LI;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.OFFICE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.WANG;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.compute;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.form;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.indicator;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.item;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.points;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.reviewed;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.scoreCells;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.scored;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.selfAssessed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.bangfu.platform.entity.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four eyes between scoring and reviewing 平江县工业和信息化局's form ({@link AppraisalFixtures}, scored by 李): the review
 * and a return are another evaluator's, also when the scorer is the office too; the office returns a form only once it is
 * reviewed; a return needs a reason, which the history keeps, and sends the form back to be scored again.
 */
class AppraisalReviewTest {

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
}
