package cn.bangfu.web.platform.api;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day given as a query parameter (2026-03-31), taken as text so that a bad one is a 400 naming the parameter
 * instead of JAX-RS' bare 404.
 */
public final class QueryDates {

    private QueryDates() {
    }

    /** The day, null when absent or empty. */
    public static LocalDate parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(FieldError.of(parameter, "query.date", value));
        }
    }
}
