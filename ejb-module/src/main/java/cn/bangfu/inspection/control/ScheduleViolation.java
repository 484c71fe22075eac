package cn.bangfu.inspection.control;

import java.util.List;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why the solver's score is not perfect, in words: the constraint broken, whether it is a hard rule, the visits it concerns
 * and a message (a key of the domain messages with its arguments, shown in the reader's language).
 */
public record ScheduleViolation(String constraint, boolean hard, List<Long> visits, String messageKey, List<String> args)
        implements ConstraintJustification {

    public ScheduleViolation {
        visits = List.copyOf(visits);
        args = List.copyOf(args);
    }
}
