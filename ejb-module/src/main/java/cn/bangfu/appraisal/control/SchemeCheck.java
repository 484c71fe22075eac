package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.AppliesTo;
import cn.bangfu.appraisal.entity.Grade;
import cn.bangfu.appraisal.entity.Indicator;
import cn.bangfu.appraisal.entity.IndicatorKind;
import cn.bangfu.appraisal.entity.PeriodType;
import cn.bangfu.appraisal.entity.SchemeContent;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.appraisal.entity.SchemeGrading;
import cn.bangfu.appraisal.entity.Veto;
import cn.bangfu.org.entity.UnitType;
import cn.bangfu.platform.entity.Codes;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The scheme editor's checks, all of them at once, each error on the field it is about ({@code indicators[1].children[0].formula}):
 * the period, the units it applies to, the total; every indicator's code (unique), name, maximum and kind; a GROUP's
 * children, whose maxima add up to its own; an AUTO's formula (known metrics only, no division by zero, within 0..max on
 * the representative cases); a DEDUCTION's points per severity; the top-level maxima, BONUS aside, adding up to the total;
 * each veto's condition and grade; the grade rules, when sent (thresholds within the total, EXCELLENT's at or above GOOD's
 * at or above PASS's, quotas in percent). Nothing invalid is ever saved: the boundary saves only what {@link #content} returns.
 */
public final class SchemeCheck {

