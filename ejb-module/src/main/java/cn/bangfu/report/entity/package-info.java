/**
 * What the report component keeps and shows: circulars (督查通报) with their frozen tables, and the figures of a monthly
 * briefing (简报) as they are gathered for one month, one campaign and one reader.
 */
package cn.bangfu.report.entity;
