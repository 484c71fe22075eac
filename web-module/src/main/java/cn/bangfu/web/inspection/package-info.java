/** Inspection pages: the office's rounds with their teams, targets and solved schedule, and the inspector's own inspections. */
package cn.bangfu.web.inspection;
