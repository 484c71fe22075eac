package cn.bangfu.appraisal.entity;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.platform.entity.Versioned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An appraisal form (考评表): one unit scored by one version of a scheme over the scheme's period. It knows its workflow
 * (DESIGN §6: who may take which step in which state, four eyes between scoring and reviewing, the self-assessment
 * deadline, the publicity), which cells whom may change, and its totals. The computed scores (AUTO, DEDUCTION) come with
 * their inputs frozen: the metric values, the records behind them with the version each had, and the day they were
 * counted to; a later change of those records does not change the form.
 */
@Entity
@Table(name = "appraisal")
@NamedQuery(name = Appraisal.UNITS_OF_SCHEME, query = "select a.unitId from Appraisal a where a.schemeId = :scheme")
@NamedQuery(name = Appraisal.TO_SCORE, query = "select a.id from Appraisal a where a.schemeId in :schemes"
        + " and (a.state = :draft or a.state = :selfAssessed) order by a.id")
@NamedQuery(name = Appraisal.WITH_ITEMS, query = "select a from Appraisal a join fetch a.unit left join fetch a.items"
        + " where a.id in :ids")
@NamedQuery(name = Appraisal.STANDINGS, query = "select a.id, u.code, u.name, u.type, a.total, a.deducted, a.capGrade, a.vetoes, a.state"
        + " from Appraisal a join a.unit u where a.schemeId = :scheme")
public class Appraisal implements Audited, Versioned {

    /** The ids of the units that have a form of the scheme. */
    public static final String UNITS_OF_SCHEME = "Appraisal.unitsOfScheme";
    /** The ids of the forms of some schemes whose computed scores may still be (re)computed, in id order. */
    public static final String TO_SCORE = "Appraisal.toScore";
    /**
     * Forms by id with their unit and items, a form once per item: callers drop the repeats in memory, since an SQL
     * {@code distinct} over every column of the joined rows made PostgreSQL sort 30,000 wide rows per thousand forms.
     */
    public static final String WITH_ITEMS = "Appraisal.withItems";
    /** [id, unit code, unit name, unit type, total, points deducted, cap grade, vetoes, state] of a scheme's forms: the ranking's input. */
    public static final String STANDINGS = "Appraisal.standings";

