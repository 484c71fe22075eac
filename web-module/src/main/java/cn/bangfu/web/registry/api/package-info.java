/** REST resources for enterprises, key projects and the enterprise import, under /api/v1. */
package cn.bangfu.web.registry.api;
