package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.Codes;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Text;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The days of one year that differ from the plain week ({@code GET/PUT /api/v1/calendar/{year}}): holidays, and
 * weekend days worked. {@link #checked} refuses, all at once, a day of another year or given twice, a kind that is
 * neither, a WORKDAY on a weekday (it is one already), a missing or too long name.
 */
public record CalendarYear(int year, List<CalendarDayData> days) implements Serializable {

    public CalendarYear {
        days = days == null ? List.of() : java.util.Collections.unmodifiableList(new ArrayList<>(days));
    }

    /** The days as entities, or 400 with every bad one by its index. */
    public List<CalendarDay> checked() {
        List<FieldError> errors = new ArrayList<>();
        List<CalendarDay> result = new ArrayList<>();
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < days.size(); i++) {
            CalendarDayData d = days.get(i);
            String at = "days[" + i + "]";
            if (d == null) {
                errors.add(FieldError.of(at, "field.required"));
                continue;
            }
            DayKind kind = Codes.parse(DayKind.class, d.kind());
            if (d.kind() == null || d.kind().isBlank()) {
                errors.add(FieldError.of(at + ".kind", "field.required"));
            } else if (kind == null) {
                errors.add(FieldError.of(at + ".kind", "calendar.kind", d.kind()));
            }
            String name = Text.clean(d.name());
            Text.required(errors, at + ".name", name, CalendarDay.NAME_MAX);
            if (d.date() == null) {
                errors.add(FieldError.of(at + ".date", "field.required"));
            } else if (d.date().getYear() != year) {
                errors.add(FieldError.of(at + ".date", "calendar.otherYear", d.date().toString(), year));
            } else if (!seen.add(d.date())) {
                errors.add(FieldError.of(at + ".date", "calendar.twice", d.date().toString()));
            } else if (kind == DayKind.WORKDAY && d.date().getDayOfWeek() != DayOfWeek.SATURDAY
                    && d.date().getDayOfWeek() != DayOfWeek.SUNDAY) {
                errors.add(FieldError.of(at + ".kind", "calendar.workdayOnWeekday", d.date().toString()));
            }
            if (kind != null && d.date() != null && name != null) {
                result.add(new CalendarDay(d.date(), kind, name));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return result;
    }
}
