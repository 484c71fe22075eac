package cn.bangfu.appraisal.entity;

/**
 * How an indicator (指标) scores: AUTO by a formula over the unit's metrics in the period; MANUAL by the evaluator (0..max,
 * a note below the maximum); DEDUCTION from the maximum, points off per inspection finding by severity, never below 0;
 * BONUS added for recognised work, capped by its maximum and by the scheme's bonus cap; GROUP the sum of its children.
 */
public enum IndicatorKind {
    AUTO, MANUAL, DEDUCTION, BONUS, GROUP
}
