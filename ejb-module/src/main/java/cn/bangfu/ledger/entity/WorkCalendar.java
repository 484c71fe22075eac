package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * The working days of China: Monday to Friday, less the public holidays, plus the weekend days worked
 * instead (调休), as the State Council's notices set them each year. Deadlines of the problem ledger count
 * these days; the exceptions are data (see {@code CalendarDay}), this class only counts.
 */
public final class WorkCalendar implements Serializable {

    private final Map<LocalDate, DayKind> exceptions;

    private WorkCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    /** A calendar with these days differing from the plain week. */
    public static WorkCalendar of(Map<LocalDate, DayKind> exceptions) {
        return new WorkCalendar(Objects.requireNonNull(exceptions));
    }

    /** Monday to Friday, no holidays: for tests and for years nobody has entered yet. */
    public static WorkCalendar plainWeek() {
        return new WorkCalendar(Map.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    /**
     * The day {@code days} working days after {@code start}: with 1, the next working day after it (a problem
     * routed on a Friday before a holiday week is due to be accepted on the first working day after the
     * holidays). {@code start} itself never counts, whatever it is; 0 gives {@code start} back.
     */
    public LocalDate plusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate d = start;
        for (int left = days; left > 0; ) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The working day {@code days} working days before {@code start} ({@code start} itself never counts; 0 gives it back). */
    public LocalDate minusWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate d = start;
        for (int left = days; left > 0; ) {
            d = d.minusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /**
     * The working days after {@code from} up to and including {@code to}; negative, counted the same way
     * backwards, when {@code to} is before {@code from}. From today to a deadline it is the working days
     * left (0 on the deadline itself, -1 on the first working day after it).
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int n = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }

    /** The exception of one day, or null for a plain weekday or weekend day. */
    public DayKind exception(LocalDate day) {
        return exceptions.get(day);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkCalendar w && w.exceptions.equals(exceptions);
    }

    @Override
    public int hashCode() {
        return exceptions.hashCode();
    }
}
