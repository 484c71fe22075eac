package cn.bangfu.appraisal.entity;

import static cn.bangfu.appraisal.entity.AppraisalAssertions.assertPoints;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.badInput;
import static cn.bangfu.appraisal.entity.AppraisalAssertions.english;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.LI;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.OFFICE;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.OTHER_UNIT;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.PUBLICISED_ON;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.PUBLICITY_ENDS;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.UNIT;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.WANG;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.finalised;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.item;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.points;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.publicised;
import static cn.bangfu.appraisal.entity.AppraisalFixtures.published;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Messages;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Appeals (申诉) against 平江县工业和信息化局's publicised form ({@link AppraisalFixtures}: A2 scored 26 of 30 by 李, total
 * 91.50, publicised until {@link AppraisalFixtures#PUBLICITY_ENDS}): only the unit, only during the publicity, with a
 * reason, against an indicator that scores and not while another of it waits; answered once by an evaluator with a
 * reason, upheld with a new score the form takes (its history keeps the old one) or rejected.
 */
class AppealTest {

    private static final Instant FILED = Instant.parse("2027-01-25T01:30:00Z");
    private static final Instant ANSWERED = Instant.parse("2027-01-27T06:00:00Z");
    private static final LocalDate DURING = LocalDate.of(2027, 1, 25);
    private static final String REASON = "A2 两项措施均已落实，佐证材料见附件";

    private static Appeal appeal(Appraisal form, String indicator) {
        return Appeal.file(form, indicator, REASON, UNIT, DURING, false, FILED);
    }

    private static ConflictException conflict(Executable step) {
        return assertThrows(ConflictException.class, step);
    }

    // --- filing -----------------------------------------------------------------------------------------------

    @Test
    void theUnitAppealsAnIndicatorOfItsPublicisedFormWithAReason() {
        Appraisal form = publicised();
        Appeal p = Appeal.file(form, "A2", "  " + REASON + "\n", UNIT, DURING, false, FILED);
        assertSame(form, p.getAppraisal());
        assertEquals("A2", p.getIndicator());
        assertEquals(AppealState.PENDING, p.getState());
        AppealData d = p.data();
        assertEquals("pj-gxj", d.unitCode());
        assertEquals("A2", d.indicator());
        assertEquals(REASON, d.reason(), "stripped");
        assertEquals("PENDING", d.state());
        assertEquals("pj-gxj", d.filedBy());
        assertEquals(FILED, d.filedAt());
        assertNull(d.answer());
        assertNull(d.scoreAfter());
        assertEquals(AppraisalState.PUBLICISED, form.getState(), "filing moves nothing on the form");
    }

    @Test
    void anAppealIsFiledOnlyWhileTheFormIsPublicisedUpToThePublicitysLastDay() {
        assertEquals("A2", Appeal.file(publicised(), "A2", REASON, UNIT, PUBLICISED_ON, false, FILED).getIndicator(), "the first day");
        assertEquals("A2", Appeal.file(publicised(), "A2", REASON, UNIT, PUBLICITY_ENDS, false, FILED).getIndicator(), "the last day");

        ConflictException after = conflict(() -> Appeal.file(publicised(), "A2", REASON, UNIT, PUBLICITY_ENDS.plusDays(1), false, FILED));
        assertEquals(List.of(FieldError.of("appraisal", "appraisal.appeal.closed", "2027-01-29")), after.errors());
        assertEquals("Appeals may be filed only by the unit during the publicity (until 2027-01-29)", english(after));

        assertEquals("appraisal.appeal.closed",
                conflict(() -> Appeal.file(finalised(), "A2", REASON, UNIT, PUBLICISED_ON, false, FILED)).errors().get(0).messageKey(),
                "not publicised yet");
        assertEquals("appraisal.appeal.closed",
                conflict(() -> Appeal.file(published(), "A2", REASON, UNIT, PUBLICITY_ENDS, false, FILED)).errors().get(0).messageKey(),
                "published already");
    }

    @Test
    void onlyTheFormsOwnUnitAppeals() {
        Appraisal form = publicised();
        for (AppraisalActor who : List.of(OTHER_UNIT, LI, OFFICE)) {
            ConflictException e = conflict(() -> Appeal.file(form, "A2", REASON, who, DURING, false, FILED));
            assertEquals("appraisal.appeal.closed", e.errors().get(0).messageKey(), who.login());
        }
    }

    @Test
    void anAppealNeedsAReason() {
        Appraisal form = publicised();
        for (String blank : new String[] {null, "", " \u3000 "}) {
            assertEquals(List.of(FieldError.of("reason", "field.required")),
                    badInput(() -> Appeal.file(form, "A2", blank, UNIT, DURING, false, FILED)), "[" + blank + "]");
        }
        assertEquals(List.of(FieldError.of("reason", "field.tooLong", 1000)),
                badInput(() -> Appeal.file(form, "A2", "申".repeat(1001), UNIT, DURING, false, FILED)));
    }

    @Test
    void onlyAnIndicatorThatScoresIsAppealed() {
        Appraisal form = publicised();
        assertEquals(List.of(FieldError.of("indicator", "appraisal.indicator.notScored", "A")),
                badInput(() -> Appeal.file(form, "A", REASON, UNIT, DURING, false, FILED)), "a GROUP sums its children");
        assertEquals(List.of(FieldError.of("indicator", "appraisal.indicator.notScored", "Z9")),
                badInput(() -> Appeal.file(form, "Z9", REASON, UNIT, DURING, false, FILED)), "no such indicator");
        assertEquals(List.of(FieldError.of("reason", "field.required"), FieldError.of("indicator", "appraisal.indicator.notScored", "Z9")),
                badInput(() -> Appeal.file(form, "Z9", null, UNIT, DURING, false, FILED)), "every problem at once");
        for (String code : List.of("A1", "A2", "B", "C", "D")) {
            assertEquals(code, appeal(form, code).getIndicator(), "AUTO, MANUAL, DEDUCTION and BONUS indicators are appealed");
        }
    }

    @Test
    void anIndicatorIsNotAppealedAgainWhileAnAppealOfItWaits() {
        Appraisal form = publicised();
        ConflictException e = conflict(() -> Appeal.file(form, "A2", REASON, UNIT, DURING, true, FILED));
        assertEquals(List.of(FieldError.of("indicator", "appraisal.appeal.waiting", "A2")), e.errors());
        assertEquals("An appeal of indicator A2 already waits for an answer", english(e));
    }

    // --- answering --------------------------------------------------------------------------------------------

    @Test
    void anUpheldAppealRescoresTheIndicatorAndTheFormsHistoryKeepsTheScoreBefore() {
        Appraisal form = publicised();
        Appeal p = appeal(form, "A2");
        int events = form.getEvents().size();
        p.answer(true, " 经核实，两项措施均已落实 ", points("30"), WANG, ANSWERED);

        assertEquals(AppealState.UPHELD, p.getState());
        AppealData d = p.data();
        assertEquals("UPHELD", d.state());
        assertEquals("经核实，两项措施均已落实", d.answer());
        assertEquals("eval-wang", d.answeredBy());
        assertEquals(ANSWERED, d.answeredAt());
        assertEquals(new BigDecimal("26"), d.scoreBefore(), "as people write points");
        assertEquals(new BigDecimal("30"), d.scoreAfter());

        assertPoints("30", item(form, "A2").getScore(), "the form takes the new score");
        assertPoints("95.50", form.getTotal(), "91.50 + 4");
        assertEquals(events + 1, form.getEvents().size());
        AppraisalEvent e = form.getEvents().get(events);
        assertEquals("RESCORE", e.getAction());
        assertEquals("A2", e.getIndicator());
        assertPoints("26", e.getBefore(), "before");
        assertPoints("30", e.getAfter(), "after");
        assertEquals("经核实，两项措施均已落实", e.getReason());
        assertEquals("eval-wang", e.getActor());
        assertEquals(ANSWERED, e.getAt());
    }

    @Test
    void aRejectedAppealKeepsTheScore() {
        Appraisal form = publicised();
        Appeal p = appeal(form, "A2");
        int events = form.getEvents().size();
        p.answer(false, "佐证材料不能证明第二项措施已落实", null, LI, ANSWERED);
        assertEquals(AppealState.REJECTED, p.getState());
        AppealData d = p.data();
        assertEquals("REJECTED", d.state());
        assertEquals("佐证材料不能证明第二项措施已落实", d.answer());
        assertEquals("eval-li", d.answeredBy());
        assertEquals(new BigDecimal("26"), d.scoreBefore());
        assertEquals(new BigDecimal("26"), d.scoreAfter(), "unchanged");
        assertPoints("26", item(form, "A2").getScore(), "A2");
        assertPoints("91.50", form.getTotal(), "total");
        assertEquals(events, form.getEvents().size(), "no rescore in the history");
    }

    @Test
    void aRejectionIgnoresAScoreSentWithIt() {
        Appraisal form = publicised();
        Appeal p = appeal(form, "A2");
        p.answer(false, "不成立", points("30"), LI, ANSWERED);
        assertPoints("26", item(form, "A2").getScore(), "A2");
        assertPoints("91.50", form.getTotal(), "total");
    }

    @Test
    void onlyAnEvaluatorAnswers() {
        Appraisal form = publicised();
        Appeal p = appeal(form, "A2");
        for (AppraisalActor who : List.of(UNIT, OFFICE, OTHER_UNIT)) {
            ConflictException e = conflict(() -> p.answer(true, "成立", points("30"), who, ANSWERED));
            assertEquals(List.of(FieldError.of("appeal", "appraisal.appeal.notYours")), e.errors(), who.login());
            assertEquals("Only evaluation officers answer appeals", english(e));
        }
        assertEquals(AppealState.PENDING, p.getState());
        assertPoints("26", item(form, "A2").getScore(), "A2");
    }

    @Test
    void anAnswerNeedsAReasonAndAnUpheldOneANewScore() {
        Appraisal form = publicised();
        Appeal p = appeal(form, "A2");
        assertEquals(List.of(FieldError.of("reason", "field.required")), badInput(() -> p.answer(false, "  ", null, LI, ANSWERED)));
        assertEquals(List.of(FieldError.of("reason", "field.required"), FieldError.of("score", "field.required")),
                badInput(() -> p.answer(true, null, null, LI, ANSWERED)));
        assertEquals(List.of(FieldError.of("score", "field.required")), badInput(() -> p.answer(true, "成立", null, LI, ANSWERED)));
        assertEquals(AppealState.PENDING, p.getState());
        assertPoints("26", item(form, "A2").getScore(), "A2");
    }

    @Test
    void anUpheldScoreIsCheckedAsAnyScoreOfThatIndicator() {
        Appraisal form = publicised();
        Appeal p = appeal(form, "A2");
        int events = form.getEvents().size();
        List<FieldError> errors = badInput(() -> p.answer(true, "成立", points("31"), LI, ANSWERED));
        assertEquals("score", errors.get(0).field());
        assertEquals("The score must be between 0 and 30, with at most two decimals", Messages.text(Locale.ENGLISH, errors.get(0)));
        assertEquals(AppealState.PENDING, p.getState(), "still waiting");
        assertPoints("26", item(form, "A2").getScore(), "A2");
        assertEquals(events, form.getEvents().size());

        Appeal bonus = appeal(form, "D");
        bonus.answer(true, "补充认定：受市委通报表扬", points("3"), LI, ANSWERED);
        assertPoints("3", item(form, "D").getScore(), "a bonus granted on appeal, its reason the note");
        assertPoints("94.50", form.getTotal(), "89.50 + C 2 + D 3");
    }

    @Test
    void anAppealIsAnsweredOnce() {
        Appraisal form = publicised();
        Appeal p = appeal(form, "A2");
        p.answer(true, "成立", points("28"), WANG, ANSWERED);
        ConflictException again = conflict(() -> p.answer(true, "再次复核", points("30"), LI, ANSWERED.plusSeconds(60)));
        assertEquals("appraisal.appeal.answered", again.errors().get(0).messageKey());
        assertEquals("This appeal was answered already (Upheld)", english(again));
        assertEquals(AppealState.UPHELD, p.getState());
        assertEquals("eval-wang", p.data().answeredBy());
        assertPoints("28", item(form, "A2").getScore(), "the first answer's score");

        Appeal q = appeal(form, "C");
        q.answer(false, "不成立", null, LI, ANSWERED);
        assertEquals("This appeal was answered already (Rejected)",
                english(conflict(() -> q.answer(true, "改判", points("4"), LI, ANSWERED))));
        assertPoints("2", item(form, "C").getScore(), "C");
    }

    @Test
    void aNewAppealOfAnAnsweredIndicatorRescoresFromTheScoreTheLastAnswerLeft() {
        Appraisal form = publicised();
        appeal(form, "A2").answer(true, "部分成立", points("28"), WANG, ANSWERED);
        Appeal second = appeal(form, "A2");
        second.answer(true, "补充材料后成立", points("30"), WANG, ANSWERED.plusSeconds(3600));
        assertEquals(new BigDecimal("28"), second.data().scoreBefore());
        assertEquals(List.of("RESCORE", "RESCORE"), form.getEvents().stream().map(AppraisalEvent::getAction).filter("RESCORE"::equals).toList());
        assertPoints("95.50", form.getTotal(), "total");
    }
}
