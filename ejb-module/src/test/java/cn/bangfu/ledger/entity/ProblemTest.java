package cn.bangfu.ledger.entity;

import static cn.bangfu.ledger.entity.Ledger.CALENDAR;
import static cn.bangfu.ledger.entity.Ledger.ENTERPRISE;
import static cn.bangfu.ledger.entity.Ledger.FGJ;
import static cn.bangfu.ledger.entity.Ledger.GXJ;
import static cn.bangfu.ledger.entity.Ledger.LEADER;
import static cn.bangfu.ledger.entity.Ledger.LEVELS;
import static cn.bangfu.ledger.entity.Ledger.OFFICE;
import static cn.bangfu.ledger.entity.Ledger.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.platform.entity.InvalidInputException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A problem's life as the ledger records it: registered by the enterprise, routed by the office before the Spring
 * Festival of 2026, accepted late, paused, extended, resolved, rated 不满意, reopened, resolved again and closed; then
 * every action in every state, and who may take it.
 */
class ProblemTest {

    private static final LocalDate FRIDAY_BEFORE_SPRING_FESTIVAL = LocalDate.of(2026, 2, 13);

    @Test
    void theStoryOfAProblemFromRegistrationToClosure() {
        Problem p = Ledger.registered(LocalDate.of(2026, 2, 10), Difficulty.ORDINARY);
        assertEquals(ProblemState.REGISTERED, p.getState());
        assertEquals(202602, p.getRaisedMonth());
        assertEquals(List.of(ProblemAction.ROUTE, ProblemAction.ESCALATE, ProblemAction.WITHDRAW), p.actions(OFFICE));
        assertEquals(List.of(), p.actions(GXJ), "not routed yet: the unit has nothing to do");
        assertNull(p.light(CALENDAR, FRIDAY_BEFORE_SPRING_FESTIVAL), "no light before it is routed");

        ProblemEvent routed = p.route(OFFICE, Fixture.GXJ, List.of(Fixture.FGJ, Fixture.SWJ, Fixture.GXJ), LEVELS, CALENDAR,
                at(FRIDAY_BEFORE_SPRING_FESTIVAL), FRIDAY_BEFORE_SPRING_FESTIVAL);
        assertEquals(ProblemState.REGISTERED, routed.getFrom());
        assertEquals(ProblemState.ROUTED, routed.getTo());
        assertEquals("平江县工业和信息化局 + 平江县发展和改革局, 平江县商务局", routed.getNote(), "the units routed to, by name");
        assertEquals(Set.of(Fixture.FGJ, Fixture.SWJ), p.getAssistingUnits(), "the responsible unit does not assist itself");
        assertEquals(LocalDate.of(2026, 2, 14), p.getAcceptBy(), "one working day: the Saturday worked before the holiday");
        assertEquals(LocalDate.of(2026, 3, 12), p.getDeadline().inForce(), "15 working days, the nine days off not counted");
        assertEquals(Light.GREEN, p.light(CALENDAR, FRIDAY_BEFORE_SPRING_FESTIVAL));
        assertEquals(Light.RED, p.light(CALENDAR, LocalDate.of(2026, 2, 24)), "not accepted by 14 February: red");

        p.accept(GXJ, at(LocalDate.of(2026, 2, 24)), LocalDate.of(2026, 2, 24));
        assertEquals(Light.GREEN, p.light(CALENDAR, LocalDate.of(2026, 2, 24)), "accepted: its deadline is far");
        assertEquals(Light.YELLOW, p.light(CALENDAR, LocalDate.of(2026, 3, 9)), "three working days left");
        assertEquals(3, p.workingDaysLeft(CALENDAR, LocalDate.of(2026, 3, 9)));
        assertEquals(Light.GREEN, p.light(CALENDAR, LocalDate.of(2026, 3, 6)), "four working days left");

        p.pause(GXJ, "等待企业补充抵押材料", CALENDAR, at(LocalDate.of(2026, 3, 2)), LocalDate.of(2026, 3, 2));
        assertEquals(ProblemState.PAUSED, p.getState());
        assertEquals(Light.GREEN, p.light(CALENDAR, LocalDate.of(2026, 3, 20)), "the clock stands still while paused");
        assertEquals(List.of(ProblemAction.RESUME), p.actions(GXJ));
        ProblemEvent resumed = p.resume(GXJ, CALENDAR, at(LocalDate.of(2026, 3, 4)), LocalDate.of(2026, 3, 4));
        assertEquals(ProblemState.ACCEPTED, resumed.getTo());
        assertEquals(LocalDate.of(2026, 3, 16), p.getDeadline().inForce(), "two working days paused, two later");
        assertEquals(LocalDate.of(2026, 3, 16), p.getDeadline().original(), "the original deadline moves with the pause too");

        p.requestExtension(GXJ, LocalDate.of(2026, 4, 30), "需上级银行审批", at(LocalDate.of(2026, 3, 10)), LocalDate.of(2026, 3, 10));
        assertTrue(p.actions(OFFICE).containsAll(List.of(ProblemAction.APPROVE_EXTENSION, ProblemAction.REJECT_EXTENSION)));
        assertFalse(p.actions(GXJ).contains(ProblemAction.REQUEST_EXTENSION), "one request at a time");
        p.approveExtension(OFFICE, CALENDAR, at(LocalDate.of(2026, 3, 11)), LocalDate.of(2026, 3, 11));
        assertEquals(LocalDate.of(2026, 4, 30), p.getDeadline().inForce());
        assertEquals(LocalDate.of(2026, 3, 16), p.getDeadline().original(), "the original deadline is kept");
        assertTrue(p.isExtended());

        ProblemEvent resolved = p.resolve(GXJ, "已协调县农商行办理展期一年", at(LocalDate.of(2026, 4, 1)), LocalDate.of(2026, 4, 1));
        assertEquals(ProblemState.RESOLVED, resolved.getTo());
        assertTrue(p.getOnTime(), "on time against the extended deadline");
        assertFalse(p.getOnTimeOriginal(), "late against the original one");
        assertNull(p.light(CALENDAR, LocalDate.of(2026, 4, 2)), "no light once resolved");

        p.rate(ENTERPRISE, Rating.DISSATISFIED, "只展期半年", at(LocalDate.of(2026, 4, 2)), LocalDate.of(2026, 4, 2));
        assertEquals(List.of(), p.actions(ENTERPRISE), "rated once per resolution");
        ProblemEvent reopened = p.reopen(OFFICE, "企业反映只展期半年", at(LocalDate.of(2026, 4, 3)));
        assertEquals(ProblemState.REOPENED, reopened.getTo());
        assertNull(p.getOnTime());
        assertTrue(p.actions(GXJ).contains(ProblemAction.RESOLVE), "the unit's again");

        p.resolve(GXJ, "已协调展期一年并下调利率", at(LocalDate.of(2026, 4, 10)), LocalDate.of(2026, 4, 10));
        assertNull(p.getRating(), "a new resolution waits for a new rating");
        p.rate(ENTERPRISE, Rating.SATISFIED, null, at(LocalDate.of(2026, 4, 11)), LocalDate.of(2026, 4, 11));
        ProblemEvent closed = p.close(OFFICE, at(LocalDate.of(2026, 4, 12)), LocalDate.of(2026, 4, 12));
        assertEquals(ProblemState.CLOSED, closed.getTo());
        assertTrue(p.getState().resolved());
        assertEquals(List.of(), p.actions(OFFICE), "closed is the end");
    }

