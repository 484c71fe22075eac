/** Pages of the year-end appraisal: the scoring schemes (考评细则) as evaluators keep them and units read them. */
package cn.bangfu.web.appraisal;
