/**
 * Where pages and the API reach the appraisal: scoring schemes drafted, checked, versioned and published; forms opened,
 * filled, computed (one or a campaign's in the background), taken through the workflow and appealed; the results.
 */
package cn.bangfu.appraisal.boundary;
