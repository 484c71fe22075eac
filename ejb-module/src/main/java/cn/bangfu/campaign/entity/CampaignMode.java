package cn.bangfu.campaign.entity;

/**
 * How a campaign assigns helpers to targets: 一帮一 (one unit per target), 三帮一 (a leading unit and
 * co-units, two by default), 驻企 (百名干部助百企: cadres stationed at enterprises by their units).
 */
public enum CampaignMode {
    ONE_TO_ONE("一帮一", 0),
    THREE_TO_ONE("三帮一", 2),
    STATIONED("驻企帮扶", 0);

    /** The most co-units a campaign may ask for per target. */
    public static final int MAX_CO_UNITS = 10;

    private final String chineseName;
    private final int defaultCoUnits;

    CampaignMode(String chineseName, int defaultCoUnits) {
        this.chineseName = chineseName;
        this.defaultCoUnits = defaultCoUnits;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The co-units per target when the campaign does not say: 2 for 三帮一, none otherwise. */
    public int defaultCoUnits() {
        return defaultCoUnits;
    }

    /** Whether this many co-units per target fits the mode: none for 一帮一, 1 to 10 for 三帮一, 0 to 10 when stationed. */
    public boolean allowsCoUnits(int count) {
        return switch (this) {
            case ONE_TO_ONE -> count == 0;
            case THREE_TO_ONE -> count >= 1 && count <= MAX_CO_UNITS;
            case STATIONED -> count >= 0 && count <= MAX_CO_UNITS;
        };
    }

    /** The mode named by its code (any case) or Chinese name; null if none. */
    public static CampaignMode of(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        for (CampaignMode m : values()) {
            if (m.name().equalsIgnoreCase(v) || m.chineseName.equals(v)) {
                return m;
            }
        }
        return null;
    }
}
