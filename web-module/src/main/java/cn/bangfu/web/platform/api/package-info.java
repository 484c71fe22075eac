/** REST conventions shared by every resource: the /api application, paging, RFC 9457 problem documents, CSRF guard, spreadsheet up- and downloads, and the OpenAPI document finished from the resources (bodies typed, statuses of success). */
package cn.bangfu.web.platform.api;
