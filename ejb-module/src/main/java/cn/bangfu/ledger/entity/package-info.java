/**
 * The problem ledger's records and rules: a Problem with its states, transitions and events, its deadline on the
 * working-day calendar, its light; categories, service levels, callbacks, common problems; the counts behind the rates.
 */
package cn.bangfu.ledger.entity;
