package cn.bangfu.web.platform;

import cn.bangfu.platform.control.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** A moment as pages show it, to the second in China time: 2026-03-02 09:30:00 ({@code #{times.of(e.at())}} in a view). */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Clocks.CHINA);

    public static String format(Instant at) {
        return at == null ? null : TIME.format(at);
    }

    public String of(Instant at) {
        return format(at);
    }
}
