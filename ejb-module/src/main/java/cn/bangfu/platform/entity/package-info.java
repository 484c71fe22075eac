/** Value objects shared by all components: pages of results, field errors, import results and the exceptions boundaries throw. */
package cn.bangfu.platform.entity;
