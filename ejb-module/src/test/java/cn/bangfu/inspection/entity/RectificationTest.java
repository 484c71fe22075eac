package cn.bangfu.inspection.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.ledger.entity.DayKind;
import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.StateRefusal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * A rectification's own rules, as a unit of 平江县 lives them after the June round: it is sent with a deadline on a working
 * day after today or a number of working days (one of the two, at most 120), the unit submits what it did with a note, an
 * inspector of the round accepts it or sends it back with a reason under the same deadline, and once accepted nothing
 * moves it again. Every step asked of the wrong person or in the wrong state is a 409 that names the state and what is
 * allowed. Open past its deadline it is RED, as a problem is; YELLOW with three working days or fewer left; a submitted
 * one waits for an inspector and has no light (never RED), nor has a closed one.
 */
class RectificationTest {

    /** Monday, 15 June 2026: the visit was on Friday the 12th. */
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate VISIT_DAY = LocalDate.of(2026, 6, 12);
    private static final Instant NOW = Instant.parse("2026-06-15T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-06-16T03:00:00Z");
    private static final WorkCalendar PLAIN = WorkCalendar.plainWeek();
    /** 端午节 2026: Friday 19 June off; a made-up working Sunday, 28 June (调休上班), to show a weekend day can be one. */
    private static final LocalDate DRAGON_BOAT = LocalDate.of(2026, 6, 19);
    private static final LocalDate WORKED_SUNDAY = LocalDate.of(2026, 6, 28);
    private static final WorkCalendar HOLIDAYS = WorkCalendar.of(Map.of(DRAGON_BOAT, DayKind.HOLIDAY, WORKED_SUNDAY, DayKind.WORKDAY));

    private static Finding finding() {
        InspectionRound round = new InspectionRound(Fixture.threeToOne(), RoundData.draft("2026年6月专项督查", LocalDate.of(2026, 6, 8),
                LocalDate.of(2026, 6, 19), null), "office", NOW);
        round.publish(NOW);
        InspectionVisit visit = InspectionVisit.ofTarget(round, Fixture.SHOES);
        visit.schedule(new InspectionTeam(round), VISIT_DAY, false);
        return Finding.file(visit, "NO_PLAN", Severity.MAJOR, "未制定帮扶方案", Fixture.GXJ, "inspector-czj", NOW, TODAY);
    }

    private static Rectification inDays(int workingDays) {
        return Rectification.issue(finding(), null, workingDays, PLAIN, "inspector-czj", NOW, TODAY);
    }

    private static Rectification due(LocalDate deadline, WorkCalendar calendar) {
        return Rectification.issue(finding(), deadline, null, calendar, "inspector-czj", NOW, TODAY);
    }

    private static Rectification submitted() {
        Rectification r = inDays(5);
        r.submit(true, false, "已制定帮扶方案并报帮扶办备案", "pj-gxj", NOW);
        return r;
    }

    private static Rectification closed() {
        Rectification r = submitted();
        r.accept(false, true, "inspector-czj", LATER);
        return r;
    }

    private static FieldError only(Executable step) {
        InvalidInputException e = assertThrows(InvalidInputException.class, step);
        assertFalse(e instanceof ConflictException, () -> "a 400, not a 409: " + e.errors());
        assertEquals(1, e.errors().size(), e.errors()::toString);
        return e.errors().get(0);
    }

    /** The 409 of a refused step: its state and the steps allowed, as the problem+json shows them. */
    private static void refused(Executable step, RectificationState state, List<String> allowed) {
        RectificationRefusedException e = assertThrows(RectificationRefusedException.class, step);
        assertInstanceOf(ConflictException.class, e, "a 409");
        assertInstanceOf(StateRefusal.class, e, "with state and allowed in the problem document");
        assertEquals(state.name(), e.state());
        assertEquals(allowed, e.allowed());
        assertEquals("action", e.errors().get(0).field());
        assertEquals("inspection.rectification.notAllowed", e.errors().get(0).messageKey());
    }

    // --- issue: deadline or working days ---------------------------------------------------------------

