package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One target of a unit's workspace: the team (leader, partner units with heads, contacts and phones),
 * the unit's role, the plan's status (MISSING without one) and lateness, the days since the team's
 * and the unit's last visit, and the next deadline with what it is for (PLAN: the plan is due;
 * FIRST_VISIT: the unit's first visit is due; null: nothing due). In a contact leader's list (我联系的企业)
 * the role and the days since "my" visit are null: he is the team's leader, not one of its units, and the
 * deadline is the team's.
 */
public record MyTarget(AssignmentData team, Long targetId, String campaignName, String myRole, String planStatus, int planDaysLate,
                       Integer daysSinceTeamVisit, Integer daysSinceMyVisit, LocalDate nextDeadline, String nextDeadlineKind)
        implements Serializable {
}
