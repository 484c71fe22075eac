package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.util.List;

/**
 * A target's team timeline in a campaign: the team (assignment with leader, units, heads and contacts),
 * the plan (null until drafted), every visit and plan event of all its units, newest first, and each
 * unit's share: its visits, first and last visit ({@link FirstVisit}).
 */
public record Timeline(String campaign, String campaignName, Long targetId, TargetRef target, AssignmentData team, String myRole,
                       PlanData plan, List<TimelineEntry> entries, List<FirstVisit> shares) implements Serializable {
}
