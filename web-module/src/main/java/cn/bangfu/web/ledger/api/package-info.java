/** The problem ledger's REST API: problems and their events, the calendar, categories, metrics, callbacks, common problems, imports. */
package cn.bangfu.web.ledger.api;