    private static final int NOTE_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "scheme_id", nullable = false, updatable = false)
    private ScoringScheme scheme;

    @Column(name = "scheme_id", insertable = false, updatable = false)
    private Long schemeId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(name = "unit_id", insertable = false, updatable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppraisalState state = AppraisalState.DRAFT;

    @Column(name = "total_points", precision = 7, scale = 2)
    private BigDecimal total;

    @Column(name = "self_total", precision = 7, scale = 2)
    private BigDecimal selfTotal;

    /** The points DEDUCTION indicators took off: the ranking's first tie-breaker. */
    @Column(name = "deducted_points", nullable = false, precision = 7, scale = 2)
    private BigDecimal deducted = BigDecimal.ZERO;

    /** The best grade the vetoes that hold allow, null when none holds. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cap_grade", length = 16)
    private Grade capGrade;

    /** The codes of the vetoes that hold, comma-separated; empty when none. */
    @Column(nullable = false, length = 500)
    private String vetoes = "";

    @Column(name = "self_assess_by", nullable = false)
    private LocalDate selfAssessBy;

    @Column(name = "frozen_at")
    private Instant frozenAt;

    /** The day the frozen metrics were counted to: the period's end, or the day of freezing while the period ran. */
    @Column(name = "frozen_as_of")
    private LocalDate frozenAsOf;

    /** The frozen value of every metric, "key=value;…". */
    @Column(name = "metric_values", length = 2000)
    private String metricValues;

    /**
     * The records behind the frozen metrics with their versions ({@code FrozenFigures}). Not a lazy attribute: EclipseLink
     * loads a lazy basic attribute by reading the rest of the record again, which would drop the scores set before it.
     */
    @Lob
    @Column(name = "frozen_records")
    private String frozenRecords;

    @Column(name = "scored_by", length = 64)
    private String scoredBy;

    @Column(name = "reviewed_by", length = 64)
    private String reviewedBy;

    @Column(name = "publicity_ends")
    private LocalDate publicityEnds;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "appraisal", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.LAZY)
    @OrderBy("seqNo")
    private List<AppraisalItem> items = new ArrayList<>();

    @OneToMany(mappedBy = "appraisal", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("at, id")
    private List<AppraisalEvent> events = new ArrayList<>();

    @Version
    private long version;

    protected Appraisal() {
    }

    /** A blank form of the unit for the scheme: an item for every indicator that scores (not the groups). */
    public Appraisal(Campaign campaign, ScoringScheme scheme, Unit unit, LocalDate selfAssessBy, String login, Instant now) {
        this.campaign = campaign;
        this.scheme = scheme;
        this.unit = unit;
        this.selfAssessBy = selfAssessBy;
        this.createdBy = login;
        this.createdAt = now;
        for (Indicator i : scheme.getIndicators()) {
            if (i.getKind() != IndicatorKind.GROUP) {
                items.add(new AppraisalItem(this, items.size(), i.getCode()));
            }
        }
    }

    // --- the workflow ---

    /** The steps this caller may take now, in the workflow's order. */
    public List<AppraisalAction> allowed(AppraisalActor a, LocalDate today) {
        return Arrays.stream(AppraisalAction.values()).filter(x -> x.from(state) && refusal(x, a, today).isEmpty()).toList();
    }

    /**
     * Takes a step: refused (409 with the state and the caller's steps) when the state does not allow it or the caller may
     * not take it; a return without a reason and a self-assessment or scoring with cells left empty are bad input (400).
     * {@code publicityEnds} is the publicity's last day, for PUBLICISE.
     */
    public void act(AppraisalAction action, AppraisalActor a, String reason, LocalDate today, Instant now, LocalDate publicityEnds) {
        if (!action.from(state)) {
            throw new AppraisalRefusedException(action, state, allowed(a, today));
        }
        Optional<FieldError> refused = refusal(action, a, today);
        if (refused.isPresent()) {
            throw new AppraisalRefusedException(refused.get(), state, allowed(a, today));
        }
        String why = Text.clean(reason);
        switch (action) {
            case SELF_ASSESS -> requireCells(AppraisalItem::getSelf, "self");
            case SCORE -> {
                if (frozenAt == null) {
                    throw new ConflictException(FieldError.of("action", "appraisal.notComputed"));
                }
                requireCells(AppraisalItem::getScore, "score");
                scoredBy = a.login();
            }
            case REVIEW -> reviewedBy = a.login();
            case RETURN -> {
                List<FieldError> errors = new ArrayList<>();
                Text.required(errors, "reason", why, NOTE_MAX);
                if (!errors.isEmpty()) {
                    throw new InvalidInputException(errors);
                }
                scoredBy = null;
                reviewedBy = null;
            }
            case PUBLICISE -> this.publicityEnds = publicityEnds;
            default -> {
            }
        }
        state = action.to();
        events.add(new AppraisalEvent(this, action.name(), null, null, total, why, a.login(), now));
    }

    /** Why this caller may not take the step now (its state allowing it), or nothing. */
    private Optional<FieldError> refusal(AppraisalAction action, AppraisalActor a, LocalDate today) {
        boolean may = switch (action) {
            case SELF_ASSESS -> a.ownUnit();
            case SCORE, REVIEW -> a.evaluator();
            case RETURN -> a.evaluator() || a.office() && state == AppraisalState.REVIEWED;
            case FINALISE, PUBLICISE, PUBLISH -> a.office();
        };
        if (!may) {
            return Optional.of(FieldError.of("action", "appraisal.notYours", new Messages.Term(
                    "appraisal.action." + action.name())));
        }
        if (action == AppraisalAction.SELF_ASSESS && today.isAfter(selfAssessBy)) {
            return Optional.of(FieldError.of("action", "appraisal.selfAssessClosed", String.valueOf(selfAssessBy)));
        }
        if (action == AppraisalAction.SCORE && state == AppraisalState.DRAFT && !today.isAfter(selfAssessBy)) {
            return Optional.of(FieldError.of("action", "appraisal.selfAssessOpen", String.valueOf(selfAssessBy)));
        }
        boolean scorer = a.login().equals(scoredBy);
        if ((action == AppraisalAction.REVIEW || action == AppraisalAction.RETURN && !(a.office() && state == AppraisalState.REVIEWED)) && scorer) {
            return Optional.of(FieldError.of("action", "appraisal.fourEyes"));
        }
        if (action == AppraisalAction.PUBLISH && publicityEnds != null && !today.isAfter(publicityEnds)) {
            return Optional.of(FieldError.of("action", "appraisal.publicityRuns", String.valueOf(publicityEnds)));
        }
        return Optional.empty();
    }

    private void requireCells(Function<AppraisalItem, BigDecimal> cell, String field) {
        List<FieldError> errors = new ArrayList<>();
        for (AppraisalItem i : items) {
            if (cell.apply(i) == null) {
                errors.add(FieldError.of("items[" + i.getIndicator() + "]." + field, "appraisal.cellEmpty", i.getIndicator()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /**
     * Whether the caller may attach evidence now: the unit while it self-assesses or, for its appeal, during the publicity;
     * an evaluator while the form is being scored (a bonus's evidence).
     */
    public boolean takesEvidence(AppraisalActor a, LocalDate today) {
        return a.ownUnit() && (state == AppraisalState.DRAFT && !today.isAfter(selfAssessBy) || appealsOpen(today))
                || a.evaluator() && state.scoring();
    }

    /** Whether appeals may be filed today: publicised and the publicity not over. */
    public boolean appealsOpen(LocalDate today) {
        return state == AppraisalState.PUBLICISED && publicityEnds != null && !today.isAfter(publicityEnds);
    }

    // --- the cells ---

    /** The unit's self score and explanation of one indicator, while it self-assesses (DRAFT, before the deadline). */
    public void selfAssess(Indicator indicator, BigDecimal points, String note, AppraisalActor a, LocalDate today) {
        if (!a.ownUnit() || state != AppraisalState.DRAFT || today.isAfter(selfAssessBy)) {
            throw new AppraisalRefusedException(FieldError.of("self", "appraisal.selfClosed", new Messages.Term(
                    "appraisal.state." + state.name()), String.valueOf(selfAssessBy)), state, allowed(a, today));
        }
        String text = Text.clean(note);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal p = checkPoints(errors, "self", points, indicator);
        Text.optional(errors, "selfNote", text, NOTE_MAX);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        item(indicator).self(p, text);
        selfTotal = sum(AppraisalItem::getSelf);
    }

    /**
     * The evaluator's score and note of one indicator before the form is scored: MANUAL and BONUS are set, a computed
     * DEDUCTION confirmed or corrected; an AUTO score is the formula's and is not typed. A score below the maximum (above
     * 0 for a BONUS) needs a note saying why.
     */
    public void score(Indicator indicator, BigDecimal points, String note, AppraisalActor a, LocalDate today) {
        if (!a.evaluator() || !state.scoring()) {
            throw new AppraisalRefusedException(FieldError.of("score", "appraisal.scoreClosed", new Messages.Term(
                    "appraisal.state." + state.name())), state, allowed(a, today));
        }
        if (indicator.getKind() == IndicatorKind.AUTO) {
            throw new InvalidInputException(FieldError.of("score", "appraisal.item.computed", indicator.getCode()));
        }
        writeScore(indicator, points, note);
    }

    /** An upheld appeal's new score of one indicator, on a publicised form; the event keeps the score it replaces. */
    public void rescore(Indicator indicator, BigDecimal points, String reason, String login, Instant now) {
        BigDecimal before = item(indicator).getScore();
        writeScore(indicator, points, reason);
        events.add(new AppraisalEvent(this, "RESCORE", indicator.getCode(), before, item(indicator).getScore(), Text.clean(reason), login, now));
    }

    private void writeScore(Indicator indicator, BigDecimal points, String note) {
        String text = Text.clean(note);
        List<FieldError> errors = new ArrayList<>();
        BigDecimal p = checkPoints(errors, "score", points, indicator);
        Text.optional(errors, "note", text, NOTE_MAX);
        if (p != null && text == null && (indicator.getKind() == IndicatorKind.BONUS ? p.signum() > 0 : p.compareTo(indicator.getMax()) < 0)) {
            errors.add(FieldError.of("note", indicator.getKind() == IndicatorKind.BONUS ? "appraisal.note.bonus" : "appraisal.note.belowMax"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        item(indicator).score(p, text, false);
        recount();
    }

    private static BigDecimal checkPoints(List<FieldError> errors, String field, BigDecimal points, Indicator indicator) {
        if (points == null) {
            errors.add(FieldError.of(field, "field.required"));
            return null;
        }
        BigDecimal p = points.setScale(2, RoundingMode.HALF_UP);
        if (p.signum() < 0 || p.compareTo(indicator.getMax()) > 0 || p.compareTo(points) != 0) {
            errors.add(FieldError.of(field, "appraisal.points.range", ScoringScheme.points(indicator.getMax())));
            return null;
        }
        return p;
    }

    /**
     * Writes what the computation found, frozen: the computed scores by indicator (an AUTO always; a DEDUCTION unless the
     * evaluator corrected it), the vetoes that hold and the best grade they allow, the metric values and the records.
     */
    public void freeze(Map<String, BigDecimal> computed, List<String> vetoCodes, Grade cap, String metricValues, String frozenRecords,
                       LocalDate asOf, Instant now, String login) {
        if (!state.scoring()) {
            throw new AppraisalRefusedException(FieldError.of("action", "appraisal.scoreClosed",
                    new Messages.Term("appraisal.state." + state.name())), state, List.of());
        }
        for (Indicator i : scheme.getIndicators()) {
            BigDecimal points = computed.get(i.getCode());
            if (points == null || i.getKind() == IndicatorKind.GROUP) {
                continue;
            }
            AppraisalItem item = item(i);
            if (i.getKind() == IndicatorKind.AUTO || item.getScore() == null || item.isComputed()) {
                item.score(points, null, true);
            }
        }
        this.vetoes = String.join(",", vetoCodes);
        this.capGrade = cap;
        this.metricValues = metricValues;
        this.frozenRecords = frozenRecords;
        this.frozenAsOf = asOf;
        this.frozenAt = now;
        recount();
        events.add(new AppraisalEvent(this, "COMPUTE", null, null, total, null, login, now));
    }

    private AppraisalItem item(Indicator indicator) {
        return items.stream().filter(i -> i.getIndicator().equals(indicator.getCode())).findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldError.of("indicator", "appraisal.indicator.notScored", indicator.getCode())));
    }

    /** The totals: the scored indicators, with the bonus indicators together held to the scheme's bonus cap. */
    private void recount() {
        total = sum(AppraisalItem::getScore);
        BigDecimal off = BigDecimal.ZERO;
        for (Indicator i : scheme.getIndicators()) {
            if (i.getKind() == IndicatorKind.DEDUCTION) {
                BigDecimal s = item(i).getScore();
                off = off.add(s == null ? BigDecimal.ZERO : i.getMax().subtract(s));
            }
        }
        deducted = off;
    }

    private BigDecimal sum(Function<AppraisalItem, BigDecimal> cell) {
        Map<String, IndicatorKind> kinds = new LinkedHashMap<>();
        scheme.getIndicators().forEach(i -> kinds.put(i.getCode(), i.getKind()));
        BigDecimal base = BigDecimal.ZERO;
        BigDecimal bonus = BigDecimal.ZERO;
        boolean any = false;
        for (AppraisalItem i : items) {
            BigDecimal v = cell.apply(i);
            if (v == null) {
                continue;
            }
            any = true;
            if (kinds.get(i.getIndicator()) == IndicatorKind.BONUS) {
                bonus = bonus.add(v);
            } else {
                base = base.add(v);
            }
        }
        return any ? base.add(bonus.min(scheme.getBonusCap())) : null;
    }

    @Override
    public String auditType() {
        return "Appraisal";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("state", state == null ? null : state.name());
        m.put("total", total == null ? null : total.toPlainString());
        m.put("selfTotal", selfTotal == null ? null : selfTotal.toPlainString());
        m.put("capGrade", capGrade == null ? null : capGrade.name());
        m.put("items", items.stream().map(i -> i.getIndicator() + ":" + (i.getSelf() == null ? "" : i.getSelf().toPlainString()) + "/"
                + (i.getScore() == null ? "" : i.getScore().toPlainString())).collect(Collectors.joining(";")));
        return m;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public ScoringScheme getScheme() {
        return scheme;
    }

    public Unit getUnit() {
        return unit;
    }

    public Long getUnitId() {
        return unitId;
    }

    public AppraisalState getState() {
        return state;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public BigDecimal getSelfTotal() {
        return selfTotal;
    }

    public BigDecimal getDeducted() {
        return deducted;
    }

    public Grade getCapGrade() {
        return capGrade;
    }

    public List<String> getVetoCodes() {
        return vetoes == null || vetoes.isEmpty() ? List.of() : List.of(vetoes.split(","));
    }

    public LocalDate getSelfAssessBy() {
        return selfAssessBy;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public LocalDate getFrozenAsOf() {
        return frozenAsOf;
    }

    public String getMetricValues() {
        return metricValues;
    }

    public String getFrozenRecords() {
        return frozenRecords;
    }

    public String getScoredBy() {
        return scoredBy;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public LocalDate getPublicityEnds() {
        return publicityEnds;
    }

    public List<AppraisalItem> getItems() {
        return items;
    }

    public List<AppraisalEvent> getEvents() {
        return events;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Appraisal::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
