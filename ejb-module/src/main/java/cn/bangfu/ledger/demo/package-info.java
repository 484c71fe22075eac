/** The demo county's problem ledger: problems of the demo campaign in every state and light, loaded once in demo mode. */
package cn.bangfu.ledger.demo;
