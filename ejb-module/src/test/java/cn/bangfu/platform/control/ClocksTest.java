package cn.bangfu.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClocksTest {

    @Test
    void theClockIsChinaTimeWhateverTheServersZone() {
        Clock clock = Clocks.configured(Optional.empty());
        assertEquals(Clocks.CHINA, clock.getZone());
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }

    @Test
    void aConfiguredStartIsTheClocksNowAndItRunsOnFromThere() throws Exception {
        Clock clock = Clocks.configured(Optional.of("2026-06-15T01:30:00+08:00"));
        assertEquals(LocalDate.of(2026, 6, 15), LocalDate.now(clock), "the 15th in China while it is still the 14th in UTC");
        Instant first = clock.instant();
        assertTrue(Duration.between(Instant.parse("2026-06-14T17:30:00Z"), first).abs().toSeconds() < 5, first::toString);
        Thread.sleep(20);
        assertTrue(clock.instant().isAfter(first), "it runs on");
    }

    @Test
    void aMalformedStartSaysWhatIsWrong() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Clocks.configured(Optional.of("15.6.2026")));
        assertTrue(e.getMessage().contains("BANGFU_CLOCK=15.6.2026"), e.getMessage());
    }

    @Test
    void aBlankStartIsTheRealClock() {
        Clock clock = Clocks.configured(Optional.of(" "));
        assertTrue(Duration.between(Instant.now(), clock.instant()).abs().toSeconds() < 5);
    }
}
