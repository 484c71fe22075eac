package cn.bangfu.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The day a problem must be resolved by: the one in force (an approved extension moves it) and the one first set,
 * which stays for the on-time rate against the original deadline. A pause moves both on by the working days it lasted
 * (the problem does that, from the working days it had left).
 */
@Embeddable
public class Deadline implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "deadline")
    private LocalDate inForce;

    @Column(name = "original_deadline")
    private LocalDate original;

    protected Deadline() {
    }

    private Deadline(LocalDate inForce, LocalDate original) {
        this.inForce = Objects.requireNonNull(inForce);
        this.original = Objects.requireNonNull(original);
    }

    /** {@code workingDays} after {@code start} on the calendar. */
    public static Deadline after(WorkCalendar calendar, LocalDate start, int workingDays) {
        LocalDate d = calendar.plusWorkingDays(start, workingDays);
        return new Deadline(d, d);
    }

    /** A deadline as an existing ledger recorded it. */
    public static Deadline on(LocalDate inForce, LocalDate original) {
        return new Deadline(inForce, original);
    }

    /** Extended to {@code day}; the original stays. */
    public Deadline extendedTo(LocalDate day) {
        return new Deadline(day, original);
    }

    /** Working days from {@code today} to the deadline in force: 0 on the day itself, negative once past. */
    public int workingDaysLeft(WorkCalendar calendar, LocalDate today) {
        return calendar.workingDaysBetween(today, inForce);
    }

    public boolean overdue(LocalDate today) {
        return today.isAfter(inForce);
    }

    public boolean met(LocalDate resolvedOn) {
        return !resolvedOn.isAfter(inForce);
    }

    public boolean metOriginal(LocalDate resolvedOn) {
        return !resolvedOn.isAfter(original);
    }

    public LocalDate inForce() {
        return inForce;
    }

    public LocalDate original() {
        return original;
    }

    /** Whether an approved extension moved it. */
    public boolean extended() {
        return !inForce.equals(original);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Deadline d && Objects.equals(d.inForce, inForce) && Objects.equals(d.original, original);
    }

    @Override
    public int hashCode() {
        return Objects.hash(inForce, original);
    }

    @Override
    public String toString() {
        return inForce + (Objects.equals(inForce, original) ? "" : " (" + original + ")");
    }
}
