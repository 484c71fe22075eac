package cn.bangfu.appraisal.control;

/**
 * What a grade's quota of a percent means to {@link Grading}, and so how the results page and documents word it: no
 * place (0), a share of the unit type's units rounded down with at least one, or no limit (100).
 */
public enum Quota {
    NONE, SHARE, FREE;

    public static Quota of(int percent) {
        return percent <= 0 ? NONE : percent >= GradeRules.NO_LIMIT ? FREE : SHARE;
    }

    /** Whether the rounding rule applies to any of these quotas: only a share is rounded. */
    public static boolean anyShare(int... percents) {
        for (int p : percents) {
            if (of(p) == SHARE) {
                return true;
            }
        }
        return false;
    }
}
