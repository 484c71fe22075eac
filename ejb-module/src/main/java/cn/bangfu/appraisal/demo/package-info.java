/** The demo campaign's 2026 年度 scheme, shaped like a county 考评细则: leading units and co-units apart. */
package cn.bangfu.appraisal.demo;