    @Test
    void sentToTheFindingsUnitDueAfterWorkingDaysCountedFromToday() {
        Finding f = finding();
        Rectification r = Rectification.issue(f, null, 5, PLAIN, "inspector-czj", NOW, TODAY);
        assertSame(f, r.getFinding());
        assertSame(Fixture.GXJ, r.getUnit(), "the finding's responsible unit");
        assertEquals(LocalDate.of(2026, 6, 22), r.getDeadline(), "Monday + 5 working days is the next Monday");
        assertEquals(RectificationState.OPEN, r.getState());
        assertEquals("inspector-czj", r.getIssuedBy());
        assertEquals(NOW, r.getIssuedAt());
        assertEquals(0, r.getRejections());
        assertNull(r.getSubmittedAt());
        assertNull(r.getClosedAt());
        RectificationEvent issued = r.issued();
        assertEquals(RectificationAction.ISSUE, issued.getAction());
        assertEquals("inspector-czj", issued.getActor());
        assertEquals(NOW, issued.getAt());
        assertSame(r, issued.getRectification());

        assertEquals(LocalDate.of(2026, 6, 23), Rectification.issue(finding(), null, 5, HOLIDAYS, "office", NOW, TODAY).getDeadline(),
                "端午 does not count");
        assertEquals(LocalDate.of(2026, 6, 16), inDays(1).getDeadline(), "one working day: tomorrow");
        assertEquals(PLAIN.plusWorkingDays(TODAY, 120), inDays(120).getDeadline(), "120 working days at most");
    }

    @Test
    void workingDaysOutsideOneTo120AreRefused() {
        for (int days : new int[] {0, -1, 121, Integer.MAX_VALUE}) {
            FieldError e = only(() -> inDays(days));
            assertEquals(FieldError.of("workingDays", "field.range", 1, Rectification.MAX_WORKING_DAYS), e, "" + days);
        }
    }

    @Test
    void exactlyOneOfDeadlineAndWorkingDays() {
        FieldError neither = only(() -> Rectification.issue(finding(), null, null, PLAIN, "office", NOW, TODAY));
        assertEquals(FieldError.of("deadline", "inspection.rectification.deadlineOrDays"), neither);
        FieldError both = only(() -> Rectification.issue(finding(), LocalDate.of(2026, 6, 30), 5, PLAIN, "office", NOW, TODAY));
        assertEquals(FieldError.of("deadline", "inspection.rectification.deadlineOrDays"), both);
    }

    @Test
    void aDeadlineIsAWorkingDayAfterTodayAndAtMost120WorkingDaysAway() {
        Rectification tomorrow = due(TODAY.plusDays(1), PLAIN);
        assertEquals(TODAY.plusDays(1), tomorrow.getDeadline());
        assertEquals(RectificationState.OPEN, tomorrow.getState());

        for (LocalDate day : List.of(TODAY, TODAY.minusDays(1), VISIT_DAY, LocalDate.of(2025, 12, 31))) {
            FieldError e = only(() -> due(day, PLAIN));
            assertEquals(FieldError.of("deadline", "inspection.rectification.deadline", TODAY.toString(), Rectification.MAX_WORKING_DAYS), e,
                    "today or before: " + day);
        }
        LocalDate last = PLAIN.plusWorkingDays(TODAY, 120);
        assertEquals(last, due(last, PLAIN).getDeadline(), "the 120th working day");
        LocalDate tooFar = PLAIN.plusWorkingDays(TODAY, 121);
        assertEquals("inspection.rectification.deadline", only(() -> due(tooFar, PLAIN)).messageKey(), "the 121st");

        LocalDate saturday = LocalDate.of(2026, 6, 20);
        assertEquals(FieldError.of("deadline", "inspection.rectification.notWorkingDay", saturday.toString()), only(() -> due(saturday, PLAIN)));
        assertEquals(FieldError.of("deadline", "inspection.rectification.notWorkingDay", DRAGON_BOAT.toString()),
                only(() -> due(DRAGON_BOAT, HOLIDAYS)), "a public holiday on a Friday");
        assertEquals(DRAGON_BOAT, due(DRAGON_BOAT, PLAIN).getDeadline(), "a plain Friday otherwise");
        assertEquals(WORKED_SUNDAY, due(WORKED_SUNDAY, HOLIDAYS).getDeadline(), "a Sunday worked instead (调休) is a working day");
        assertEquals("inspection.rectification.notWorkingDay", only(() -> due(WORKED_SUNDAY, PLAIN)).messageKey());
    }

