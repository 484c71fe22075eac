package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.Grade;
import cn.bangfu.appraisal.entity.Indicator;
import cn.bangfu.appraisal.entity.IndicatorKind;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.appraisal.entity.Veto;
import cn.bangfu.platform.entity.Messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A scheme ready to score units: its formulas parsed once and shared by every form of a batch ({@link Formula} is
 * immutable), the deductions per finding, the vetoes. Points are rounded to 2 decimals, half up.
 */
public final class CompiledScheme {

    /** What a computation gives one form: the computed points by indicator, the vetoes that hold, the best grade they allow. */
    public record Computed(Map<String, BigDecimal> scores, List<String> vetoes, Grade cap) {
    }

    private static final Set<Metric> FINDINGS = EnumSet.of(Metric.FINDINGS_MINOR, Metric.FINDINGS_MAJOR, Metric.FINDINGS_SERIOUS);
    private static final double TOLERANCE = 1e-9;

    private final List<Indicator> indicators;
    private final Map<String, Formula> formulas = new LinkedHashMap<>();
    private final List<Veto> vetoes;
    private final Map<String, Formula> conditions = new LinkedHashMap<>();

    private CompiledScheme(ScoringScheme scheme) {
        this.indicators = List.copyOf(scheme.getIndicators());
        this.vetoes = List.copyOf(scheme.getVetoes());
        for (Indicator i : indicators) {
            if (i.getKind() == IndicatorKind.AUTO) {
                formulas.put(i.getCode(), Formula.parse(i.getFormula()));
            }
        }
        for (Veto v : vetoes) {
            conditions.put(v.getCode(), Formula.parse(v.getCondition()));
        }
    }

    public static CompiledScheme of(ScoringScheme scheme) {
        return new CompiledScheme(scheme);
    }

    /**
     * The computed points of one unit: each AUTO indicator's formula over its metrics, each DEDUCTION indicator's maximum
     * less the points per finding by severity (never below 0), and the vetoes. A formula that cannot be evaluated or ends
     * outside 0..max fails the whole form ({@link IndicatorFailure}: the indicator and the reason), so that no form is
     * half computed.
     */
    public Computed compute(Map<Metric, Double> values) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            if (i.getKind() == IndicatorKind.AUTO) {
                scores.put(i.getCode(), auto(i, values));
            } else if (i.getKind() == IndicatorKind.DEDUCTION) {
                scores.put(i.getCode(), deduction(i, values));
            }
        }
        List<String> held = new ArrayList<>();
        Grade cap = null;
        for (Veto v : vetoes) {
            boolean holds;
            try {
                holds = conditions.get(v.getCode()).test(values);
            } catch (FormulaException e) {
                throw new IndicatorFailure(v.getCode(), e.problem());
            }
            if (holds) {
                held.add(v.getCode());
                cap = cap == null || v.getCapGrade().compareTo(cap) > 0 ? v.getCapGrade() : cap;
            }
        }
        return new Computed(scores, held, cap);
    }

    private BigDecimal auto(Indicator i, Map<Metric, Double> values) {
        double v;
        try {
            v = formulas.get(i.getCode()).evaluate(values);
        } catch (FormulaException e) {
            throw new IndicatorFailure(i.getCode(), e.problem());
        }
        double max = i.getMax().doubleValue();
        double slack = TOLERANCE * Math.max(1, max);
        if (v < -slack || v > max + slack) {
            throw new IndicatorFailure(i.getCode(), FormulaProblem.of("formula.outOfRange", new Messages.Term(
                    "formula.case.ACTUAL"), Formula.points(v), Formula.points(max)));
        }
        return BigDecimal.valueOf(Math.min(max, Math.max(0, v))).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal deduction(Indicator i, Map<Metric, Double> values) {
        BigDecimal off = per(i.getDeductMinor(), values.get(Metric.FINDINGS_MINOR))
                .add(per(i.getDeductMajor(), values.get(Metric.FINDINGS_MAJOR)))
                .add(per(i.getDeductSerious(), values.get(Metric.FINDINGS_SERIOUS)));
        return i.getMax().subtract(off).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal per(BigDecimal points, Double count) {
        return points == null || count == null ? BigDecimal.ZERO : points.multiply(BigDecimal.valueOf(count.longValue()));
    }

    /** The metrics an indicator's points come from: its formula's (AUTO), the findings (DEDUCTION), none (by hand). */
    public Set<Metric> inputsOf(String indicator) {
        Formula f = formulas.get(indicator);
        if (f != null) {
            return f.metrics();
        }
        return indicators.stream().anyMatch(i -> i.getCode().equals(indicator) && i.getKind() == IndicatorKind.DEDUCTION) ? FINDINGS : Set.of();
    }

    /** A form that could not be computed: the indicator (or veto) and what went wrong, as a formula's problem. */
    public static final class IndicatorFailure extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String indicator;
        private final FormulaProblem problem;

        IndicatorFailure(String indicator, FormulaProblem problem) {
            super(indicator + ": " + problem.key() + " " + problem.args());
            this.indicator = indicator;
            this.problem = problem;
        }

        public String indicator() {
            return indicator;
        }

        public FormulaProblem problem() {
            return problem;
        }
    }
}
