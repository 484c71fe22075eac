package cn.bangfu.inspection.control;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Builds solvers for inspection schedules and explains a schedule's score. Inside an application server OptaPlanner is
 * given the application's class loader explicitly (DESIGN §4); the caller runs {@link Solver#solve} on a managed thread.
 * A solver stops at its time limit, or earlier once its best schedule has not improved for a sixth of it (at least 5 s).
 */
public final class ScheduleSolver {

    private static final SolverConfig BASE = new SolverConfig(ScheduleSolver.class.getClassLoader())
            .withSolutionClass(InspectionSchedule.class)
            .withEntityClasses(PlannedVisit.class)
            .withConstraintProviderClass(ScheduleConstraints.class);
    private static final SolutionManager<InspectionSchedule, HardSoftScore> EXPLAINER =
            SolutionManager.create(SolverFactory.create(BASE));

    private ScheduleSolver() {
    }

    public static Solver<InspectionSchedule> solver(int limitSeconds) {
        TerminationConfig termination = new TerminationConfig()
                .withSpentLimit(Duration.ofSeconds(limitSeconds))
                .withUnimprovedSpentLimit(Duration.ofSeconds(Math.max(5, limitSeconds / 6)));
        return SolverFactory.<InspectionSchedule>create(new SolverConfig(BASE).withTerminationConfig(termination)).buildSolver();
    }

    /** The schedule's score, computed afresh. */
    public static HardSoftScore score(InspectionSchedule schedule) {
        return EXPLAINER.update(schedule);
    }

    /**
     * The hard rules a hand move breaks: those of the schedule's violations that involve a moved visit (a move is refused
     * for them, not for what the rest of the schedule already broke). Empty when the move is allowed.
     */
    public static List<ScheduleViolation> brokenBy(InspectionSchedule schedule, java.util.Set<Long> moved) {
        return violations(schedule).stream().filter(v -> v.hard() && v.visits().stream().anyMatch(moved::contains)).toList();
    }

    /** What the schedule still breaks, in words: hard rules first, then the preferences worth telling, each by visit. */
    public static List<ScheduleViolation> violations(InspectionSchedule schedule) {
        return EXPLAINER.explain(schedule).getJustificationList(ScheduleViolation.class).stream()
                .sorted(Comparator.comparing((ScheduleViolation v) -> !v.hard()).thenComparing(ScheduleViolation::constraint)
                        .thenComparing(v -> v.visits().isEmpty() ? 0L : v.visits().get(0)))
                .toList();
    }
}