    // --- who may do what, in which state -------------------------------------------------------------------

    @Test
    void theStatesOwnTheirSteps() {
        assertEquals(List.of(RectificationAction.SUBMIT), RectificationState.OPEN.actions(true, false));
        assertEquals(List.of(RectificationAction.SUBMIT), RectificationState.OPEN.actions(true, true));
        assertEquals(List.of(), RectificationState.OPEN.actions(false, true), "nothing for an inspector while the unit works");
        assertEquals(List.of(), RectificationState.OPEN.actions(false, false));
        assertEquals(List.of(RectificationAction.ACCEPT, RectificationAction.REJECT), RectificationState.SUBMITTED.actions(false, true));
        assertEquals(List.of(RectificationAction.ACCEPT, RectificationAction.REJECT), RectificationState.SUBMITTED.actions(true, true));
        assertEquals(List.of(), RectificationState.SUBMITTED.actions(true, false), "the unit waits");
        assertEquals(List.of(), RectificationState.SUBMITTED.actions(false, false));
        for (boolean unit : new boolean[] {true, false}) {
            for (boolean inspector : new boolean[] {true, false}) {
                assertEquals(List.of(), RectificationState.CLOSED.actions(unit, inspector), "closed is history");
            }
        }
        assertNull(RectificationAction.requested("ISSUE"), "issuing is no event");
        assertNull(RectificationAction.requested(null));
        assertEquals(RectificationAction.REJECT, RectificationAction.requested("REJECT"));
    }

    @Test
    void theUnitSubmitsAnOpenOneWithANote() {
        Rectification r = inDays(5);
        RectificationEvent e = r.submit(true, false, "  已制定帮扶方案并报帮扶办备案\n", "pj-gxj", LATER);
        assertEquals(RectificationState.SUBMITTED, r.getState());
        assertEquals(LATER, r.getSubmittedAt());
        assertNull(r.getClosedAt());
        assertEquals(RectificationAction.SUBMIT, e.getAction());
        assertEquals("已制定帮扶方案并报帮扶办备案", e.getNote(), "stripped");
        assertEquals("pj-gxj", e.getActor());
        assertEquals(LATER, e.getAt());
        assertEquals(new RectificationEventData("SUBMIT", "已制定帮扶方案并报帮扶办备案", "pj-gxj", LATER), e.data());
    }

    @Test
    void onlyTheUnitSubmitsAndOnlyWhileOpen() {
        Rectification open = inDays(5);
        refused(() -> open.submit(false, false, "我们已整改", "inspector-czj", NOW), RectificationState.OPEN, List.of());
        refused(() -> open.accept(false, true, "inspector-czj", NOW), RectificationState.OPEN, List.of());
        refused(() -> open.reject(false, true, "不合格", "inspector-czj", NOW), RectificationState.OPEN, List.of());
        refused(() -> open.accept(false, false, "office", NOW), RectificationState.OPEN, List.of());
        refused(() -> open.reject(false, false, "不合格", "office", NOW), RectificationState.OPEN, List.of());
        assertEquals(RectificationState.OPEN, open.getState(), "a refused step changes nothing");

        Rectification waiting = submitted();
        refused(() -> waiting.submit(true, false, "再次提交", "pj-gxj", NOW), RectificationState.SUBMITTED, List.of());
        refused(() -> waiting.submit(false, false, "再次提交", "office", NOW), RectificationState.SUBMITTED, List.of());
        assertEquals(RectificationState.SUBMITTED, waiting.getState());
    }

    @Test
    void aRefusalNamesWhatThatCallerMayDoInstead() {
        Rectification open = inDays(5);
        refused(() -> open.accept(true, false, "pj-gxj", NOW), RectificationState.OPEN, List.of("SUBMIT"));
        Rectification waiting = submitted();
        refused(() -> waiting.submit(false, true, "代为提交", "inspector-czj", NOW), RectificationState.SUBMITTED, List.of("ACCEPT", "REJECT"));
        assertEquals(RectificationState.SUBMITTED, waiting.getState());
    }

