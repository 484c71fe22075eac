package cn.bangfu.appraisal.entity;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A scoring scheme as the API and the editor exchange it: {@code id, name, periodType, from, to, appliesTo, unitTypes,
 * status, schemeVersion, version, total, indicators, vetoes} as the issue spells them, plus the campaign, the bonus cap (the
 * most all BONUS indicators add together), {@code grading}: the grade rules (absent when sent: the defaults of the total;
 * always the rules in force when read) and, on a POST, {@code copyOf}: the scheme a new draft starts from.
 */
public record SchemeData(Long id, String campaign, String name, String periodType, LocalDate from, LocalDate to, String appliesTo,
                         List<String> unitTypes, String status, Integer schemeVersion, Long version, BigDecimal total, BigDecimal bonusCap,
                         List<IndicatorData> indicators, List<VetoData> vetoes, GradingData grading, Long copyOf) implements Serializable {

    /**
     * An indicator and its children: {@code code, name, max, kind, formula} (AUTO), {@code deductions} (DEDUCTION: points
     * off per finding by severity, e.g. {"MINOR": 1, "MAJOR": 3, "SERIOUS": 5}), {@code rule} (细则), {@code children} (GROUP).
     */
    public record IndicatorData(String code, String name, BigDecimal max, String kind, String formula, Map<String, BigDecimal> deductions,
                                String rule, List<IndicatorData> children) implements Serializable {
    }

    /** A veto: {@code code, name, condition} (over the metrics, e.g. "findingsSerious > 0"), {@code capGrade}. */
    public record VetoData(String code, String name, String condition, String capGrade) implements Serializable {
    }

    /**
     * The grade rules: {@code excellentFrom, goodFrom, passFrom} in points of the total, {@code excellentQuotaPercent,
     * goodQuotaPercent} the most units of a unit type that may hold the grade, 0 to 100 (100: no limit).
     */
    public record GradingData(BigDecimal excellentFrom, BigDecimal goodFrom, BigDecimal passFrom, Integer excellentQuotaPercent,
                              Integer goodQuotaPercent) implements Serializable {
    }
}
