/** REST resources for campaigns, assignments (with their spreadsheet import) and the caller's own assignments. */
package cn.bangfu.web.campaign.api;
