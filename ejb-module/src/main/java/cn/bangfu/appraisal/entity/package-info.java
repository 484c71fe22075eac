/**
 * The appraisal's records: scoring schemes (考评细则) with their indicator trees and vetoes, appraisal forms (考评表) with
 * their items, history and appeals, batch scoring jobs, and what the API shows of them.
 */
package cn.bangfu.appraisal.entity;
