package cn.bangfu.appraisal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * The grade rules (等次) a scheme sets: the thresholds in points of its total from which a unit is EXCELLENT, GOOD or PASS,
 * and the most units of a unit type that may be EXCELLENT or GOOD, in percent (100: no limit). A scheme that sets none is
 * graded by {@link #defaults} of its total. Checked before it is made ({@code SchemeCheck}); the grading itself is
 * {@code GradeRules} and {@code Grading}.
 */
@Embeddable
public class SchemeGrading implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The quota that does not limit: every unit of the type may hold the grade. */
    public static final int NO_LIMIT = 100;

    private static final BigDecimal EXCELLENT_SHARE = new BigDecimal("0.90");
    private static final BigDecimal GOOD_SHARE = new BigDecimal("0.80");
    private static final BigDecimal PASS_SHARE = new BigDecimal("0.60");
    private static final int DEFAULT_EXCELLENT_QUOTA = 20;

    @Column(name = "excellent_from", precision = 7, scale = 2)
    private BigDecimal excellentFrom;

    @Column(name = "good_from", precision = 7, scale = 2)
    private BigDecimal goodFrom;

    @Column(name = "pass_from", precision = 7, scale = 2)
    private BigDecimal passFrom;

    @Column(name = "excellent_quota")
    private Integer excellentQuotaPercent;

    @Column(name = "good_quota")
    private Integer goodQuotaPercent;

    protected SchemeGrading() {
    }

    public SchemeGrading(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom, int excellentQuotaPercent, int goodQuotaPercent) {
        this.excellentFrom = excellentFrom;
        this.goodFrom = goodFrom;
        this.passFrom = passFrom;
        this.excellentQuotaPercent = excellentQuotaPercent;
        this.goodQuotaPercent = goodQuotaPercent;
    }

    /**
     * The usual rules: EXCELLENT from 90%, GOOD from 80%, PASS from 60% of the total, each rounded half up to 2 decimals
     * (of 120: 108.00, 96.00, 72.00); at most 20% EXCELLENT, GOOD without limit.
     */
    public static SchemeGrading defaults(BigDecimal total) {
        if (total == null || total.signum() < 0) {
            throw new IllegalArgumentException("The scheme's total must be a number of points of at least 0, not " + total);
        }
        return new SchemeGrading(share(total, EXCELLENT_SHARE), share(total, GOOD_SHARE), share(total, PASS_SHARE), DEFAULT_EXCELLENT_QUOTA,
                NO_LIMIT);
    }

    private static BigDecimal share(BigDecimal total, BigDecimal share) {
        return total.multiply(share).setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether the rules are all there: EclipseLink may read the columns of a scheme that sets none as an empty object. */
    boolean complete() {
        return excellentFrom != null && goodFrom != null && passFrom != null && excellentQuotaPercent != null && goodQuotaPercent != null;
    }

    /** The rules as the API shows them, points as people write them (90, not 90.00). */
    public SchemeData.GradingData data() {
        return new SchemeData.GradingData(ScoringScheme.points(excellentFrom), ScoringScheme.points(goodFrom), ScoringScheme.points(passFrom),
                excellentQuotaPercent, goodQuotaPercent);
    }

    public BigDecimal getExcellentFrom() {
        return excellentFrom;
    }

    public BigDecimal getGoodFrom() {
        return goodFrom;
    }

    public BigDecimal getPassFrom() {
        return passFrom;
    }

    public int getExcellentQuotaPercent() {
        return excellentQuotaPercent;
    }

    public int getGoodQuotaPercent() {
        return goodQuotaPercent;
    }

    /** Equal rules grade alike: thresholds compared as numbers (90 equals 90.00). */
    @Override
    public boolean equals(Object o) {
        return o instanceof SchemeGrading g && same(excellentFrom, g.excellentFrom) && same(goodFrom, g.goodFrom) && same(passFrom, g.passFrom)
                && Objects.equals(excellentQuotaPercent, g.excellentQuotaPercent) && Objects.equals(goodQuotaPercent, g.goodQuotaPercent);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ScoringScheme.points(excellentFrom), ScoringScheme.points(goodFrom), ScoringScheme.points(passFrom),
                excellentQuotaPercent, goodQuotaPercent);
    }

    /**
     * The rules in the audit trail, in no one's language and with points as people write them, so that a save of the same
     * rules read back as 90.00 records no change: "90/80/60 20%/100%" (thresholds; EXCELLENT's and GOOD's quotas).
     */
    @Override
    public String toString() {
        return ScoringScheme.points(excellentFrom) + "/" + ScoringScheme.points(goodFrom) + "/" + ScoringScheme.points(passFrom) + " "
                + excellentQuotaPercent + "%/" + goodQuotaPercent + "%";
    }

    /**
     * Whether rules as typed are the defaults of {@code total}: a scheme that keeps them is saved without rules of its own,
     * so that they go on following its total.
     */
    public static boolean defaultsOf(SchemeData.GradingData typed, BigDecimal total) {
        return typed != null && total != null && total.signum() >= 0 && typed.excellentQuotaPercent() != null && typed.goodQuotaPercent() != null
                && defaults(total).equals(new SchemeGrading(typed.excellentFrom(), typed.goodFrom(), typed.passFrom(), typed.excellentQuotaPercent(),
                typed.goodQuotaPercent()));
    }
}
