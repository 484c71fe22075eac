package cn.bangfu.platform.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** Filters of the audit log: who, which kind of record, from and to which day (both inclusive). */
public record AuditQuery(String actor, String entityType, LocalDate from, LocalDate to) implements Serializable {

    public static final AuditQuery ALL = new AuditQuery(null, null, null, null);
}
