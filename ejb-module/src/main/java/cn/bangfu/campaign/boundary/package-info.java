/** The campaign EJBs pages and the API call: Campaigns, Assignments, AssignmentSpreadsheets, Stationings, DemoCampaigns. */
package cn.bangfu.campaign.boundary;
