/** What pages and the API call for inspection: rounds, teams, targets, the schedule and its solving jobs; scope and audit here. */
package cn.bangfu.inspection.boundary;
