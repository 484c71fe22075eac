package cn.bangfu.appraisal.entity;

import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.platform.entity.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An appeal (申诉) of a unit against one indicator of its publicised form, filed during the publicity with a reason; the
 * evaluators answer it: upheld, the indicator is rescored (the form's history keeps the earlier score), or rejected with
 * a reason. One appeal waits per indicator at a time.
 */
@Entity
@Table(name = "appeal")
@NamedQuery(name = Appeal.OF_APPRAISAL, query = "select p from Appeal p where p.appraisal = :appraisal order by p.filedAt, p.id")
@NamedQuery(name = Appeal.PENDING_OF, query = "select count(p) from Appeal p where p.appraisal = :appraisal and p.state = :pending")
@NamedQuery(name = Appeal.OF_CAMPAIGN, query = "select p from Appeal p join fetch p.appraisal a join fetch a.unit u"
        + " where a.campaign = :campaign order by p.filedAt desc, p.id desc")
public class Appeal implements Audited, Versioned {

    public static final String OF_APPRAISAL = "Appeal.ofAppraisal";
    public static final String PENDING_OF = "Appeal.pendingOf";
    /** The appeals of a campaign's forms, newest first, with their forms and units. */
    public static final String OF_CAMPAIGN = "Appeal.ofCampaign";

    private static final int TEXT_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appraisal_id", nullable = false, updatable = false)
    private Appraisal appraisal;

    @Column(name = "indicator_code", nullable = false, updatable = false, length = 32)
    private String indicator;

    @Column(nullable = false, updatable = false, length = 1000)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AppealState state = AppealState.PENDING;

    @Column(name = "filed_by", nullable = false, updatable = false, length = 64)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Column(length = 1000)
    private String answer;

    @Column(name = "answered_by", length = 64)
    private String answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "score_before", precision = 7, scale = 2)
    private BigDecimal scoreBefore;

    @Column(name = "score_after", precision = 7, scale = 2)
    private BigDecimal scoreAfter;

    @Version
    private long version;

    protected Appeal() {
    }

    /**
     * The unit's appeal against an indicator of its form: only its own unit, only while the publicity runs, only an
     * indicator that scores, and not while another appeal of that indicator waits ({@code waiting}).
     */
    public static Appeal file(Appraisal form, String indicator, String reason, AppraisalActor a, LocalDate today, boolean waiting, Instant now) {
        if (!a.ownUnit() || !form.appealsOpen(today)) {
            throw new ConflictException(FieldError.of("appraisal", "appraisal.appeal.closed", String.valueOf(form.getPublicityEnds())));
        }
        String why = Text.clean(reason);
        List<FieldError> errors = new ArrayList<>();
        Text.required(errors, "reason", why, TEXT_MAX);
        Indicator scored = form.getScheme().indicator(indicator).filter(i -> i.getKind() != IndicatorKind.GROUP).orElse(null);
        if (scored == null) {
            errors.add(FieldError.of("indicator", "appraisal.indicator.notScored", indicator));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (waiting) {
            throw new ConflictException(FieldError.of("indicator", "appraisal.appeal.waiting", indicator));
        }
        Appeal p = new Appeal();
        p.appraisal = form;
        p.indicator = scored.getCode();
        p.reason = why;
        p.filedBy = a.login();
        p.filedAt = now;
        return p;
    }

    /**
     * The evaluators' answer, with its reason: upheld with the indicator's new score (which the form takes, checked as any
     * score of that indicator), or rejected. Answered once (409 after).
     */
    public void answer(boolean upheld, String reason, BigDecimal score, AppraisalActor a, Instant now) {
        if (!a.evaluator()) {
            throw new ConflictException(FieldError.of("appeal", "appraisal.appeal.notYours"));
        }
        if (state != AppealState.PENDING) {
            throw new ConflictException(FieldError.of("appeal", "appraisal.appeal.answered", new Messages.Term(
                    "appeal.state." + state.name())));
        }
        String why = Text.clean(reason);
        List<FieldError> errors = new ArrayList<>();
        Text.required(errors, "reason", why, TEXT_MAX);
        if (upheld && score == null) {
            errors.add(FieldError.of("score", "field.required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Indicator i = appraisal.getScheme().indicator(indicator).orElseThrow();
        scoreBefore = appraisal.getItems().stream().filter(x -> x.getIndicator().equals(indicator)).findFirst().map(AppraisalItem::getScore)
                .orElse(null);
        if (upheld) {
            appraisal.rescore(i, score, why, a.login(), now);
        }
        scoreAfter = appraisal.getItems().stream().filter(x -> x.getIndicator().equals(indicator)).findFirst().map(AppraisalItem::getScore)
                .orElse(null);
        state = upheld ? AppealState.UPHELD : AppealState.REJECTED;
        answer = why;
        answeredBy = a.login();
        answeredAt = now;
    }

    public AppealData data() {
        return new AppealData(id, appraisal.getId(), appraisal.getUnit().getCode(), indicator, reason, state.name(), filedBy, filedAt, answer,
                answeredBy, answeredAt, ScoringScheme.points(scoreBefore), ScoringScheme.points(scoreAfter), version);
    }

    @Override
    public String auditType() {
        return "Appeal";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("indicator", indicator);
        m.put("state", state == null ? null : state.name());
        m.put("reason", reason);
        m.put("answer", answer);
        m.put("scoreAfter", scoreAfter == null ? null : scoreAfter.toPlainString());
        return m;
    }

    public Long getId() {
        return id;
    }

    public Appraisal getAppraisal() {
        return appraisal;
    }

    public String getIndicator() {
        return indicator;
    }

    public AppealState getState() {
        return state;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Appeal::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
