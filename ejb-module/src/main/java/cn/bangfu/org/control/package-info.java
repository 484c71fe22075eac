/** Queries and helpers behind the organisation boundaries: the caller's scope, unit and cadre searches and changes, password hashing, spreadsheets. */
package cn.bangfu.org.control;
