/**
 * The ledger's EJBs that the pages and the API call: one problem's life (Problems), the ledger's lists and figures
 * (ProblemLedger), the calendar, categories, service levels, callbacks, common problems, imports and the daily reminders.
 */
package cn.bangfu.ledger.boundary;
