package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.ledger.entity.WorkCalendar;
import cn.bangfu.platform.control.Where;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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

    /**
     * The light's condition for a CASE (a count of each light in one pass), where EclipseLink parses no {@code in :list}:
     * the state sets spelt out as equalities. {@link #bindInCase} sets its parameters.
     */
    public static String inCase(Light light) {
        return condition(light).replace("p.state in :movingStates", anyOf("moving", ProblemState.MOVING))
                .replace("p.state in :runningStates", anyOf("running", ProblemState.RUNNING));
    }

    /** "p.state is one of these", as equalities with parameters {@code name0}, {@code name1}, … in the states' order. */
    public static String anyOf(String name, Set<ProblemState> states) {
        List<ProblemState> sorted = states.stream().sorted().toList();
        return IntStream.range(0, sorted.size()).mapToObj(i -> "p.state = :" + name + i).collect(Collectors.joining(" or ", "(", ")"));
    }

    /** Sets the parameters of all three lights' {@link #inCase} conditions. */
    public <T> TypedQuery<T> bindInCase(TypedQuery<T> query) {
        query.setParameter("today", today).setParameter("yellowBefore", yellowBefore).setParameter("routed", ProblemState.ROUTED)
                .setParameter("paused", ProblemState.PAUSED);
        bindStates(query, "moving", ProblemState.MOVING);
        return bindStates(query, "running", ProblemState.RUNNING);
    }

    private static <T> TypedQuery<T> bindStates(TypedQuery<T> query, String name, Set<ProblemState> states) {
        List<ProblemState> sorted = states.stream().sorted().toList();
        for (int i = 0; i < sorted.size(); i++) {
            query.setParameter(name + i, sorted.get(i));
        }
        return query;
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
