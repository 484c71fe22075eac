package cn.bangfu.platform.entity;

/**
 * The names of the roles ({@code cn.bangfu.org.entity.Role}) as compile-time constants, for {@code @RolesAllowed} and
 * {@code isCallerInRole}, which cannot take an enum. RolesTest keeps them equal to the enum.
 */
public final class Roles {

    public static final String OFFICE = "OFFICE";
    public static final String UNIT = "UNIT";
    public static final String LEADER = "LEADER";
    public static final String INSPECTOR = "INSPECTOR";
    public static final String EVALUATOR = "EVALUATOR";
    public static final String ENTERPRISE = "ENTERPRISE";
    public static final String SYSADMIN = "SYSADMIN";
    public static final String SECADMIN = "SECADMIN";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }
}
