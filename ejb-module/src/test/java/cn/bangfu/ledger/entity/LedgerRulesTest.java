package cn.bangfu.ledger.entity;

import static cn.bangfu.ledger.entity.Ledger.CALENDAR;
import static cn.bangfu.ledger.entity.Ledger.ENTERPRISE;
import static cn.bangfu.ledger.entity.Ledger.GXJ;
import static cn.bangfu.ledger.entity.Ledger.LEVELS;
import static cn.bangfu.ledger.entity.Ledger.OFFICE;
import static cn.bangfu.ledger.entity.Ledger.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** The ledger's rules beyond one problem's transitions: imports, common problems, callbacks, the calendar's input. */
class LedgerRulesTest {

    @Test
    void anImportedProblemKeepsItsDatesAndStateAsImportedEvents() {
        LocalDate raised = LocalDate.of(2026, 3, 2);
        Problem.ImportedProblem i = Problem.imported("430626-2026-00007", new Problem.Registration(Ledger.CAMPAIGN, Fixture.SHOES, "电力增容",
                        "新厂房需增容 800 千伏安", "FACTORS", ProblemSource.OFFICE, null, raised, null),
                new Problem.Imported(ProblemState.CLOSED, Fixture.GXJ, LocalDate.of(2026, 3, 20), "已协调供电公司完成增容", "k1"), OFFICE, LEVELS,
                CALENDAR, Ledger.CHINA, Instant.parse("2026-06-01T02:00:00Z"), LocalDate.of(2026, 6, 1));
        Problem p = i.problem();
        assertEquals(ProblemState.CLOSED, p.getState());
        assertEquals(List.of(ProblemAction.IMPORT, ProblemAction.ROUTE, ProblemAction.ACCEPT, ProblemAction.RESOLVE, ProblemAction.CLOSE),
                i.events().stream().map(ProblemEvent::getAction).toList());
        assertTrue(i.events().stream().allMatch(ProblemEvent::isImported));
        assertEquals(at(raised).minusSeconds(3600), i.events().get(0).getOccurredAt(), "09:00 of the day it was raised");
        assertEquals(LocalDate.of(2026, 3, 23), p.getDeadline().inForce(), "15 working days from the day raised");
        assertTrue(p.getOnTime());
        assertEquals(LocalDate.of(2026, 3, 20), p.getClosedOn());
        assertEquals("k1", p.getImportKey());
    }