    @Test
    void onlyAnInspectorOfTheRoundVerifiesASubmittedOne() {
        Rectification r = submitted();
        refused(() -> r.accept(false, false, "office", NOW), RectificationState.SUBMITTED, List.of());
        refused(() -> r.reject(false, false, "不合格", "pj-gxj", NOW), RectificationState.SUBMITTED, List.of());
        assertEquals(RectificationState.SUBMITTED, r.getState());

        RectificationEvent accepted = r.accept(false, true, "inspector-czj", LATER);
        assertEquals(RectificationState.CLOSED, r.getState());
        assertEquals(LATER, r.getClosedAt());
        assertEquals(RectificationAction.ACCEPT, accepted.getAction());
        assertNull(accepted.getNote());
        assertEquals("inspector-czj", accepted.getActor());
    }

    @Test
    void aRejectedOneGoesBackToTheUnitUnderTheSameDeadline() {
        Rectification r = submitted();
        LocalDate deadline = r.getDeadline();
        RectificationEvent rejected = r.reject(false, true, " 方案未经单位党组审定 ", "inspector-czj", LATER);
        assertEquals(RectificationState.OPEN, r.getState());
        assertEquals(1, r.getRejections());
        assertNull(r.getSubmittedAt(), "no longer submitted");
        assertEquals(deadline, r.getDeadline(), "the deadline stays");
        assertEquals(RectificationAction.REJECT, rejected.getAction());
        assertEquals("方案未经单位党组审定", rejected.getNote());
        refused(() -> r.accept(false, true, "inspector-czj", LATER), RectificationState.OPEN, List.of());

        r.submit(true, false, "方案已经党组会审定", "pj-gxj", LATER);
        r.reject(false, true, "佐证材料不全", "inspector-czj", LATER);
        assertEquals(2, r.getRejections(), "counted every time");
        r.submit(true, false, "补充了会议纪要", "pj-gxj", LATER);
        r.accept(false, true, "inspector-czj", LATER);
        assertEquals(RectificationState.CLOSED, r.getState());
        assertEquals(2, r.getRejections());
    }

    @Test
    void closedIsHistory() {
        Rectification r = closed();
        Instant closedAt = r.getClosedAt();
        refused(() -> r.submit(true, false, "再次提交", "pj-gxj", NOW), RectificationState.CLOSED, List.of());
        refused(() -> r.accept(false, true, "inspector-czj", NOW), RectificationState.CLOSED, List.of());
        refused(() -> r.reject(false, true, "重新检查", "inspector-czj", NOW), RectificationState.CLOSED, List.of());
        refused(() -> r.reject(false, false, "重新检查", "office", NOW), RectificationState.CLOSED, List.of());
        assertEquals(RectificationState.CLOSED, r.getState());
        assertEquals(closedAt, r.getClosedAt());
        assertEquals(0, r.getRejections());
    }

    // --- the note and the reason ----------------------------------------------------------------------------

    @Test
    void aNoteIsRequiredAndAtMost2000Characters() {
        for (String blank : new String[] {null, "", "   \n\t"}) {
            Rectification r = inDays(5);
            assertEquals(FieldError.of("note", "field.required"), only(() -> r.submit(true, false, blank, "pj-gxj", NOW)), "[" + blank + "]");
            assertEquals(RectificationState.OPEN, r.getState(), "not submitted without a note");
            assertNull(r.getSubmittedAt());
        }
        Rectification r = inDays(5);
        assertEquals(FieldError.of("note", "field.tooLong", Rectification.NOTE_MAX), only(() -> r.submit(true, false, "整".repeat(2001), "pj-gxj", NOW)));
        assertEquals(RectificationState.OPEN, r.getState());
        r.submit(true, false, "整".repeat(2000), "pj-gxj", NOW);
        assertEquals(RectificationState.SUBMITTED, r.getState(), "2000 characters are fine");

        Rectification wide = inDays(5);
        wide.submit(true, false, "𠀀".repeat(2000), "pj-gxj", NOW);
        assertEquals(RectificationState.SUBMITTED, wide.getState(), "characters, not UTF-16 units: 2000 CJK Extension B characters");
    }

