/**
 * The problem ledger's pages: the ledger (问题台账) and one problem's page with its steps, a unit's, leader's and
 * enterprise's own problems, the enterprise's 我要反映问题 form, the office's dashboard, and the problems block of a target's timeline.
 */
package cn.bangfu.web.ledger;
