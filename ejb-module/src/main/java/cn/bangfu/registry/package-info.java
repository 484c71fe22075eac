/** Enterprises and key projects: the assistance targets of a campaign, with the registry's rules (credit codes, industries, scale). */
package cn.bangfu.registry;
