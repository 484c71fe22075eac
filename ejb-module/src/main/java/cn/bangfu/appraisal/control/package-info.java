/**
 * The appraisal's logic that is not one entity's: the safe formula engine of AUTO indicators and veto conditions over a
 * unit's metrics (exp4j, never a scripting engine), the scheme editor's checks, the metrics of many units with the records
 * behind them, a form's computation and frozen inputs, who reads a form and how, the ranking with grades and quotas.
 */
package cn.bangfu.appraisal.control;
