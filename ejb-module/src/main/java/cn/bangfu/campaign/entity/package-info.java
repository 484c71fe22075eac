/** Campaigns, assignments, plans, visits and stationed cadres with the rules they carry, and the records and filters pages and the API exchange. */
package cn.bangfu.campaign.entity;