    public static final int NAME_MAX = 100;
    public static final int RULE_MAX = 2000;
    public static final int MAX_INDICATORS = 200;
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,31}");
    private static final BigDecimal POINTS_MAX = new BigDecimal("1000");

    private SchemeCheck() {
    }

    /** The checked content of a scheme as sent, or 400 with every problem. */
    public static SchemeContent content(SchemeData d) {
        List<FieldError> errors = new ArrayList<>();
        if (d == null) {
            throw new InvalidInputException(FieldError.of("body", "field.required"));
        }
        Text.required(errors, "name", Text.clean(d.name()), NAME_MAX);
        PeriodType period = required(errors, "periodType", d.periodType(), PeriodType.class);
        if (d.from() == null) {
            errors.add(FieldError.of("from", "field.required"));
        }
        if (d.to() == null) {
            errors.add(FieldError.of("to", "field.required"));
        } else if (d.from() != null && d.to().isBefore(d.from())) {
            errors.add(FieldError.of("to", "scheme.period.reversed"));
        }
        AppliesTo appliesTo = required(errors, "appliesTo", d.appliesTo(), AppliesTo.class);
        Set<String> unitTypes = new LinkedHashSet<>();
        List<String> sentTypes = d.unitTypes() == null ? List.of() : d.unitTypes();
        for (int i = 0; i < sentTypes.size(); i++) {
            UnitType t = Codes.parse(errors, "unitTypes[" + i + "]", sentTypes.get(i), UnitType.class, null);
            if (t != null) {
                unitTypes.add(t.name());
            }
        }
        BigDecimal total = points(errors, "total", d.total(), true);
        BigDecimal bonusCap = d.bonusCap() == null ? BigDecimal.ZERO : points(errors, "bonusCap", d.bonusCap(), false);
        List<Indicator> flat = new ArrayList<>();
        List<SchemeData.IndicatorData> top = d.indicators() == null ? List.of() : d.indicators();
        if (top.isEmpty()) {
            errors.add(FieldError.of("indicators", "field.required"));
        }
        indicators(errors, "indicators", top, null, flat, new HashSet<>());
        if (flat.size() > MAX_INDICATORS) {
            errors.add(FieldError.of("indicators", "scheme.indicators.tooMany", MAX_INDICATORS));
        }
        BigDecimal sum = top.stream().filter(i -> i != null && i.max() != null && !IndicatorKind.BONUS.name().equals(i.kind()))
                .map(SchemeData.IndicatorData::max).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total != null && !top.isEmpty() && sum.compareTo(total) != 0) {
            errors.add(FieldError.of("total", "scheme.total.sum", sum.stripTrailingZeros().toPlainString(), total.stripTrailingZeros().toPlainString()));
        }
        List<Veto> vetoes = vetoes(errors, d.vetoes() == null ? List.of() : d.vetoes());
        SchemeGrading grading = d.grading() == null ? null : grading(errors, d.grading(), total);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new SchemeContent(Text.clean(d.name()), period, d.from(), d.to(), appliesTo, unitTypes, total, bonusCap, flat, vetoes, grading);
    }

    private static SchemeGrading grading(List<FieldError> errors, SchemeData.GradingData g, BigDecimal total) {
        List<FieldError> problems = gradingProblems(g, total);
        errors.addAll(problems);
        return problems.isEmpty() ? new SchemeGrading(g.excellentFrom(), g.goodFrom(), g.passFrom(), g.excellentQuotaPercent(),
                g.goodQuotaPercent()) : null;
    }

    /**
     * What is wrong with grade rules as sent, on the fields {@code grading.excellentFrom} and so on (the editor checks them
     * as they are typed): every value required, each threshold 0 to the total (to the most points a total may have while the
     * total itself is wrong), EXCELLENT's at or above GOOD's at or above PASS's (the lower one is named), the quotas whole
     * percentages 0 to 100.
     */
    public static List<FieldError> gradingProblems(SchemeData.GradingData g, BigDecimal total) {
        List<FieldError> errors = new ArrayList<>();
        BigDecimal ceiling = total == null || total.signum() <= 0 || total.compareTo(POINTS_MAX) > 0 ? POINTS_MAX : total;
        BigDecimal excellent = threshold(errors, "grading.excellentFrom", g.excellentFrom(), ceiling);
        BigDecimal good = threshold(errors, "grading.goodFrom", g.goodFrom(), ceiling);
        BigDecimal pass = threshold(errors, "grading.passFrom", g.passFrom(), ceiling);
        if (excellent != null && good != null && good.compareTo(excellent) > 0) {
            errors.add(FieldError.of("grading.goodFrom", "scheme.grading.goodAboveExcellent", plain(good), plain(excellent)));
        }
        if (good != null && pass != null && pass.compareTo(good) > 0) {
            errors.add(FieldError.of("grading.passFrom", "scheme.grading.passAboveGood", plain(pass), plain(good)));
        }
        quota(errors, "grading.excellentQuotaPercent", g.excellentQuotaPercent());
        quota(errors, "grading.goodQuotaPercent", g.goodQuotaPercent());
        return errors;
    }

    private static BigDecimal threshold(List<FieldError> errors, String field, BigDecimal value, BigDecimal ceiling) {
        if (value == null) {
            errors.add(FieldError.of(field, "field.required"));
            return null;
        }
        if (value.signum() < 0 || value.compareTo(ceiling) > 0 || value.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(field, "scheme.grading.threshold", value.toPlainString(), plain(ceiling)));
            return null;
        }
        return value;
    }

    private static void quota(List<FieldError> errors, String field, Integer percent) {
        if (percent == null) {
            errors.add(FieldError.of(field, "field.required"));
        } else if (percent < 0 || percent > SchemeGrading.NO_LIMIT) {
            errors.add(FieldError.of(field, "scheme.grading.quota", percent));
        }
    }

    private static String plain(BigDecimal points) {
        return points.stripTrailingZeros().toPlainString();
    }

    private static void indicators(List<FieldError> errors, String at, List<SchemeData.IndicatorData> list, String parent,
                                   List<Indicator> flat, Set<String> codes) {
        for (int i = 0; i < list.size(); i++) {
            String here = at + "[" + i + "]";
            SchemeData.IndicatorData d = list.get(i);
            if (d == null) {
                errors.add(FieldError.of(here, "field.required"));
                continue;
            }
            String code = code(errors, here + ".code", d.code(), codes);
            Text.required(errors, here + ".name", Text.clean(d.name()), NAME_MAX);
            Text.optional(errors, here + ".rule", Text.clean(d.rule()), RULE_MAX);
            BigDecimal max = points(errors, here + ".max", d.max(), true);
            IndicatorKind kind = required(errors, here + ".kind", d.kind(), IndicatorKind.class);
            List<SchemeData.IndicatorData> children = d.children() == null ? List.of() : d.children();
            String formula = Text.clean(d.formula());
            BigDecimal[] deduct = {null, null, null};
            if (kind == IndicatorKind.GROUP) {
                if (children.isEmpty()) {
                    errors.add(FieldError.of(here + ".children", "scheme.group.empty"));
                }
                BigDecimal sum = children.stream().filter(c -> c != null && c.max() != null && !IndicatorKind.BONUS.name().equals(c.kind()))
                        .map(SchemeData.IndicatorData::max).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (max != null && !children.isEmpty() && sum.compareTo(max) != 0) {
                    errors.add(FieldError.of(here + ".max", "scheme.group.sum", sum.stripTrailingZeros().toPlainString(),
                            max.stripTrailingZeros().toPlainString()));
                }
            } else if (!children.isEmpty()) {
                errors.add(FieldError.of(here + ".children", "scheme.indicator.notGroup"));
            }
            if (kind == IndicatorKind.AUTO) {
                if (formula == null || formula.isEmpty()) {
                    errors.add(FieldError.of(here + ".formula", "field.required"));
                } else if (max != null) {
                    for (FormulaProblem p : Formula.check(formula, max.doubleValue())) {
                        errors.add(p.at(here + ".formula"));
                    }
                }
            } else if (formula != null && !formula.isEmpty()) {
                errors.add(FieldError.of(here + ".formula", "scheme.indicator.formulaNotAuto"));
            }
            if (kind == IndicatorKind.DEDUCTION) {
                Map<String, BigDecimal> sent = d.deductions() == null ? Map.of() : d.deductions();
                for (String key : sent.keySet()) {
                    if (!List.of("MINOR", "MAJOR", "SERIOUS").contains(key)) {
                        errors.add(FieldError.of(here + ".deductions." + key, "scheme.deduction.severity", key));
                    }
                }
                String[] severities = {"MINOR", "MAJOR", "SERIOUS"};
                for (int s = 0; s < severities.length; s++) {
                    deduct[s] = sent.get(severities[s]) == null ? BigDecimal.ZERO
                            : points(errors, here + ".deductions." + severities[s], sent.get(severities[s]), false);
                }
                if (sent.values().stream().noneMatch(v -> v != null && v.signum() > 0)) {
                    errors.add(FieldError.of(here + ".deductions", "scheme.deduction.none"));
                }
            }
            if (code != null && max != null && kind != null) {
                flat.add(new Indicator(code, parent, Text.clean(d.name()), max, kind, kind == IndicatorKind.AUTO ? formula : null,
                        Text.clean(d.rule()), deduct[0], deduct[1], deduct[2]));
            }
            if (kind == IndicatorKind.GROUP) {
                indicators(errors, here + ".children", children, code, flat, codes);
            }
        }
    }

    private static List<Veto> vetoes(List<FieldError> errors, List<SchemeData.VetoData> list) {
        List<Veto> vetoes = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String here = "vetoes[" + i + "]";
            SchemeData.VetoData v = list.get(i);
            if (v == null) {
                errors.add(FieldError.of(here, "field.required"));
                continue;
            }
            String code = code(errors, here + ".code", v.code(), codes);
            Text.required(errors, here + ".name", Text.clean(v.name()), NAME_MAX);
            String condition = Text.clean(v.condition());
            if (condition == null || condition.isEmpty()) {
                errors.add(FieldError.of(here + ".condition", "field.required"));
            } else {
                for (FormulaProblem p : Formula.checkCondition(condition)) {
                    errors.add(p.at(here + ".condition"));
                }
            }
            Grade cap = required(errors, here + ".capGrade", v.capGrade(), Grade.class);
            if (code != null && condition != null && cap != null) {
                vetoes.add(new Veto(code, Text.clean(v.name()), condition, cap));
            }
        }
        return vetoes;
    }

    /** A code as sent, stripped: required, of the allowed characters, not one of {@code codes} yet (then added to them). */
    private static String code(List<FieldError> errors, String field, String sent, Set<String> codes) {
        String code = sent == null ? null : sent.strip();
        if (code == null || code.isEmpty()) {
            errors.add(FieldError.of(field, "field.required"));
        } else if (!CODE.matcher(code).matches()) {
            errors.add(FieldError.of(field, "scheme.indicator.code", code));
        } else if (!codes.add(code)) {
            errors.add(FieldError.of(field, "scheme.indicator.duplicate", code));
        }
        return code;
    }

    private static <E extends Enum<E>> E required(List<FieldError> errors, String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            errors.add(FieldError.of(field, "field.required"));
            return null;
        }
        return Codes.parse(errors, field, value, type, null);
    }

    /** Points: required or not, at least 0 (above 0 when required), at most 1000, two decimals at most. */
    private static BigDecimal points(List<FieldError> errors, String field, BigDecimal value, boolean required) {
        if (value == null) {
            if (required) {
                errors.add(FieldError.of(field, "field.required"));
            }
            return null;
        }
        if (value.signum() < 0 || (required && value.signum() == 0) || value.compareTo(POINTS_MAX) > 0 || value.stripTrailingZeros().scale() > 2) {
            errors.add(FieldError.of(field, "scheme.points", value.toPlainString(), POINTS_MAX.toPlainString()));
            return null;
        }
        return value;
    }
}
