/** Demo mode's 平江县 campaign: the 2026 三帮一 assignments, plans, visits and stationed cadres, loaded at start after the demo registry. */
package cn.bangfu.campaign.demo;
