/**
 * The ledger's logic that is not one problem's: the working-day calendar and categories as kept, numbers, who sees which
 * problems, the searches, lights as conditions, the metrics, similar problems, notices, callbacks and the daily digest.
 */
package cn.bangfu.ledger.control;
