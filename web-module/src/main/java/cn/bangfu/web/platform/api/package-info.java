/** REST conventions shared by every resource: the /api application, paging, RFC 9457 problem documents, CSRF guard. */
package cn.bangfu.web.platform.api;
