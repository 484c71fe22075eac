/** Platform logic behind the boundaries: the data source that serves H2 and PostgreSQL, the audit trail, message bundles, import spreadsheets. */
package cn.bangfu.platform.control;
