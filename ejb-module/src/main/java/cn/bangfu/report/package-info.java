/** Generated documents: briefings (简报), circulars (督查通报) and exports, laid out the way the offices file them. */
package cn.bangfu.report;
