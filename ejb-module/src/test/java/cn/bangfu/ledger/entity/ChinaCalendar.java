package cn.bangfu.ledger.entity;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The working-day calendar as the migration enters it (V8), read from the migration itself, so tests check its data. */
public final class ChinaCalendar {

    private static final Pattern ROW = Pattern.compile("date '([0-9-]+)', '(HOLIDAY|WORKDAY)'");

    public static final WorkCalendar CALENDAR = read();

    private ChinaCalendar() {
    }

    private static WorkCalendar read() {
        try (InputStream in = ChinaCalendar.class.getResourceAsStream("/db/migration/V8__work_calendar.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<LocalDate, DayKind> days = new HashMap<>();
            Matcher m = ROW.matcher(sql);
            while (m.find()) {
                days.put(LocalDate.parse(m.group(1)), DayKind.valueOf(m.group(2)));
            }
            return WorkCalendar.of(days);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
