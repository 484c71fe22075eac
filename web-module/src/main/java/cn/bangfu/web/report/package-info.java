/** Pages of generated documents: the circulars (督查通报) a unit reads and the office edits and publishes, the briefing download. */
package cn.bangfu.web.report;
