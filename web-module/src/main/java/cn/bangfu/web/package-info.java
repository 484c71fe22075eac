/** Bangfu's web module: Faces pages, their backing beans, and the REST API for the province's other systems. */
package cn.bangfu.web;
