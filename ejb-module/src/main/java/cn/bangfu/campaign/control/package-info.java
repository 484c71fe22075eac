/** Campaign logic beyond one entity: searches, the assignment matrix, loads per unit, inbox notices, the 对口联系企业安排表. */
package cn.bangfu.campaign.control;
