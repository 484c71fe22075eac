/** Inspection rounds, teams, the visits of a schedule and the solver's jobs, with the rules each keeps. */
package cn.bangfu.inspection.entity;
