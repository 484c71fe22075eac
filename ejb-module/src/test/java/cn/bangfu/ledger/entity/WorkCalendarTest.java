package cn.bangfu.ledger.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Deadlines counted on the State Council's calendars of 2025 and 2026 as the migration enters them: the holiday weeks
 * do not count, the weekend days worked (调休上班) do.
 */
class WorkCalendarTest {

    private static final WorkCalendar CHINA = ChinaCalendar.CALENDAR;

    @Test
    void theMigrationHoldsBothYearsHolidaysAndMakeUpDays() {
        assertFalse(CHINA.isWorkingDay(LocalDate.of(2025, 1, 1)), "元旦 2025");
        assertFalse(CHINA.isWorkingDay(LocalDate.of(2025, 2, 4)), "the last day of 春节 2025, a Tuesday");
        assertTrue(CHINA.isWorkingDay(LocalDate.of(2025, 1, 26)), "Sunday 26 January 2025 was worked");
        assertTrue(CHINA.isWorkingDay(LocalDate.of(2025, 2, 8)), "Saturday 8 February 2025 was worked");
        assertFalse(CHINA.isWorkingDay(LocalDate.of(2025, 10, 8)), "国庆节、中秋节 2025 ran to Wednesday 8 October");
        assertTrue(CHINA.isWorkingDay(LocalDate.of(2025, 10, 11)), "Saturday 11 October 2025 was worked");
        assertFalse(CHINA.isWorkingDay(LocalDate.of(2026, 2, 23)), "春节 2026 ran to Monday 23 February");
        assertTrue(CHINA.isWorkingDay(LocalDate.of(2026, 2, 14)), "Saturday 14 February 2026 is worked");
        assertTrue(CHINA.isWorkingDay(LocalDate.of(2026, 2, 28)), "Saturday 28 February 2026 is worked");
        assertTrue(CHINA.isWorkingDay(LocalDate.of(2026, 1, 4)), "Sunday 4 January 2026 is worked");
        assertFalse(CHINA.isWorkingDay(LocalDate.of(2026, 10, 7)), "国庆节 2026 runs to Wednesday 7 October");
        assertTrue(CHINA.isWorkingDay(LocalDate.of(2026, 10, 10)), "Saturday 10 October 2026 is worked");
        assertTrue(CHINA.isWorkingDay(LocalDate.of(2026, 10, 8)));
        assertFalse(CHINA.isWorkingDay(LocalDate.of(2026, 12, 5)), "a plain Saturday");
    }

    @Test
    void acrossTheSpringFestival2025() {
        LocalDate friday = LocalDate.of(2025, 1, 24);
        assertEquals(LocalDate.of(2025, 1, 26), CHINA.plusWorkingDays(friday, 1), "accepted by the Sunday worked before the holiday");
        assertEquals(LocalDate.of(2025, 2, 10), CHINA.plusWorkingDays(friday, 7), "a simple problem: the holiday week does not count");
        assertEquals(2, CHINA.workingDaysBetween(friday, LocalDate.of(2025, 2, 4)), "26 and 27 January only");
    }

    @Test
    void acrossTheSpringFestival2026() {
        LocalDate friday = LocalDate.of(2026, 2, 13);
        assertEquals(LocalDate.of(2026, 2, 14), CHINA.plusWorkingDays(friday, 1), "the Saturday worked");
        assertEquals(LocalDate.of(2026, 3, 12), CHINA.plusWorkingDays(friday, 15), "an ordinary problem over nine days off");
        assertEquals(LocalDate.of(2026, 5, 19), CHINA.plusWorkingDays(friday, 60), "a hard one, past 清明 and 劳动节 too");
    }

    @Test
    void acrossTheNationalDay2025And2026() {
        assertEquals(LocalDate.of(2025, 9, 28), CHINA.plusWorkingDays(LocalDate.of(2025, 9, 26), 1));
        assertEquals(LocalDate.of(2025, 10, 13), CHINA.plusWorkingDays(LocalDate.of(2025, 9, 26), 7));
        assertEquals(LocalDate.of(2026, 9, 20), CHINA.plusWorkingDays(LocalDate.of(2026, 9, 18), 1));
        assertEquals(LocalDate.of(2026, 10, 15), CHINA.plusWorkingDays(LocalDate.of(2026, 9, 18), 15), "中秋 and 国庆 both left out");
        assertEquals(LocalDate.of(2026, 5, 9), CHINA.plusWorkingDays(LocalDate.of(2026, 4, 30), 4), "劳动节 2026 and its Saturday worked");
    }

    @Test
    void workingDaysLeftCountToTheDeadlineAndBelowZeroAfterIt() {
        LocalDate deadline = LocalDate.of(2026, 3, 12);
        assertEquals(0, CHINA.workingDaysBetween(deadline, deadline));
        assertEquals(-1, CHINA.workingDaysBetween(LocalDate.of(2026, 3, 13), deadline));
        assertEquals(-1, CHINA.workingDaysBetween(LocalDate.of(2026, 3, 15), deadline), "the weekend after adds nothing");
        assertEquals(3, CHINA.workingDaysBetween(LocalDate.of(2026, 3, 9), deadline));
        assertEquals(0, CHINA.plusWorkingDays(deadline, 0).compareTo(deadline));
    }
}
