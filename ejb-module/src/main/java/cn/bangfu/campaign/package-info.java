/** Campaigns (帮扶行动) and who helps which target: 三帮一 assignments with their history, stationed cadres. */
package cn.bangfu.campaign;
