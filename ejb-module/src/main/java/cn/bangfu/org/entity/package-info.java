/** Regions, units, user accounts and roles, with their rules: codes, password policy, lockout, scope. */
package cn.bangfu.org.entity;
