package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.platform.control.Where;
import java.time.LocalDate;

/**
 * Today's lights as conditions on stored dates, so the database filters and counts them: a running problem is RED
 * when its deadline is before today (or, routed, when its day to accept is), YELLOW when its deadline is before the
 * fourth working day from today (at most {@link Light#YELLOW_DAYS} working days left), GREEN otherwise; a paused one
 * keeps the working days it had left when paused.
 */
public record LightWindow(LocalDate today, LocalDate yellowBefore) {

    public static LightWindow of(WorkCalendar calendar, LocalDate today) {
        return new LightWindow(today, calendar.plusWorkingDays(today, Light.YELLOW_DAYS + 1));
    }


    /** Narrows a query over problems aliased {@code p} to those of this light today. */
    public Where narrow(Where where, Light light) {
        where.and(condition(light)).param("today", today).param("movingStates", ProblemState.MOVING).param("routed", ProblemState.ROUTED)
                .param("paused", ProblemState.PAUSED);
        if (light != Light.RED) {
            where.param("yellowBefore", yellowBefore);
        }
        if (light == Light.GREEN) {
            where.param("runningStates", ProblemState.RUNNING);
        }
        return where;
    }

    static String condition(Light light) {
        return switch (light) {
            case RED -> RED;
            case YELLOW -> "(not " + RED + " and " + YELLOW + ")";
            case GREEN -> "(p.state in :runningStates and not " + RED + " and not " + YELLOW + ")";
        };
    }

    private static final String RED = "((p.state in :movingStates and (p.deadline.inForce < :today or (p.state = :routed and p.acceptBy < :today)))"
            + " or (p.state = :paused and p.pausedDaysLeft < 0))";
    private static final String YELLOW = "((p.state in :movingStates and p.deadline.inForce < :yellowBefore)"
            + " or (p.state = :paused and p.pausedDaysLeft <= " + Light.YELLOW_DAYS + "))";
}
