/** Authentication: one mechanism for HTTP Basic on /api/* and the form login elsewhere, backed by the account identity store. */
package cn.bangfu.web.platform.security;
