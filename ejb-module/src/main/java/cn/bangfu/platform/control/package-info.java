/** Platform logic behind the boundaries: the data source that serves H2 and PostgreSQL, the clock, the audit trail, and reading and writing import spreadsheets. */
package cn.bangfu.platform.control;