    @Test
    void aReasonIsRequiredAndAtMost2000Characters() {
        for (String blank : new String[] {null, "", "  "}) {
            Rectification r = submitted();
            assertEquals(FieldError.of("reason", "field.required"), only(() -> r.reject(false, true, blank, "inspector-czj", NOW)));
            assertEquals(RectificationState.SUBMITTED, r.getState(), "not sent back without a reason");
            assertEquals(0, r.getRejections());
        }
        Rectification r = submitted();
        assertEquals(FieldError.of("reason", "field.tooLong", Rectification.NOTE_MAX),
                only(() -> r.reject(false, true, "退".repeat(2001), "inspector-czj", NOW)));
        assertEquals(0, r.getRejections());
        r.reject(false, true, "退".repeat(2000), "inspector-czj", NOW);
        assertEquals(1, r.getRejections());
    }

    @Test
    void whoMayComesBeforeWhatIsSent() {
        refused(() -> inDays(5).submit(false, false, null, "inspector-czj", NOW), RectificationState.OPEN, List.of());
        refused(() -> inDays(5).reject(false, true, null, "inspector-czj", NOW), RectificationState.OPEN, List.of());
    }

    // --- overdue and the light ------------------------------------------------------------------------------

    @Test
    void openPastItsDeadlineIsOverdueAndRed() {
        Rectification r = inDays(5);
        LocalDate deadline = LocalDate.of(2026, 6, 22);
        assertEquals(deadline, r.getDeadline());
        assertFalse(r.overdue(TODAY));
        assertEquals(Light.GREEN, r.light(PLAIN, TODAY), "five working days left");
        assertEquals(Light.GREEN, r.light(PLAIN, LocalDate.of(2026, 6, 16)), "four left");
        assertEquals(Light.YELLOW, r.light(PLAIN, LocalDate.of(2026, 6, 17)), "three left");
        assertEquals(Light.YELLOW, r.light(PLAIN, LocalDate.of(2026, 6, 20)), "a Saturday, one left");
        assertFalse(r.overdue(deadline), "due today is not late");
        assertEquals(Light.YELLOW, r.light(PLAIN, deadline));
        assertTrue(r.overdue(deadline.plusDays(1)));
        assertEquals(Light.RED, r.light(PLAIN, deadline.plusDays(1)));
        assertEquals(Light.RED, r.light(PLAIN, deadline.plusDays(30)));
    }

    @Test
    void theYellowDaysAreWorkingDays() {
        Rectification r = due(LocalDate.of(2026, 6, 23), PLAIN);
        LocalDate wednesday = LocalDate.of(2026, 6, 17);
        assertEquals(Light.GREEN, r.light(PLAIN, wednesday), "18, 19, 22, 23: four working days left");
        assertEquals(Light.YELLOW, r.light(HOLIDAYS, wednesday), "端午 off: 18, 22, 23, three left");
    }

    @Test
    void aSubmittedOneWaitsForAnInspectorAndIsNeverRed() {
        Rectification r = submitted();
        LocalDate late = r.getDeadline().plusDays(3);
        assertFalse(r.overdue(late), "the unit did its part");
        assertNull(r.light(PLAIN, late), "no light while it waits for an inspector: not RED");
        assertNull(r.light(PLAIN, r.getDeadline().minusDays(1)), "nor YELLOW: nothing left for the unit to do");

        r.reject(false, true, "现场核查未整改到位", "inspector-czj", NOW);
        assertTrue(r.overdue(late), "sent back: late again under the same deadline");
        assertEquals(Light.RED, r.light(PLAIN, late));
    }

    @Test
    void aClosedOneHasNoLightAndIsNeverOverdue() {
        Rectification r = closed();
        LocalDate late = r.getDeadline().plusDays(10);
        assertNull(r.light(PLAIN, late));
        assertNull(r.light(PLAIN, TODAY));
        assertFalse(r.overdue(late));
    }

    @Test
    void aFindingSendsOneRectificationOnly() {
        Rectification.requireNone(null);
        Rectification existing = Fixture.id(inDays(5));
        ConflictException e = assertThrows(ConflictException.class, () -> Rectification.requireNone(existing));
        assertEquals(FieldError.of("rectification", "inspection.rectification.exists", existing.getId()), e.errors().get(0));
    }
}
