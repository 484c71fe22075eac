package cn.bangfu.appraisal.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A scheme's content once checked: what a draft is made of or changed to, the indicator tree flat in tree order; the grade
 * rules, null when it sets none (then the defaults of its total apply).
 */
public record SchemeContent(String name, PeriodType periodType, LocalDate from, LocalDate to, AppliesTo appliesTo, Set<String> unitTypes,
                            BigDecimal total, BigDecimal bonusCap, List<Indicator> indicators, List<Veto> vetoes,
                            SchemeGrading grading) {

    public SchemeContent {
        unitTypes = Set.copyOf(unitTypes);
        indicators = List.copyOf(indicators);
        vetoes = List.copyOf(vetoes);
    }
}
