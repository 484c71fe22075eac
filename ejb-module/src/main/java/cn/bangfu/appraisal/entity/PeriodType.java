package cn.bangfu.appraisal.entity;

/** What period a scheme scores: 平时 (ROUTINE, e.g. a quarter), 半年 (HALF_YEAR) or 年度 (ANNUAL). */
public enum PeriodType {
    ROUTINE, HALF_YEAR, ANNUAL
}
