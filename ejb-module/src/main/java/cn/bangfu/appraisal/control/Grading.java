package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.Grade;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The ranking and the grades (等次) of the year-end appraisal, from the units' totals. These are the published rules; the
 * results page shows them as written here.
 *
 * <ol>
 * <li><b>Ranking.</b> Units are ranked within their unit type only, never across types. The higher total ranks first.
 * When two totals are equal, the unit with fewer points deducted for inspection findings ranks first. When those are
 * equal too, the unit code decides, in character order (A before B, 1 before 2). So no two units of a type share a
 * rank: the ranks are 1, 2, 3 … up to the number of units of the type. A veto does not change a unit's rank.</li>
 * <li><b>Grade by score.</b> A total at or above the EXCELLENT threshold is EXCELLENT; otherwise at or above the GOOD
 * threshold GOOD; otherwise at or above the PASS threshold PASS; otherwise FAIL.</li>
 * <li><b>Veto.</b> A unit under a veto (一票否决) gets at best the grade the veto names: the worse of its grade by score
 * and that grade. Such a unit is marked as vetoed, even when its grade by score was already at or below the cap.</li>
 * <li><b>Quotas.</b> The most units of a unit type that may be EXCELLENT (and, likewise, GOOD) is the number of units of
 * that type, vetoed units included, times the quota percentage, divided by 100 and <em>rounded down</em>, so that the
 * quota is never exceeded: 20% of 12 units is 2 (not 2.4), 20% of 14 units is 2 (not 2.8). One exception: a quota above
 * 0% always allows at least one unit, so 20% of 3 units is 1. A quota of 0% allows none; a quota of 100% sets no
 * limit. PASS and FAIL have no limit.</li>
 * <li><b>Applying the quotas.</b> Going down the ranking, a unit that would be EXCELLENT once the EXCELLENT places are
 * all taken is GOOD instead; then, the same way, a unit that would be GOOD once the GOOD places are all taken is PASS
 * instead. Such a unit is marked as held back by the quota. A unit held back from EXCELLENT takes a GOOD place if one is
 * left. A place is taken only by a unit that ends up with that grade, so a vetoed unit capped below EXCELLENT leaves
 * the EXCELLENT place to the next unit. Because the ranking never has two units on one rank, a tie at the edge of a
 * quota is settled by the tie rule above, never by chance.</li>
 * </ol>
 *
 * <p>The results come in the order of the unit type (in character order), then of the rank; the use of the quotas comes
 * as one line per unit type and grade, all four grades, also those no unit holds.
 */
public final class Grading {

    /** Rule 1: total descending, then points deducted ascending, then unit code ascending. */
    static final Comparator<Candidate> RANKING = Comparator.comparing(Candidate::total, Comparator.reverseOrder())
            .thenComparing(Candidate::pointsDeducted)
            .thenComparing(Candidate::unitCode);

    private Grading() {
    }

    /**
     * A unit to grade. {@code pointsDeducted} is what its DEDUCTION indicators took off (0 or more); {@code cap} is null
     * when no veto applies, else the best grade the veto leaves it.
     */
    public record Candidate(long id, String unitCode, String unitType, BigDecimal total, BigDecimal pointsDeducted, Grade cap)
            implements Serializable {

        public Candidate {
            if (unitCode == null) {
                throw new IllegalArgumentException("The unit code of candidate " + id + " is missing");
            }
            if (unitType == null) {
                throw new IllegalArgumentException("The unit type of unit " + unitCode + " is missing");
            }
            if (total == null) {
                throw new IllegalArgumentException("The total of unit " + unitCode + " is missing: a unit is graded only once scored");
            }
            if (pointsDeducted == null || pointsDeducted.signum() < 0) {
                throw new IllegalArgumentException("The points deducted from unit " + unitCode + " must be 0 or more, not " + pointsDeducted);
            }
        }
    }

    /**
     * A unit's place and grade. {@code vetoed}: a veto capped its grade, whether or not that lowered it;
     * {@code heldBackByQuota}: its grade is lower than it would be without the quotas.
     */
    public record Result(long id, String unitCode, String unitType, BigDecimal total, int rank, Grade grade, boolean vetoed,
                         boolean heldBackByQuota) implements Serializable {
    }

    /** How many units of a type hold a grade, and the most that may ({@code limit} null when there is no limit). */
    public record QuotaUse(String unitType, Grade grade, int units, Integer limit) implements Serializable {
    }

    /** The results in ranking order, by unit type, then rank; the quota use by unit type, then grade. */
    public record Graded(List<Result> results, List<QuotaUse> quotaUse) implements Serializable {

        public Graded {
            results = List.copyOf(results);
            quotaUse = List.copyOf(quotaUse);
        }
    }