    @Test
    void whoMayDoWhatInEveryState() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        Problem registered = Ledger.registered(d, Difficulty.SIMPLE);
        Problem routed = Ledger.routed(d, Difficulty.SIMPLE);
        Problem accepted = Ledger.accepted(d, Difficulty.SIMPLE);
        Problem paused = Ledger.accepted(d, Difficulty.SIMPLE);
        paused.pause(GXJ, "等上级批复", CALENDAR, at(d), d);
        Problem resolved = Ledger.accepted(d, Difficulty.SIMPLE);
        resolved.resolve(GXJ, "已办理完毕，企业已拿到批复", at(d), d);
        Problem withdrawn = Ledger.registered(d, Difficulty.SIMPLE);
        withdrawn.withdraw(OFFICE, "重复登记", at(d));

        assertEquals(List.of(ProblemAction.ROUTE, ProblemAction.ESCALATE, ProblemAction.WITHDRAW), routed.actions(OFFICE), "rerouting before accepted");
        assertEquals(List.of(ProblemAction.ACCEPT, ProblemAction.SEND_BACK), routed.actions(GXJ));
        assertEquals(List.of(ProblemAction.ESCALATE, ProblemAction.WITHDRAW), accepted.actions(OFFICE));
        assertEquals(List.of(ProblemAction.RESOLVE, ProblemAction.PAUSE, ProblemAction.REQUEST_EXTENSION), accepted.actions(GXJ));
        assertEquals(List.of(ProblemAction.RESUME), paused.actions(GXJ));
        assertEquals(List.of(ProblemAction.CLOSE, ProblemAction.REOPEN), resolved.actions(OFFICE));
        assertEquals(List.of(ProblemAction.RATE), resolved.actions(ENTERPRISE));
        assertEquals(List.of(), resolved.actions(GXJ));
        for (Problem p : List.of(registered, routed, accepted, paused, resolved, withdrawn)) {
            assertEquals(List.of(), p.actions(FGJ), "an assisting unit only reads: " + p.getState());
            assertEquals(List.of(), p.actions(LEADER), "a leader only reads: " + p.getState());
        }
        for (ProblemActor a : List.of(OFFICE, GXJ, ENTERPRISE)) {
            assertEquals(List.of(), withdrawn.actions(a), "withdrawn is the end");
        }
    }

    @Test
    void anActionNotAllowedNowIsRefusedWithTheStateAndWhatIsAllowed() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        Problem routed = Ledger.routed(d, Difficulty.SIMPLE);
        refused(routed, ProblemAction.RESOLVE, "ROUTED", List.of("ACCEPT", "SEND_BACK"), p -> p.resolve(GXJ, "已解决的答复文字足够长", at(d), d));
        refused(routed, ProblemAction.CLOSE, "ROUTED", List.of("ROUTE", "ESCALATE", "WITHDRAW"), p -> p.close(OFFICE, at(d), d));
        refused(routed, ProblemAction.ACCEPT, "ROUTED", List.of("ROUTE", "ESCALATE", "WITHDRAW"), p -> p.accept(OFFICE, at(d), d));
        refused(routed, ProblemAction.ROUTE, "ROUTED", List.of(), p -> p.route(ENTERPRISE, Fixture.GXJ, List.of(), LEVELS, CALENDAR, at(d), d));
        refused(routed, ProblemAction.ACCEPT, "ROUTED", List.of(), p -> p.accept(FGJ, at(d), d));
        Problem accepted = Ledger.accepted(d, Difficulty.SIMPLE);
        refused(accepted, ProblemAction.RATE, "ACCEPTED", List.of(), p -> p.rate(ENTERPRISE, Rating.SATISFIED, null, at(d), d));
        refused(accepted, ProblemAction.RESUME, "ACCEPTED", List.of("RESOLVE", "PAUSE", "REQUEST_EXTENSION"), p -> p.resume(GXJ, CALENDAR, at(d), d));
        refused(accepted, ProblemAction.APPROVE_EXTENSION, "ACCEPTED", List.of("ESCALATE", "WITHDRAW"),
                p -> p.approveExtension(OFFICE, CALENDAR, at(d), d));
        Problem resolved = Ledger.accepted(d, Difficulty.SIMPLE);
        resolved.resolve(GXJ, "已办理完毕，企业已拿到批复", at(d), d);
        refused(resolved, ProblemAction.REOPEN, "RESOLVED", List.of("RATE"), p -> p.reopen(ENTERPRISE, "不满意", at(d)));
        refused(resolved, ProblemAction.WITHDRAW, "RESOLVED", List.of("CLOSE", "REOPEN"), p -> p.withdraw(OFFICE, "重复", at(d)));
    }

    private static void refused(Problem p, ProblemAction action, String state, List<String> allowed, Consumer<Problem> attempt) {
        ProblemState before = p.getState();
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class, () -> attempt.accept(p));
        assertEquals(state, e.state());
        assertEquals(allowed, e.allowed());
        assertEquals("action", e.errors().get(0).field());
        assertEquals(before, p.getState(), "nothing changed");
    }

    @Test
    void whatAnActionNeedsIsRequired() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        Problem accepted = Ledger.accepted(d, Difficulty.SIMPLE);
        assertEquals("answer", assertThrows(InvalidInputException.class, () -> accepted.resolve(GXJ, "  ", at(d), d)).errors().get(0).field());
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> accepted.pause(GXJ, null, CALENDAR, at(d), d)).errors().get(0).field());
        InvalidInputException ext = assertThrows(InvalidInputException.class, () -> accepted.requestExtension(GXJ, d.minusDays(1), "", at(d), d));
        assertEquals(List.of("reason", "newDeadline"), ext.errors().stream().map(e -> e.field()).toList());
        assertEquals(ProblemState.ACCEPTED, accepted.getState());
        Problem routed = Ledger.routed(d, Difficulty.SIMPLE);
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> routed.sendBack(GXJ, " ", at(d))).errors().get(0).field());
        Problem resolved = Ledger.accepted(d, Difficulty.SIMPLE);
        resolved.resolve(GXJ, "已办理完毕，企业已拿到批复", at(d), d);
        assertEquals("rating", assertThrows(InvalidInputException.class, () -> resolved.rate(ENTERPRISE, null, null, at(d), d)).errors().get(0).field());
        assertEquals("reason", assertThrows(InvalidInputException.class, () -> resolved.reopen(OFFICE, "", at(d))).errors().get(0).field());
    }

    @Test
    void aMisroutedProblemSentBackWaitsToBeRoutedAgain() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        Problem p = Ledger.routed(d, Difficulty.SIMPLE);
        ProblemEvent back = p.sendBack(GXJ, "属于人社局职责", at(d));
        assertEquals(ProblemState.REGISTERED, back.getTo());
        assertEquals("平江县工业和信息化局", back.getNote());
        assertNull(p.getResponsibleUnit());
        assertNull(p.getDeadline());
        assertTrue(p.getAssistingUnits().isEmpty());
        assertEquals(List.of(ProblemAction.ROUTE, ProblemAction.ESCALATE, ProblemAction.WITHDRAW), p.actions(OFFICE));
    }

    @Test
    void registrationRefusesEveryBadFieldAtOnce() {
        LocalDate today = LocalDate.of(2026, 3, 2);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Problem.register("n",
                new Problem.Registration(Ledger.CAMPAIGN, Fixture.SHOES, " ", "x".repeat(4001), null, null, null, today.plusDays(1), null),
                OFFICE, at(today), today));
        assertEquals(List.of("title", "description", "category", "raisedOn"), e.errors().stream().map(x -> x.field()).toList());
        InvalidInputException before = assertThrows(InvalidInputException.class, () -> Problem.register("n",
                new Problem.Registration(Ledger.CAMPAIGN, Fixture.SHOES, "贷款", null, "FINANCING", null, null, LocalDate.of(2025, 12, 31), null),
                OFFICE, at(today), today));
        assertEquals("ledger.raisedOn.beforeCampaign", before.errors().get(0).messageKey());
    }

    @Test
    void aProblemRedLongEnoughIsDueForEscalation() {
        Problem p = Ledger.accepted(LocalDate.of(2026, 3, 2), Difficulty.SIMPLE);
        LocalDate deadline = p.getDeadline().inForce();
        assertEquals(LocalDate.of(2026, 3, 11), deadline);
        assertFalse(p.redFor(5, CALENDAR, LocalDate.of(2026, 3, 17)), "four working days red");
        assertTrue(p.redFor(5, CALENDAR, LocalDate.of(2026, 3, 18)), "five working days red");
        p.escalate(OFFICE, "超期未办结", at(LocalDate.of(2026, 3, 18)), LocalDate.of(2026, 3, 18));
        assertFalse(p.redFor(5, CALENDAR, LocalDate.of(2026, 3, 30)), "escalated once");
        assertFalse(p.actions(OFFICE).contains(ProblemAction.ESCALATE));
    }

    @Test
    void theDailyJobsQueryOnStoredDatesFindsWhatRedForEscalates() {
        Problem p = Ledger.accepted(LocalDate.of(2026, 9, 14), Difficulty.SIMPLE);
        LocalDate deadline = p.getDeadline().inForce();
        for (LocalDate today = deadline.minusDays(5); today.isBefore(deadline.plusDays(40)); today = today.plusDays(1)) {
            for (int days = 1; days <= 7; days++) {
                assertEquals(p.redFor(days, CALENDAR, today), !deadline.isAfter(cn.bangfu.ledger.control.DailyDigest.redSince(CALENDAR, today, days)),
                        "today " + today + ", " + days + " days");
            }
        }
    }

    @Test
    void aProblemPausedOnTheWeekendAfterItsFridayDeadlineStaysOverdue() {
        Problem p = Ledger.accepted(LocalDate.of(2026, 3, 4), Difficulty.SIMPLE);
        assertEquals(LocalDate.of(2026, 3, 13), p.getDeadline().inForce(), "a Friday");
        LocalDate saturday = LocalDate.of(2026, 3, 14);
        assertEquals(Light.RED, p.light(CALENDAR, saturday));
        p.pause(GXJ, "等待企业补充材料", CALENDAR, at(saturday), saturday);
        assertEquals(Light.RED, p.light(CALENDAR, saturday), "a pause does not forgive the day overdue");
        assertEquals(-1, p.workingDaysLeft(CALENDAR, LocalDate.of(2026, 3, 20)), "and stands still while paused");
        p.resume(GXJ, CALENDAR, at(LocalDate.of(2026, 3, 16)), LocalDate.of(2026, 3, 16));
        assertEquals(LocalDate.of(2026, 3, 13), p.getDeadline().inForce(), "resumed on Monday: one working day overdue, as when paused");
        assertEquals(Light.RED, p.light(CALENDAR, LocalDate.of(2026, 3, 16)));
    }

    @Test
    void anExtensionApprovedWhilePausedRunsFromTheResumption() {
        Problem p = Ledger.accepted(LocalDate.of(2026, 3, 2), Difficulty.SIMPLE);
        p.requestExtension(GXJ, LocalDate.of(2026, 3, 20), "需上级批复", at(LocalDate.of(2026, 3, 3)), LocalDate.of(2026, 3, 3));
        p.pause(GXJ, "等待省厅批复", CALENDAR, at(LocalDate.of(2026, 3, 4)), LocalDate.of(2026, 3, 4));
        p.approveExtension(OFFICE, CALENDAR, at(LocalDate.of(2026, 3, 9)), LocalDate.of(2026, 3, 9));
        assertEquals(12, p.workingDaysLeft(CALENDAR, LocalDate.of(2026, 3, 9)), "from the pause on 4 March to 20 March");
        p.resume(GXJ, CALENDAR, at(LocalDate.of(2026, 3, 11)), LocalDate.of(2026, 3, 11));
        assertEquals(LocalDate.of(2026, 3, 27), p.getDeadline().inForce(), "twelve working days from the resumption");
        assertEquals(LocalDate.of(2026, 3, 18), p.getDeadline().original(), "the original moves on by the five working days paused");
    }

    @Test
    void aClosedProblemRatedDissatisfiedMayBeReopened() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        Problem p = Ledger.accepted(d, Difficulty.SIMPLE);
        p.resolve(GXJ, "已办理完毕，企业已拿到批复", at(d), d);
        p.close(OFFICE, at(d), d);
        assertEquals(List.of(), p.actions(OFFICE), "closed and not rated: nothing to do");
        p.rate(ENTERPRISE, Rating.DISSATISFIED, "批复内容不全", at(d.plusDays(1)), d.plusDays(1));
        assertEquals(List.of(ProblemAction.REOPEN), p.actions(OFFICE), "不满意 lets the office reopen it");
        ProblemEvent e = p.reopen(OFFICE, "企业反映批复内容不全", at(d.plusDays(2)));
        assertEquals(ProblemState.CLOSED, e.getFrom());
        assertEquals(ProblemState.REOPENED, p.getState());
        assertNull(p.getClosedOn());
    }

    @Test
    void theNumberIsCountyYearAndSerial() {
        assertEquals("430626-2026-00042", Problem.number(Problem.countyOf("430626101"), 2026, 42));
        assertEquals("430626", Problem.countyOf("430626"));
    }
}
