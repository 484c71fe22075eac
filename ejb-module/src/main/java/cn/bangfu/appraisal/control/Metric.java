package cn.bangfu.appraisal.control;

import cn.bangfu.platform.entity.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The metrics a scoring formula may name (issue 10, "API"), of one unit in one appraisal period, and no others. A formula
 * writes them by {@link #key()} ({@code resolutionRate}); the editor shows {@link #label(Locale)}, whose text is in the
 * domain bundle under {@code formula.metric.<key>} (Chinese and English). Rates are fractions from 0 to 1, as the ledger
 * keeps them (DESIGN §6, {@code ProblemCounts}): 0.9 is 90%. "The period's end" is the last day of the appraisal period,
 * or today while the period runs.
 */
public enum Metric {

    /** Problems registered in the period and routed to the unit; withdrawn ones are not counted. */
    COLLECTED("collected", Kind.COUNT),
    /** Of the problems collected, those RESOLVED or CLOSED. */
    RESOLVED("resolved", Kind.COUNT),
    /** Of the problems collected, those CLOSED. */
    CLOSED("closed", Kind.COUNT),
    /** 化解率: resolved ÷ collected. */
    RESOLUTION_RATE("resolutionRate", Kind.RATE),
    /** 销号率: closed ÷ collected. */
    CLOSURE_RATE("closureRate", Kind.RATE),
    /** 按时办结率: resolved by the deadline in force (approved extensions counted) ÷ resolved. */
    ON_TIME_RATE("onTimeRate", Kind.RATE),
    /** Resolved by the original deadline (extensions not counted) ÷ resolved. */
    ON_TIME_RATE_ORIGINAL("onTimeRateOriginal", Kind.RATE),
    /** 满意率: (满意 + 基本满意) ÷ problems rated. */
    SATISFACTION_RATE("satisfactionRate", Kind.RATE),
    /** Enterprises and key projects the unit assists in the period, as leading unit or co-unit (assigned on any day of it). */
    TARGETS("targets", Kind.COUNT),
    /** Of the targets the unit leads, those whose assistance plan is filed (SUBMITTED or APPROVED). */
    PLANS_FILED("plansFiled", Kind.COUNT),
    /** Of the plans filed, those first submitted on or before the campaign's plan deadline. */
    PLANS_ON_TIME("plansOnTime", Kind.COUNT),
    /**
     * Calendar days the plans of the targets the unit leads were late, added up: up to the first submission, or up to the
     * period's end for a plan not submitted.
     */
    PLAN_DAYS_LATE("planDaysLate", Kind.DAYS),
    /** Visits in the period the unit took part in; a joint visit counts once for every unit present. */
    VISITS("visits", Kind.COUNT),
    /** Targets of the unit visited at least once in the period. */
    TARGETS_VISITED("targetsVisited", Kind.COUNT),
    /**
     * The average of calendar days from assignment to the first visit over the unit's targets; a target not visited yet
     * counts up to the period's end; 0 for a unit without targets.
     */
    FIRST_VISIT_DAYS("firstVisitDays", Kind.DAYS),
    /** Inspection findings of the period with the unit responsible, severity MINOR (一般). */
    FINDINGS_MINOR("findingsMinor", Kind.COUNT),
    /** Inspection findings of the period with the unit responsible, severity MAJOR (较重). */
    FINDINGS_MAJOR("findingsMajor", Kind.COUNT),
    /** Inspection findings of the period with the unit responsible, severity SERIOUS (严重). */
    FINDINGS_SERIOUS("findingsSerious", Kind.COUNT),
    /**
     * The unit's rectifications still with it (OPEN) after their deadline at the period's end; one submitted and waiting for
     * an inspector's check is not overdue.
     */
    RECTIFICATIONS_OVERDUE("rectificationsOverdue", Kind.COUNT);

    /** What a metric's number is, which also decides its values in {@link Formula#check}'s representative cases. */
    public enum Kind {
        /** a fraction from 0 to 1 */
        RATE,
        /** a number of problems, targets, plans, visits, findings or rectifications */
        COUNT,
        /** calendar days */
        DAYS
    }

    private static final Map<String, Metric> BY_KEY = Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Metric::key, Function.identity()));
    private static final List<String> KEYS = Arrays.stream(values()).map(Metric::key).toList();

    private final String key;
    private final Kind kind;

    Metric(String key, Kind kind) {
        this.key = key;
        this.kind = kind;
    }

    /** The name a formula writes: {@code resolutionRate}. */
    public String key() {
        return key;
    }

    public Kind kind() {
        return kind;
    }

    /** The metric a formula names, or null: names are case-sensitive. */
    public static Metric byKey(String key) {
        return key == null ? null : BY_KEY.get(key);
    }

    /** Every name a formula may use, in the order of the issue. */
    public static List<String> keys() {
        return KEYS;
    }

    /** The bundle key of the metric's description: {@code formula.metric.resolutionRate}. */
    public String descriptionKey() {
        return "formula.metric." + key;
    }

    /** The description as a word of the bundle, for a message's argument. */
    public Messages.Term term() {
        return new Messages.Term(descriptionKey());
    }

    /** What it counts, in the user's language: "问题化解率：已化解 ÷ 收集，0–1（0.9 即 90%）". */
    public String description(Locale locale) {
        return Messages.get(locale, descriptionKey());
    }

    /** How the editor lists it: "resolutionRate — 问题化解率：已化解 ÷ 收集，0–1（0.9 即 90%）". */
    public String label(Locale locale) {
        return key + " — " + description(locale);
    }

    /** Its kind in the user's language: 比率（0–1）, 个数, 天数. */
    public String kindName(Locale locale) {
        return Messages.get(locale, "formula.kind." + kind.name());
    }
}
