package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.SchemeGrading;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How the year-end appraisal turns totals into grades (等次), for {@link Grading}. A unit whose total is at or above
 * {@code excellentFrom} is EXCELLENT by score, at or above {@code goodFrom} GOOD, at or above {@code passFrom} PASS, and
 * below {@code passFrom} FAIL; the thresholds are points of the scheme's total (90, 80, 60 of 100), as the scheme sets them
 * ({@link SchemeGrading}) or by default. The quotas are the
 * most units of one unit type that may be EXCELLENT or GOOD, in percent of the units of that type, 0 to 100; 100 means
 * no limit. PASS and FAIL have no quota.
 *
 * <p>The constructor refuses inconsistent rules with an {@link IllegalArgumentException} naming every problem; it is a
 * programming check, so the message is English: the page or the API validates what the user types with its own messages
 * before building the rules.
 */
public record GradeRules(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom, int excellentQuotaPercent,
                         int goodQuotaPercent) implements Serializable {

    /** The quota that does not limit: every unit of the type may hold the grade. */
    public static final int NO_LIMIT = SchemeGrading.NO_LIMIT;

    public GradeRules {
        List<String> problems = problems(excellentFrom, goodFrom, passFrom, excellentQuotaPercent, goodQuotaPercent);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Invalid grade rules: " + String.join("; ", problems));
        }
    }

    /**
     * The usual rules: EXCELLENT from 90%, GOOD from 80%, PASS from 60% of the total, each rounded half up to 2 decimals
     * (of 120: 108.00, 96.00, 72.00); at most 20% EXCELLENT, GOOD without limit.
     */
    public static GradeRules defaults(BigDecimal total) {
        return of(SchemeGrading.defaults(total));
    }

    /** The rules a scheme grades by ({@link cn.bangfu.appraisal.entity.ScoringScheme#grading()}). */
    public static GradeRules of(SchemeGrading g) {
        return new GradeRules(g.getExcellentFrom(), g.getGoodFrom(), g.getPassFrom(), g.getExcellentQuotaPercent(), g.getGoodQuotaPercent());
    }

    /** Every reason the rules would be refused, in English; empty when they are consistent. */
    public static List<String> problems(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom, int excellentQuotaPercent,
                                        int goodQuotaPercent) {
        List<String> problems = new ArrayList<>();
        threshold(problems, "excellentFrom", excellentFrom);
        threshold(problems, "goodFrom", goodFrom);
        threshold(problems, "passFrom", passFrom);
        if (excellentFrom != null && goodFrom != null && excellentFrom.compareTo(goodFrom) < 0) {
            problems.add("excellentFrom (" + excellentFrom.toPlainString() + ") is below goodFrom (" + goodFrom.toPlainString() + ")");
        }
        if (goodFrom != null && passFrom != null && goodFrom.compareTo(passFrom) < 0) {
            problems.add("goodFrom (" + goodFrom.toPlainString() + ") is below passFrom (" + passFrom.toPlainString() + ")");
        }
        quota(problems, "excellentQuotaPercent", excellentQuotaPercent);
        quota(problems, "goodQuotaPercent", goodQuotaPercent);
        return problems;
    }

    private static void threshold(List<String> problems, String name, BigDecimal value) {
        if (value == null) {
            problems.add(name + " is missing");
        } else if (value.signum() < 0) {
            problems.add(name + " (" + value.toPlainString() + ") is negative");
        }
    }

    private static void quota(List<String> problems, String name, int percent) {
        if (percent < 0 || percent > NO_LIMIT) {
            problems.add(name + " (" + percent + ") is outside 0..100");
        }
    }
}
