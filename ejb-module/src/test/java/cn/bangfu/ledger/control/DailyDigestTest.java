package cn.bangfu.ledger.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.ledger.entity.ChinaCalendar;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.platform.entity.Messages;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DailyDigestTest {

    private static final WorkCalendar CALENDAR = ChinaCalendar.CALENDAR;

    @Test
    void aDeadlineOnOrBeforeTheDayRedSinceIsRedThatManyWorkingDaysToday() {
        // Every day of 2026 (Spring Festival, 调休 Saturdays and National Day among them), every deadline around it.
        for (LocalDate today = LocalDate.of(2026, 1, 1); today.getYear() == 2026; today = today.plusDays(1)) {
            for (int days = 0; days <= 8; days++) {
                LocalDate since = DailyDigest.redSince(CALENDAR, today, days);
                for (LocalDate due = today.minusDays(30); !due.isAfter(today); due = due.plusDays(1)) {
                    boolean red = today.isAfter(due) && CALENDAR.workingDaysBetween(due, today) >= days;
                    assertEquals(red, !due.isAfter(since), "today " + today + ", " + days + " days, deadline " + due);
                }
            }
        }
    }

    @Test
    void overAHolidayTheRedDaysStandStill() {
        // 2026-10-01..07 are National Day holidays; 2026-09-30, a Wednesday, and 2026-10-08, a Thursday, are working days.
        assertEquals(LocalDate.of(2026, 9, 29), DailyDigest.redSince(CALENDAR, LocalDate.of(2026, 10, 7), 1),
                "on the last holiday, the last working day was 09-30: a deadline of 09-29 is red one working day");
        assertEquals(LocalDate.of(2026, 9, 29), DailyDigest.redSince(CALENDAR, LocalDate.of(2026, 10, 3), 1));
        assertEquals(LocalDate.of(2026, 10, 7), DailyDigest.redSince(CALENDAR, LocalDate.of(2026, 10, 8), 1),
                "a deadline on a holiday is red one working day on the first working day after it");
        assertEquals(LocalDate.of(2026, 10, 8), DailyDigest.redSince(CALENDAR, LocalDate.of(2026, 10, 9), 1));
        assertEquals(LocalDate.of(2026, 3, 10), DailyDigest.redSince(CALENDAR, LocalDate.of(2026, 3, 11), 0), "0 days: any day before today");
    }

    @Test
    void theAutomaticEscalationGivesItsReasonInWords() {
        assertEquals("红灯已满 5 个工作日，系统自动督办", DailyDigest.reason(5));
        assertEquals("Red for 5 working days: escalated automatically", Messages.get(Locale.ENGLISH, "ledger.escalation.auto", 5));
    }

    @Test
    void aUnitWithNothingToDoGetsNoDigest() {
        assertFalse(new DailyDigest.Counts(7, 0, 0, 0).anything());
        assertTrue(new DailyDigest.Counts(7, 0, 0, 1).anything());
        assertTrue(new DailyDigest.Counts(7, 2, 0, 0).anything());
    }

    @Test
    void theDigestSaysTheDayAndTheCountsInChineseAndEnglish() {
        var params = new DailyDigest.Counts(7, 2, 3, 1).notice(LocalDate.of(2026, 12, 7));
        NoticeText zh = ProblemNotice.render(ProblemNotice.DIGEST, params, Messages.CHINESE).orElseThrow();
        assertEquals("每日提醒：待签收 2 件，黄灯 3 件，红灯 1 件", zh.subject());
        assertEquals("截至 2026-12-07，贵单位有 2 个问题待签收，3 个问题临近办结期限（黄灯），1 个问题已超期（红灯）。请登录帮扶通及时办理。", zh.body());
        NoticeText en = ProblemNotice.render(ProblemNotice.DIGEST, params, Locale.ENGLISH).orElseThrow();
        assertEquals("Daily reminder: 2 to accept, 3 yellow, 1 red", en.subject());
    }
}
