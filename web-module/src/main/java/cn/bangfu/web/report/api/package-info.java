/** The REST API of generated documents: circulars (督查通报) and monthly briefings (简报). */
package cn.bangfu.web.report.api;
