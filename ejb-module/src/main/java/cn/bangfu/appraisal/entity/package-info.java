/** The appraisal's records: scoring schemes (考评细则) with their indicator trees and vetoes, and what the API shows of them. */
package cn.bangfu.appraisal.entity;
