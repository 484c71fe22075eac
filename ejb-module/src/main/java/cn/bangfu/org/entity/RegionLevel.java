package cn.bangfu.org.entity;

/** Levels of the administrative hierarchy, top down. */
public enum RegionLevel {
    PROVINCE, CITY, COUNTY, TOWNSHIP;

    /**
     * The level a GB/T 2260 code denotes: six digits ending "0000" a province, "00" a city, else a
     * county; nine digits a township (the code of its county, or of a city without counties, plus
     * three digits other than "000"). Null if the code is malformed.
     */
    public static RegionLevel of(String code) {
        if (code == null || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        if (code.length() == 9) {
            RegionLevel above = of(code.substring(0, 6));
            return code.endsWith("000") || above == null || above == PROVINCE ? null : TOWNSHIP;
        }
        if (code.length() != 6 || code.startsWith("00")) {
            return null;
        }
        if (code.endsWith("0000")) {
            return PROVINCE;
        }
        return code.endsWith("00") ? CITY : COUNTY;
    }

    /** The code of the region directly above, by the code alone; null for a province. */
    public static String parentCode(String code) {
        RegionLevel level = of(code);
        if (level == null) {
            return null;
        }
        return switch (level) {
            case PROVINCE -> null;
            case CITY -> code.substring(0, 2) + "0000";
            case COUNTY -> code.substring(0, 4) + "00";
            case TOWNSHIP -> code.substring(0, 6);
        };
    }
}
