/** Campaign logic beyond one entity: searches, the assignment matrix and its spreadsheet, loads per unit, notices and first visits. */
package cn.bangfu.campaign.control;
