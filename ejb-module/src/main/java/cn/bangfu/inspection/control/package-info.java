/** The schedule as a planning problem (plain objects, never entities), its constraints, the solver and its explanations. */
package cn.bangfu.inspection.control;
