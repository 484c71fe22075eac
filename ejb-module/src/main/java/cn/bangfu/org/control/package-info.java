/** Queries and helpers behind the organisation boundaries: the caller's scope, unit search, password hashing, unit spreadsheets. */
package cn.bangfu.org.control;
