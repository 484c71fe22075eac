/** Pages for regions, units and accounts. */
package cn.bangfu.web.org;
