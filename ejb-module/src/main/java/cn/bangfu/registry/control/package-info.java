/** Registry searches, changes with audit, and the enterprise spreadsheet (template, import check, export). */
package cn.bangfu.registry.control;
