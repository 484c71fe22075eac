/** Cross-cutting services every component uses: migrations, audit trail, paging, errors, configuration. */
package cn.bangfu.platform;
