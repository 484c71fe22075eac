package cn.bangfu.platform.control;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date cell of an import spreadsheet, read as offices write it: {@code 2026-03-01}, {@code 2026/3/1}
 * or {@code 2026年3月1日}; a cell Excel holds as a date arrives in the first form ({@link SheetReader}).
 */
public final class SheetDates {

    /** The year, then month and day in the groups of one of the three forms: 2-3, 4-5 or 6-7. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{1,2})-(\\d{1,2})|/(\\d{1,2})/(\\d{1,2})"
            + "|\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日)");

    private SheetDates() {
    }

    /** The date a cell's text names; empty for text that is no date in one of the three forms, or no day of the calendar (2026-02-30). */
    public static Optional<LocalDate> parse(String text) {
        Matcher m = DATE.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int month = m.start(2) >= 0 ? 2 : m.start(4) >= 0 ? 4 : 6;
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(month)),
                    Integer.parseInt(m.group(month + 1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
