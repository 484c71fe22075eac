/** REST resources for regions, units and the unit spreadsheet import. */
package cn.bangfu.web.org.api;
