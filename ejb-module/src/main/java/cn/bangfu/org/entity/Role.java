package cn.bangfu.org.entity;

import java.util.EnumSet;
import java.util.Set;

/** What a user does in Bangfu (DESIGN §1). The three admin roles are kept apart (三员分立). */
public enum Role {
    OFFICE, UNIT, LEADER, INSPECTOR, EVALUATOR, ENTERPRISE, SYSADMIN, SECADMIN, AUDITOR;

    public static final Set<Role> ADMINS = EnumSet.of(SYSADMIN, SECADMIN, AUDITOR);

    public boolean admin() {
        return ADMINS.contains(this);
    }
}
