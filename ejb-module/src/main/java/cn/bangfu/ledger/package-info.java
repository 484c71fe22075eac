/** The problem ledger (问题台账): every enterprise problem from registration to closure, on a working-day clock, with its rates. */
package cn.bangfu.ledger;
