package cn.bangfu.inspection.control;

import java.util.List;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * A round's schedule as a planning problem: its teams, the working days of its window (the values a visit may take) and
 * the visits. The solver fills each visit's team and day; the score says how many rules the result still breaks.
 */
@PlanningSolution
public class InspectionSchedule {

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "teams")
    private List<PlannedTeam> teams;

    @ProblemFactCollectionProperty
    @ValueRangeProvider(id = "days")
    private List<PlannedDay> days;

    @PlanningEntityCollectionProperty
    private List<PlannedVisit> visits;

    @PlanningScore
    private HardSoftScore score;

    public InspectionSchedule() {
    }

    /** {@code days}: the working days the solver may choose; a pinned visit may stand on another day (and is told so). */
    public InspectionSchedule(List<PlannedTeam> teams, List<PlannedDay> days, List<PlannedVisit> visits) {
        this.teams = teams;
        this.days = days;
        this.visits = visits;
    }

    public List<PlannedTeam> getTeams() {
        return teams;
    }

    public List<PlannedDay> getDays() {
        return days;
    }

    public List<PlannedVisit> getVisits() {
        return visits;
    }

    public HardSoftScore getScore() {
        return score;
    }

    public void setScore(HardSoftScore score) {
        this.score = score;
    }
}
