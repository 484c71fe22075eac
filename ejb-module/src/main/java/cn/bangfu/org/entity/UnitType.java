package cn.bangfu.org.entity;

/** 县直单位, 乡镇(街道), 园区, 其他. */
public enum UnitType {
    COUNTY_DEPARTMENT, TOWNSHIP, PARK, OTHER
}
