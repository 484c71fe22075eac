/** Pages for enterprises and key projects: lazy tables with filters, forms, the enterprise import and export. */
package cn.bangfu.web.registry;
