package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A target's team timeline in a campaign: the team (assignment with leader, units, heads and contacts),
 * the plan (null until drafted), every visit and plan event of all its units, newest first, and each
 * unit's share: its visits, first and last visit ({@link FirstVisit}); {@code planActions}: what the caller
 * may do with the plan now (its leading unit starts one where there is none).
 */
public record Timeline(String campaign, String campaignName, Long targetId, TargetRef target, AssignmentData team, String myRole,
                       PlanData plan, List<TimelineEntry> entries, List<FirstVisit> shares, List<PlanAction> planActions)
        implements Serializable {

    public Timeline {
        planActions = planActions == null ? List.of() : List.copyOf(planActions);
    }

    /** Whether the caller may take this action on the target's plan now. */
    public boolean may(PlanAction action) {
        return planActions.contains(action);
    }
}
