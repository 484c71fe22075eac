package cn.bangfu.inspection.control;

import java.util.Set;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.variable.PlanningVariable;

/**
 * A visit to plan: what it inspects (named, with its township) and the units that must not inspect it (回避: the target's
 * leading unit and co-units, or the inspected unit itself). The solver gives it a team and a day; a pinned visit keeps both.
 */
@PlanningEntity
public class PlannedVisit {

    @PlanningId
    private Long id;
    private String name;
    private String townshipCode;
    private Set<Long> avoidUnitIds;
    /** The login of the leader of the team that inspected it in the previous round, or null; his name for messages. */
    private String previousLeader;
    private String previousLeaderName;

    @PlanningVariable(valueRangeProviderRefs = "teams")
    private PlannedTeam team;

    @PlanningVariable(valueRangeProviderRefs = "days")
    private PlannedDay day;

    @PlanningPin
    private boolean pinned;

    public PlannedVisit() {
    }

    public PlannedVisit(long id, String name, String townshipCode, Set<Long> avoidUnitIds, String previousLeader) {
        this.id = id;
        this.name = name;
        this.townshipCode = townshipCode;
        this.avoidUnitIds = Set.copyOf(avoidUnitIds);
        this.previousLeader = previousLeader;
        this.previousLeaderName = previousLeader;
    }

    /** As above, with the previous leader's name to show. */
    public PlannedVisit(long id, String name, String townshipCode, Set<Long> avoidUnitIds, String previousLeader, String previousLeaderName) {
        this(id, name, townshipCode, avoidUnitIds, previousLeader);
        this.previousLeaderName = previousLeaderName;
    }

    /** The visit on a team and a day (pinned: the solver keeps them). */
    public PlannedVisit on(PlannedTeam onTeam, PlannedDay onDay, boolean pin) {
        this.team = onTeam;
        this.day = onDay;
        this.pinned = pin;
        return this;
    }

    public boolean previouslyBy(PlannedTeam t) {
        return previousLeader != null && t != null && previousLeader.equals(t.getLeaderLogin());
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTownshipCode() {
        return townshipCode;
    }

    public Set<Long> getAvoidUnitIds() {
        return avoidUnitIds;
    }

    public String getPreviousLeader() {
        return previousLeader;
    }

    public String getPreviousLeaderName() {
        return previousLeaderName;
    }

    public PlannedTeam getTeam() {
        return team;
    }

    public void setTeam(PlannedTeam team) {
        this.team = team;
    }

    public PlannedDay getDay() {
        return day;
    }

    public void setDay(PlannedDay day) {
        this.day = day;
    }

    public boolean isPinned() {
        return pinned;
    }

    @Override
    public String toString() {
        return name + "@" + team + "/" + day;
    }
}
