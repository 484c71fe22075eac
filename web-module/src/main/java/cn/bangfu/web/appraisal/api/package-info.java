/** The REST API of the appraisal: scoring schemes (考评细则). */
package cn.bangfu.web.appraisal.api;
