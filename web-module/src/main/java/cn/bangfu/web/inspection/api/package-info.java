/** Inspection's REST API: rounds, teams, targets, the schedule with its solver jobs, and an inspector's own inspections. */
package cn.bangfu.web.inspection.api;
