package cn.bangfu.appraisal.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scheme tried on one unit before it is published (试算): what the unit would get now by the scheme's saved content, as of
 * {@code asOf} (the period's last day, or today while it runs). Nothing is stored.
 *
 * @param applies   whether the scheme scores this unit (its part in the campaign's assignments and its unit type); a unit
 *                  outside is scored all the same, so the evaluators can try a scheme on any unit they see
 * @param items     every indicator in tree order; {@code points} is null for MANUAL and BONUS (the evaluators score them),
 *                  a GROUP's is the sum of its computed descendants, and all are null when the computation failed
 * @param vetoes    every veto with whether it holds for the unit
 * @param capGrade  the best grade the vetoes that hold allow, or null
 * @param autoTotal the points computed now (AUTO and DEDUCTION, what the evaluators score aside), or null on a failure
 * @param failure   the indicator (or veto) whose formula could not be computed for this unit and why, or null
 */
public record SchemePreview(Long schemeId, String schemeName, Integer schemeVersion, String unitCode, String unitName, LocalDate asOf,
                            boolean applies, List<Item> items, List<VetoCheck> vetoes, String capGrade, BigDecimal autoTotal,
                            Failure failure) implements Serializable {

    /**
     * One indicator's line: {@code depth} 0 at the top, {@code inputs} the metric values its points come from, by metric
     * key (a formula's metrics for AUTO, the findings by severity for DEDUCTION, none for the others).
     */
    public record Item(String indicator, String name, String kind, String parent, int depth, BigDecimal max, BigDecimal points,
                       Map<String, Double> inputs) implements Serializable {
    }

    /** A veto, whether it holds for the unit, and the metric values its condition reads. */
    public record VetoCheck(String code, String name, String condition, String capGrade, boolean holds, Map<String, Double> inputs)
            implements Serializable {
    }

    /** What could not be computed: the indicator's or veto's code and name, and the reason in the reader's language. */
    public record Failure(String indicator, String name, String message) implements Serializable {
    }
}