    @Test
    void aCommonProblemResolvesItsOpenMembersWithThePolicyAnswer() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        Problem routed = Ledger.routed(d, Difficulty.SIMPLE);
        Problem registered = Ledger.registered(Fixture.MACHINES, d, Difficulty.SIMPLE);
        CommonProblem common = Fixture.id(new CommonProblem(Ledger.CAMPAIGN, "园区企业用电价格偏高", "COST", "office", at(d)));
        routed.joinCommon(common);
        registered.joinCommon(common);
        List<ProblemEvent> events = common.resolve("执行县政府 12 号文件，园区企业电价下调 0.05 元", List.of(routed, registered), OFFICE, at(d), d);
        assertEquals(2, events.size());
        assertEquals(ProblemState.RESOLVED, routed.getState());
        assertEquals(ProblemState.RESOLVED, registered.getState());
        assertTrue(registered.getOnTime(), "never routed: no deadline to miss");
        assertEquals(Fixture.GXJ, registered.getResponsibleUnit(), "the campaign's office unit answers for a problem never routed");
        assertEquals(List.of(ProblemAction.RATE), routed.actions(ENTERPRISE), "each member rated by its own enterprise");
        assertThrows(ConflictException.class, () -> common.resolve("again", List.of(), OFFICE, at(d), d));
        Problem closed = Ledger.accepted(d, Difficulty.SIMPLE);
        closed.resolve(GXJ, "已办理完毕，企业已拿到批复", at(d), d);
        assertThrows(ConflictException.class, () -> closed.joinCommon(common), "only open problems join");
    }

    @Test
    void aReopenedMemberAnsweredInCommonWaitsForANewRating() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        Problem p = Ledger.accepted(d, Difficulty.SIMPLE);
        p.resolve(GXJ, "已与银行沟通，正在办理", at(d), d);
        p.rate(ENTERPRISE, Rating.DISSATISFIED, "还没有落实", at(d), d);
        p.reopen(OFFICE, "企业不满意", at(d));
        CommonProblem common = Fixture.id(new CommonProblem(Ledger.CAMPAIGN, "流动资金贷款难", "FINANCING", "office", at(d)));
        p.joinCommon(common);
        common.resolve("县政府设立应急转贷资金池，符合条件的企业均可申请", List.of(p), OFFICE, at(d.plusDays(3)), d.plusDays(3));
        assertEquals(ProblemState.RESOLVED, p.getState());
        assertNull(p.getRating(), "the old 不满意 was about the old answer");
        assertEquals(List.of(ProblemAction.RATE), p.actions(ENTERPRISE));
    }

    @Test
    void aCallbackDrawRepeatsWithItsSeed() {
        List<Long> eligible = new ArrayList<>(LongStream.rangeClosed(1, 40).boxed().toList());
        CallbackSample first = new CallbackSample(Ledger.CAMPAIGN, 10, 20260401L, null, null, "office", at(LocalDate.of(2026, 4, 1)), 1L);
        List<Long> drawn = first.draw(eligible);
        assertEquals(4, drawn.size(), "10% of 40");
        java.util.Collections.reverse(eligible);
        CallbackSample again = new CallbackSample(Ledger.CAMPAIGN, 10, 20260401L, null, null, "inspector", at(LocalDate.of(2026, 5, 1)), 2L);
        assertEquals(drawn, again.draw(eligible), "the same seed over the same problems, in any order, draws the same");
        CallbackSample other = new CallbackSample(Ledger.CAMPAIGN, 10, 7L, null, null, "office", at(LocalDate.of(2026, 4, 1)), 3L);
        assertFalse(drawn.equals(other.draw(eligible)), "another seed, another draw");
        assertEquals(1, new CallbackSample(Ledger.CAMPAIGN, 1, 5L, null, null, "o", at(LocalDate.of(2026, 4, 1)), 4L).draw(List.of(9L, 8L)).size(),
                "at least one when there is any");
        InvalidInputException bad = assertThrows(InvalidInputException.class, () -> new CallbackSample(Ledger.CAMPAIGN, 0, null,
                LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), "o", at(LocalDate.of(2026, 4, 1)), 5L));
        assertEquals(List.of("percentage", "to"), bad.errors().stream().map(e -> e.field()).toList());
    }

    @Test
    void callbackFlagsMarkWhatIsWorthASecondLook() {
        LocalDate d = LocalDate.of(2026, 3, 2);
        Problem quick = Ledger.accepted(d, Difficulty.SIMPLE);
        quick.resolve(GXJ, "已解决", at(d).plusSeconds(600), d);
        quick.rate(ENTERPRISE, Rating.SATISFIED, null, at(d), d);
        CallbackFlags flags = CallbackFlags.of(LEVELS);
        assertEquals(List.of(CallbackFlags.SATISFIED_BUT_UNSOLVED, CallbackFlags.THIN_ANSWER, CallbackFlags.QUICK_RESOLVE),
                flags.of(quick, CallbackResult.UNSOLVED));
        Problem fine = Ledger.accepted(d, Difficulty.SIMPLE);
        fine.resolve(GXJ, "已协调县农商行办理展期一年，企业已签订展期合同", at(d.plusDays(3)), d.plusDays(3));
        assertEquals(List.of(), flags.of(fine, CallbackResult.SOLVED));
    }

    @Test
    void aCalendarYearRefusesEveryBadDayAtOnce() {
        CalendarYear year = new CalendarYear(2027, List.of(new CalendarDayData(LocalDate.of(2027, 2, 6), "HOLIDAY", "春节"),
                new CalendarDayData(LocalDate.of(2026, 2, 7), "HOLIDAY", "春节"),
                new CalendarDayData(LocalDate.of(2027, 2, 6), "HOLIDAY", "春节"),
                new CalendarDayData(LocalDate.of(2027, 2, 8), "WORKDAY", "春节"),
                new CalendarDayData(LocalDate.of(2027, 2, 20), "HOLIDAY", " "),
                new CalendarDayData(LocalDate.of(2027, 2, 21), "HALFDAY", "春节")));
        InvalidInputException e = assertThrows(InvalidInputException.class, year::checked);
        assertEquals(List.of("days[1].date", "days[2].date", "days[3].kind", "days[4].name", "days[5].kind"),
                e.errors().stream().map(x -> x.field()).toList());
        assertEquals(1, new CalendarYear(2027, List.of(new CalendarDayData(LocalDate.of(2027, 1, 1), "holiday", "元旦"))).checked().size());
    }

    @Test
    void serviceLevelsOutOfRangeAreRefusedByName() {
        ServiceLevels s = ServiceLevels.defaults();
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> s.change(new ServiceLevelsData(0, 7, 15, 30, 251, 5, -1, 30, null)));
        assertEquals(List.of("acceptDays", "hardDays", "minAnswerLength"), e.errors().stream().map(x -> x.field()).toList());
        assertEquals(15, s.resolveDays(Difficulty.ORDINARY), "unchanged");
        assertEquals(LocalDate.of(2026, 3, 11), Deadline.after(CALENDAR, LocalDate.of(2026, 3, 2), s.resolveDays(Difficulty.SIMPLE)).inForce());
    }
}
