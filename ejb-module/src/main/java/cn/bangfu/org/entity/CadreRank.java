package cn.bangfu.org.entity;

/**
 * A cadre's rank, as far as the campaign cares: county-level leaders (县级领导) are the contact
 * leaders of 三帮一; section-level cadres (科级) head and deputise in units; other staff (一般干部)
 * are stationed in enterprises and log visits.
 */
public enum CadreRank {
    COUNTY_LEADER("县级领导"), SECTION_LEVEL("科级干部"), STAFF("一般干部");

    private final String chineseName;

    CadreRank(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** The rank named by its code, case-insensitive, or its Chinese name; null if there is none. */
    public static CadreRank of(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        for (CadreRank r : values()) {
            if (r.name().equalsIgnoreCase(v) || r.chineseName.equals(v)) {
                return r;
            }
        }
        return null;
    }
}
