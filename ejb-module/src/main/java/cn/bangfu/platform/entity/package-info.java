/** Value objects every component shares: paging, field errors and their messages, import results, audit records and the exceptions boundaries throw. */
package cn.bangfu.platform.entity;
