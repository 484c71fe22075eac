package cn.bangfu.campaign.entity;

/** Where a stationing stands on a given day: not begun (待驻), under way (在驻), or past its last day (已结束). */
public enum StationingStatus {
    UPCOMING,
    ACTIVE,
    ENDED
}
