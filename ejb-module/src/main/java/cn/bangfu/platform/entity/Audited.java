package cn.bangfu.platform.entity;

import java.util.Map;

/** A record whose changes go into the audit trail: it says who it is and what its fields hold. */
public interface Audited {

    String auditType();

    String auditId();

    /** The audited fields as text, field name → value; null values may be left out. */
    Map<String, String> auditSnapshot();
}
