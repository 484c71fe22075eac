/** Regions, units, cadres, user accounts and roles with their rules (codes, password policy, lockout, scope), and the filters of their lists. */
package cn.bangfu.org.entity;
