/** Platform entry points: schema migration at start, readiness, and the audit log for auditors. */
package cn.bangfu.platform.boundary;
