package cn.bangfu.ledger.entity;

import java.io.Serializable;

/**
 * The counts behind the ledger's rates, for one group of problems (a unit, a region, a category, a month, or all), and
 * the rates DESIGN §6 defines over them. The one definition: the API, the pages, the exports and the appraisal all
 * take their rates from here.
 * <ul>
 * <li>collected: problems registered (withdrawn ones, never problems, are not counted);
 * <li>resolved: RESOLVED or CLOSED; closed: CLOSED;
 * <li>化解率 resolution rate = resolved / collected; 销号率 closure rate = closed / collected;
 * <li>按时办结率 on-time rate = resolved by the deadline in force (extensions counted) / resolved, and against the
 * original deadline;
 * <li>满意率 satisfaction rate = (满意 + 基本满意) / rated.
 * </ul>
 * A rate is a number from 0 to 1 rounded to 4 decimals (half up), null when its denominator is 0. Pages show it as a
 * percentage with one decimal, rounded from the exact ratio ({@link #percent}), never from the rounded rate: 2,161 of
 * 2,184 is 0.9895 but 98.9% (0.98947…), as 邵阳 reported it.
 */
public record ProblemCounts(long collected, long resolved, long closed, long resolvedOnTime, long resolvedOnTimeOriginal, long rated,
                            long satisfied) implements Serializable {

    public static final ProblemCounts NONE = new ProblemCounts(0, 0, 0, 0, 0, 0, 0);

    public ProblemCounts plus(ProblemCounts o) {
        return new ProblemCounts(collected + o.collected, resolved + o.resolved, closed + o.closed, resolvedOnTime + o.resolvedOnTime,
                resolvedOnTimeOriginal + o.resolvedOnTimeOriginal, rated + o.rated, satisfied + o.satisfied);
    }

    public Double resolutionRate() {
        return rate(resolved, collected);
    }

    public Double closureRate() {
        return rate(closed, collected);
    }

    public Double onTimeRate() {
        return rate(resolvedOnTime, resolved);
    }

    public Double onTimeRateOriginal() {
        return rate(resolvedOnTimeOriginal, resolved);
    }

    public Double satisfactionRate() {
        return rate(satisfied, rated);
    }

    /** {@code part / whole} rounded half up to 4 decimals; null when {@code whole} is 0. */
    public static Double rate(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(part).divide(java.math.BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    /** {@code part / whole} as a percentage with one decimal ("98.9%"), rounded half up from the exact ratio; "—" when {@code whole} is 0. */
    public static String percent(long part, long whole) {
        return whole == 0 ? "—" : percentValue(part, whole) + "%";
    }

    /** {@code part / whole} in percent with one decimal, rounded half up from the exact ratio (98.9); null when {@code whole} is 0. */
    public static java.math.BigDecimal percentValue(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return java.math.BigDecimal.valueOf(part * 100L).divide(java.math.BigDecimal.valueOf(whole), 1, java.math.RoundingMode.HALF_UP);
    }

    /** The counts and rates of a group, named. */
    public MetricsRow row(String key, String name) {
        return new MetricsRow(key, name, collected, resolved, closed, resolvedOnTime, resolvedOnTimeOriginal, rated, satisfied,
                resolutionRate(), closureRate(), onTimeRate(), onTimeRateOriginal(), satisfactionRate());
    }
}