    /**
     * Ranks and grades the units by the rules of this class. Refuses (IllegalArgumentException) a missing list or rules, a
     * missing candidate, two candidates with one id, and two units of one type with one code, which would leave their
     * order to chance.
     */
    public static Graded grade(List<Candidate> candidates, GradeRules rules) {
        if (candidates == null || rules == null) {
            throw new IllegalArgumentException("Grading needs the candidates and the rules");
        }
        Map<String, List<Candidate>> byType = new TreeMap<>();
        Set<Long> ids = new HashSet<>();
        Set<List<String>> codes = new HashSet<>();
        for (Candidate c : candidates) {
            if (c == null) {
                throw new IllegalArgumentException("A candidate is missing");
            }
            if (!ids.add(c.id())) {
                throw new IllegalArgumentException("Candidate " + c.id() + " is listed twice");
            }
            if (!codes.add(List.of(c.unitType(), c.unitCode()))) {
                throw new IllegalArgumentException("Unit " + c.unitCode() + " is listed twice in unit type " + c.unitType());
            }
            byType.computeIfAbsent(c.unitType(), t -> new ArrayList<>()).add(c);
        }
        List<Result> results = new ArrayList<>(candidates.size());
        List<QuotaUse> quotaUse = new ArrayList<>(byType.size() * Grade.values().length);
        for (Map.Entry<String, List<Candidate>> type : byType.entrySet()) {
            gradeType(type.getKey(), type.getValue(), rules, results, quotaUse);
        }
        return new Graded(results, quotaUse);
    }

    private static void gradeType(String unitType, List<Candidate> units, GradeRules rules, List<Result> results, List<QuotaUse> quotaUse) {
        List<Candidate> ranked = new ArrayList<>(units);
        ranked.sort(RANKING);
        Map<Grade, Integer> limits = new EnumMap<>(Grade.class);
        limits.put(Grade.EXCELLENT, limit(ranked.size(), rules.excellentQuotaPercent()));
        limits.put(Grade.GOOD, limit(ranked.size(), rules.goodQuotaPercent()));
        Map<Grade, Integer> held = new EnumMap<>(Grade.class);
        for (Grade g : Grade.values()) {
            held.put(g, 0);
        }
        for (int i = 0; i < ranked.size(); i++) {
            Candidate c = ranked.get(i);
            Grade grade = worse(byScore(c.total(), rules), c.cap());
            boolean heldBack = false;
            // EXCELLENT before GOOD: a unit held back from EXCELLENT must then find a GOOD place or drop to PASS.
            if (grade == Grade.EXCELLENT && full(held, limits, Grade.EXCELLENT)) {
                grade = Grade.GOOD;
                heldBack = true;
            }
            if (grade == Grade.GOOD && full(held, limits, Grade.GOOD)) {
                grade = Grade.PASS;
                heldBack = true;
            }
            held.merge(grade, 1, Integer::sum);
            results.add(new Result(c.id(), c.unitCode(), unitType, c.total(), i + 1, grade, c.cap() != null, heldBack));
        }
        for (Grade g : Grade.values()) {
            quotaUse.add(new QuotaUse(unitType, g, held.get(g), limits.get(g)));
        }
    }

    /**
     * Rule 4: the most units of a type of {@code units} units that a quota of {@code percent} lets hold a grade, or null
     * for no limit (100%): rounded down, but at least 1 when the quota is above 0% and the type has a unit.
     */
    public static Integer limit(int units, int percent) {
        if (units < 0 || percent < 0 || percent > GradeRules.NO_LIMIT) {
            throw new IllegalArgumentException("No quota of " + percent + "% of " + units + " units");
        }
        if (percent == GradeRules.NO_LIMIT) {
            return null;
        }
        int rounded = (int) ((long) units * percent / 100);
        return percent > 0 && units > 0 ? Math.max(1, rounded) : rounded;
    }

    /** Rule 2: the grade by the thresholds alone. */
    public static Grade byScore(BigDecimal total, GradeRules rules) {
        if (total == null || rules == null) {
            throw new IllegalArgumentException("A grade by score needs a total and the rules");
        }
        if (total.compareTo(rules.excellentFrom()) >= 0) {
            return Grade.EXCELLENT;
        }
        if (total.compareTo(rules.goodFrom()) >= 0) {
            return Grade.GOOD;
        }
        if (total.compareTo(rules.passFrom()) >= 0) {
            return Grade.PASS;
        }
        return Grade.FAIL;
    }

    private static Grade worse(Grade grade, Grade cap) {
        // Grade is declared best first, so the worse grade is the later one.
        return cap == null || grade.compareTo(cap) >= 0 ? grade : cap;
    }

    private static boolean full(Map<Grade, Integer> held, Map<Grade, Integer> limits, Grade grade) {
        Integer limit = limits.get(grade);
        return limit != null && held.get(grade) >= limit;
    }
}
