package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.Indicator;
import cn.bangfu.appraisal.entity.IndicatorKind;
import cn.bangfu.appraisal.entity.SchemePreview;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.appraisal.entity.Veto;
import cn.bangfu.platform.entity.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A scheme tried on one unit's figures ({@link SchemePreview}) by the same computation the forms get ({@link CompiledScheme}),
 * so that what the evaluators see before publishing is what the units will get. A formula that fails on this unit's figures
 * is reported with its indicator and the reason instead of failing the preview: finding that out is what a preview is for.
 */
public final class PreviewComputation {

    private PreviewComputation() {
    }

    /** The preview of the scheme for a unit whose figures are these, as of {@code asOf}; the reason of a failure in {@code locale}. */
    public static SchemePreview of(ScoringScheme scheme, UnitFigures figures, String unitCode, String unitName, LocalDate asOf, boolean applies,
                                   Locale locale) {
        Map<Metric, Double> values = figures.values();
        CompiledScheme compiled;
        CompiledScheme.Computed computed = null;
        SchemePreview.Failure failure = null;
        try {
            compiled = CompiledScheme.of(scheme);
        } catch (FormulaException e) {
            // only a scheme saved under older rules gets here: the editor parses every formula before it saves
            compiled = null;
            failure = new SchemePreview.Failure(null, null, Messages.get(locale, e.key(), e.args().toArray()));
        }
        if (compiled != null) {
            try {
                computed = compiled.compute(values);
            } catch (CompiledScheme.IndicatorFailure e) {
                failure = new SchemePreview.Failure(e.indicator(), nameOf(scheme, e.indicator()),
                        Messages.get(locale, e.problem().key(), e.problem().args().toArray()));
            }
        }
        List<SchemePreview.Item> items = items(scheme, compiled, computed, values);
        List<SchemePreview.VetoCheck> vetoes = new ArrayList<>();
        for (Veto v : scheme.getVetoes()) {
            Set<Metric> read;
            try {
                read = Formula.parse(v.getCondition()).metrics();
            } catch (FormulaException e) {
                read = Set.of();
            }
            vetoes.add(new SchemePreview.VetoCheck(v.getCode(), v.getName(), v.getCondition(), v.getCapGrade().name(),
                    computed != null && computed.vetoes().contains(v.getCode()), inputs(read, values)));
        }
        BigDecimal autoTotal = computed == null ? null : computed.scores().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SchemePreview(scheme.getId(), scheme.getName(), scheme.getSchemeVersion(), unitCode, unitName, asOf, applies, items, vetoes,
                computed == null || computed.cap() == null ? null : computed.cap().name(), autoTotal, failure);
    }

    private static List<SchemePreview.Item> items(ScoringScheme scheme, CompiledScheme compiled, CompiledScheme.Computed computed,
                                                  Map<Metric, Double> values) {
        List<Indicator> indicators = scheme.getIndicators();
        Map<String, Integer> depth = new HashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        Map<String, BigDecimal> points = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            depth.put(i.getCode(), i.getParentCode() == null ? 0 : depth.getOrDefault(i.getParentCode(), 0) + 1);
            parentOf.put(i.getCode(), i.getParentCode());
            BigDecimal p = computed == null ? null : computed.scores().get(i.getCode());
            if (p != null && i.getKind() != IndicatorKind.GROUP) {
                points.put(i.getCode(), p);
            }
        }
        // a group shows what of it is computed now; what the evaluators will score comes on top
        Map<String, BigDecimal> groups = new HashMap<>();
        points.forEach((code, p) -> {
            for (String up = parentOf.get(code); up != null; up = parentOf.get(up)) {
                groups.merge(up, p, BigDecimal::add);
            }
        });
        List<SchemePreview.Item> items = new ArrayList<>();
        for (Indicator i : indicators) {
            String code = i.getCode();
            BigDecimal p = i.getKind() == IndicatorKind.GROUP ? groups.get(code) : points.get(code);
            Set<Metric> read = compiled == null ? Set.of() : compiled.inputsOf(code);
            items.add(new SchemePreview.Item(code, i.getName(), i.getKind().name(), i.getParentCode(), depth.get(code), ScoringScheme.points(i.getMax()),
                    p, inputs(read, values)));
        }
        return items;
    }

    /** The metrics' values by key, in the order of {@link Metric}. */
    private static Map<String, Double> inputs(Collection<Metric> read, Map<Metric, Double> values) {
        Map<String, Double> inputs = new LinkedHashMap<>();
        for (Metric m : Metric.values()) {
            if (read.contains(m)) {
                inputs.put(m.key(), values.get(m));
            }
        }
        return inputs;
    }

    private static String nameOf(ScoringScheme scheme, String code) {
        return scheme.indicator(code).map(Indicator::getName)
                .orElseGet(() -> scheme.getVetoes().stream().filter(v -> v.getCode().equals(code)).map(Veto::getName).findFirst().orElse(null));
    }
}
