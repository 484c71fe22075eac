package cn.bangfu.appraisal.entity;

/** The grades (等次) of the year-end appraisal, best first; a veto caps a unit's grade at the one it names. */
public enum Grade {
    EXCELLENT, GOOD, PASS, FAIL
}
