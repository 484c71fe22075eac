package cn.bangfu.ledger.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DailyRemindersTest {

    @Test
    void theRemindersRunAtHalfPastEightUnlessConfigured() {
        assertEquals(LocalTime.of(8, 30), DailyReminders.timeOfDay(Optional.empty()));
        assertEquals(LocalTime.of(8, 30), DailyReminders.timeOfDay(Optional.of("  ")));
        assertEquals(LocalTime.of(7, 5), DailyReminders.timeOfDay(Optional.of(" 07:05 ")));
        assertEquals(LocalTime.of(23, 59), DailyReminders.timeOfDay(Optional.of("23:59")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"8:30", "24:00", "08:60", "0830", "08:30:00", "half past eight"})
    void aMalformedTimeStopsTheDeploymentWithItsReason(String value) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> DailyReminders.timeOfDay(Optional.of(value)));
        assertEquals("BANGFU_REMINDER_TIME=" + value + " is no time of day such as 08:30 (HH:mm, China time)", e.getMessage());
    }
}
