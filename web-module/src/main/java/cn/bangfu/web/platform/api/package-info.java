/** REST conventions shared by every resource: the /api application, paging, RFC 9457 problem documents, CSRF guard, spreadsheet up- and downloads. */
package cn.bangfu.web.platform.api;
