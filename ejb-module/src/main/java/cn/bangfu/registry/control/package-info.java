/** Registry searches, changes with audit, the scope of targets a unit helps, and the enterprise and key-project spreadsheets. */
package cn.bangfu.registry.control;
