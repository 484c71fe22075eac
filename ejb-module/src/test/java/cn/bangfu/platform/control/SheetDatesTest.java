package cn.bangfu.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SheetDatesTest {

    private static final Optional<LocalDate> MARCH_FIRST = Optional.of(LocalDate.of(2026, 3, 1));

    @Test
    void theThreeFormsOfficesWriteAreOneDay() {
        assertEquals(MARCH_FIRST, SheetDates.parse("2026-03-01"));
        assertEquals(MARCH_FIRST, SheetDates.parse("2026-3-1"));
        assertEquals(MARCH_FIRST, SheetDates.parse("2026/3/1"));
        assertEquals(MARCH_FIRST, SheetDates.parse("2026/03/01"));
        assertEquals(MARCH_FIRST, SheetDates.parse("2026年3月1日"));
        assertEquals(MARCH_FIRST, SheetDates.parse(" 2026 年 03 月 01 日 "));
        assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), SheetDates.parse("2026/12/31"));
    }

    @Test
    void textThatIsNoDayOfTheCalendarIsNoDate() {
        for (String text : new String[] {"明天", "三月一日", "2026-02-30", "2026/13/1", "2026-3/1", "26/3/1", "3/1/2026", "2026年3月1", "46082",
            "2026-03-01 08:00", "", "  "}) {
            assertEquals(Optional.empty(), SheetDates.parse(text), text);
        }
        assertEquals(Optional.empty(), SheetDates.parse(null));
    }
}
