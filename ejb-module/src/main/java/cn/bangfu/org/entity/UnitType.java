package cn.bangfu.org.entity;

/** 县直单位, 乡镇(街道), 园区, 其他. */
public enum UnitType {
    COUNTY_DEPARTMENT("县直单位"), TOWNSHIP("乡镇（街道）"), PARK("园区"), OTHER("其他");

    private final String chineseName;

    UnitType(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The name the campaign documents use, and what spreadsheets show. */
    public String chineseName() {
        return chineseName;
    }
}
