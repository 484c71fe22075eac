package cn.bangfu.platform.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.ZoneId;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Bangfu's one clock, produced for injection ({@code @Inject Clock clock}): China Standard Time,
 * whatever the server's zone, because campaign days, deadlines and working days are days in China.
 * Entities never read it themselves; they are handed {@code now} or {@code today}.
 *
 * <p>{@code BANGFU_CLOCK} (an ISO-8601 instant such as {@code 2026-06-15T09:00:00+08:00}) starts the
 * clock at that moment instead of the real one, and it runs on from there: for demonstrations and
 * for tests of deadlines that must fall on a known day.
 */
@ApplicationScoped
public class Clocks {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private Clock clock;

    /** Read at start, so that a malformed BANGFU_CLOCK stops the deployment with its reason instead of failing every request. */
    void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
        clock();
    }

    @PostConstruct
    void start() {
        clock = configured(ConfigProvider.getConfig().getOptionalValue("BANGFU_CLOCK", String.class));
    }

    @Produces
    public Clock clock() {
        return clock;
    }

    static Clock configured(Optional<String> start) {
        Clock system = Clock.system(CHINA);
        return start.filter(s -> !s.isBlank()).map(s -> {
            try {
                return Clock.offset(system, Duration.between(Instant.now(system), OffsetDateTime.parse(s.strip()).toInstant()));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException("BANGFU_CLOCK=" + s + " is no ISO-8601 moment such as 2026-06-15T09:00:00+08:00", e);
            }
        }).orElse(system);
    }
}
