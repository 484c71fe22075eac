/** Where pages and the API reach the appraisal: scoring schemes drafted, checked, versioned and published. */
package cn.bangfu.appraisal.boundary;
