package cn.bangfu.campaign.entity;

/**
 * Which assignments of a campaign a list shows.
 *
 * @param unitCode only assignments that involve this unit
 * @param history  false: current assignments only; true: ended ones too
 */
public record AssignmentFilter(String unitCode, Long contactLeader, boolean history) {
    public static final AssignmentFilter CURRENT = new AssignmentFilter(null, null, false);
}
