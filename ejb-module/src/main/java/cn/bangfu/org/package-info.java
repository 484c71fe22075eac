/** The organisation: regions (行政区划), units (单位) and user accounts, and who may see what. */
package cn.bangfu.org;
