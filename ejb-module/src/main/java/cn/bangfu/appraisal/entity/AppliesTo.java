package cn.bangfu.appraisal.entity;

/** Which units a scheme scores: the leading units (牵头单位), the co-units (配合单位), or all units of the campaign. */
public enum AppliesTo {
    LEADING, CO_UNIT, ALL
}
