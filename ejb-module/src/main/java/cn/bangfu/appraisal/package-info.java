/** The year-end appraisal (考评): scoring schemes, appraisal forms, scoring, grades with quotas, publicity and appeals. */
package cn.bangfu.appraisal;
