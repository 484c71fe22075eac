package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.Appraisal;
import cn.bangfu.appraisal.entity.ScoringScheme;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Computes forms' AUTO and DEDUCTION points and vetoes and freezes their inputs: the metrics of all their units in one
 * go ({@link UnitMetrics}, a fixed number of queries for any number of forms), each scheme's formulas parsed once. A
 * form whose formula cannot be evaluated is left as it was and reported with the indicator and the reason; the others
 * are written.
 */
@Dependent
public class FormComputation {

    /** A form left as it was, and why. */
    public record Failure(Appraisal form, CompiledScheme.IndicatorFailure reason) {
    }

    @Inject
    UnitMetrics metrics;

    /** Computes the forms (of any schemes) as of {@code today}: a period that has not ended is counted up to today. */
    public List<Failure> compute(List<Appraisal> forms, LocalDate today, Instant now, String login) {
        Map<ScoringScheme, List<Appraisal>> bySchemes = new LinkedHashMap<>();
        forms.forEach(f -> bySchemes.computeIfAbsent(f.getScheme(), k -> new ArrayList<>()).add(f));
        List<Failure> failures = new ArrayList<>();
        for (Map.Entry<ScoringScheme, List<Appraisal>> e : bySchemes.entrySet()) {
            ScoringScheme scheme = e.getKey();
            CompiledScheme compiled = CompiledScheme.of(scheme);
            LocalDate end = today.isBefore(scheme.getTo()) ? today : scheme.getTo();
            Map<Long, UnitFigures> figures = metrics.of(scheme.getCampaign(), scheme.getFrom(), scheme.getTo(), end,
                    e.getValue().stream().map(Appraisal::getUnitId).toList());
            for (Appraisal form : e.getValue()) {
                UnitFigures f = figures.get(form.getUnitId());
                try {
                    CompiledScheme.Computed c = compiled.compute(f.values());
                    form.freeze(c.scores(), c.vetoes(), c.cap(), FrozenFigures.values(f.values()), FrozenFigures.records(f.sources()), end, now, login);
                } catch (CompiledScheme.IndicatorFailure x) {
                    failures.add(new Failure(form, x));
                }
            }
        }
        return failures;
    }
}
