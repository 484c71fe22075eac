package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One unit's first visit to one target: assigned on {@code assignedOn}, due within the campaign's
 * first-visit days ({@code dueOn}), first visited on {@code firstVisitOn} (null: not yet), last visited
 * on {@code lastVisitOn}, {@code visits} visits so far (joint visits count for every unit present).
 */
public record FirstVisit(String campaign, Long targetId, String targetName, String unit, String unitName, String role, LocalDate assignedOn,
                         LocalDate dueOn, LocalDate firstVisitOn, LocalDate lastVisitOn, long visits) implements Serializable {

    /** Where the unit stands with this target. */
    public enum State {
        /** visited within the days allowed */
        ON_TIME,
        /** first visited, but after the days allowed (e.g. only after the office's first circular) */
        LATE,
        /** not visited, and the days allowed are over */
        MISSING,
        /** not visited yet, still within the days allowed */
        PENDING
    }

    public static LocalDate dueOn(LocalDate assignedOn, int firstVisitDays) {
        return assignedOn.plusDays(firstVisitDays);
    }

    public State state(LocalDate today) {
        if (firstVisitOn != null) {
            return firstVisitOn.isAfter(dueOn) ? State.LATE : State.ON_TIME;
        }
        return today.isAfter(dueOn) ? State.MISSING : State.PENDING;
    }

    /** Days past the due day: until the first visit, or until today while there is none. */
    public int daysOverdue(LocalDate today) {
        LocalDate until = firstVisitOn != null ? firstVisitOn : today;
        return (int) Math.max(0, ChronoUnit.DAYS.between(dueOn, until));
    }

    /** Days since the last visit; null when never visited. */
    public Integer daysSinceLastVisit(LocalDate today) {
        return lastVisitOn == null ? null : (int) ChronoUnit.DAYS.between(lastVisitOn, today);
    }

    /** For pages: the state today by name. */
    public String stateName(LocalDate today) {
        return state(today).name();
    }
}
