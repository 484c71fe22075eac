/** Inspection (督查): rounds and their teams, the schedule solved with 回避 and capacity, and what the teams found. */
package cn.bangfu.inspection;
