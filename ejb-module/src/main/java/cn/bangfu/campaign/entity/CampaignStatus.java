package cn.bangfu.campaign.entity;

/** A campaign is planned, then runs, then is closed; it never goes back. A closed campaign's assignments are history. */
public enum CampaignStatus {
    PLANNING, ACTIVE, CLOSED;

    public static CampaignStatus of(String value) {
        if (value == null) {
            return null;
        }
        for (CampaignStatus s : values()) {
            if (s.name().equalsIgnoreCase(value.strip())) {
                return s;
            }
        }
        return null;
    }

    /** Whether a campaign in this status may move to {@code next}: forward only, or stay. */
    public boolean mayBecome(CampaignStatus next) {
        return next != null && next.ordinal() >= ordinal();
    }
}
