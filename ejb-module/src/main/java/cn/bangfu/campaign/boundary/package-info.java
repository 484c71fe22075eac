/** The campaign EJBs pages and the API call: transactions, the caller's scope and auditing for campaigns, assignments, plans, visits and stationed cadres. */
package cn.bangfu.campaign.boundary;
