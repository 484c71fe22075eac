package cn.bangfu.appraisal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One indicator (指标) of a scheme, kept flat in tree order with its parent's code: code, name, maximum points, kind,
 * the formula of an AUTO one, the points off per finding of a DEDUCTION one, and the rule (细则) shown to the units.
 */
@Embeddable
public class Indicator implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(name = "parent_code", length = 32)
    private String parentCode;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "max_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal max;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private IndicatorKind kind;

    @Column(length = 500)
    private String formula;

    @Column(name = "rule_text", length = 2000)
    private String rule;

    @Column(name = "deduct_minor", precision = 7, scale = 2)
    private BigDecimal deductMinor;

    @Column(name = "deduct_major", precision = 7, scale = 2)
    private BigDecimal deductMajor;

    @Column(name = "deduct_serious", precision = 7, scale = 2)
    private BigDecimal deductSerious;

    protected Indicator() {
    }

    public Indicator(String code, String parentCode, String name, BigDecimal max, IndicatorKind kind, String formula, String rule,
                     BigDecimal deductMinor, BigDecimal deductMajor, BigDecimal deductSerious) {
        this.code = code;
        this.parentCode = parentCode;
        this.name = name;
        this.max = max;
        this.kind = kind;
        this.formula = formula;
        this.rule = rule;
        this.deductMinor = deductMinor;
        this.deductMajor = deductMajor;
        this.deductSerious = deductSerious;
    }

    public String getCode() {
        return code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getMax() {
        return max;
    }

    public IndicatorKind getKind() {
        return kind;
    }

    public String getFormula() {
        return formula;
    }

    public String getRule() {
        return rule;
    }

    public BigDecimal getDeductMinor() {
        return deductMinor;
    }

    public BigDecimal getDeductMajor() {
        return deductMajor;
    }

    public BigDecimal getDeductSerious() {
        return deductSerious;
    }
}
