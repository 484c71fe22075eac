/**
 * The appraisal's logic that is not one entity's: the safe formula engine of AUTO indicators and veto conditions over a
 * unit's metrics (exp4j, never a scripting engine), the scheme editor's checks.
 */
package cn.bangfu.appraisal.control;
