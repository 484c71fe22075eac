/** The demo's published circular: the seed's first circular on the April round, at the end of April. */
package cn.bangfu.report.demo;
