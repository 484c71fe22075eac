package cn.bangfu.appraisal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One line of a form's history: a workflow step (with a return's reason), a computation of its scores, or an indicator
 * rescored after an appeal with the score it had before, so that no earlier score is lost.
 */
@Entity
@Table(name = "appraisal_event")
public class AppraisalEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appraisal_id", nullable = false, updatable = false)
    private Appraisal appraisal;

    /** An {@link AppraisalAction}'s name, COMPUTE or RESCORE. */
    @Column(nullable = false, updatable = false, length = 16)
    private String action;

    @Column(name = "indicator_code", updatable = false, length = 32)
    private String indicator;

    @Column(name = "points_before", updatable = false, precision = 7, scale = 2)
    private BigDecimal before;

    @Column(name = "points_after", updatable = false, precision = 7, scale = 2)
    private BigDecimal after;

    @Column(updatable = false, length = 1000)
    private String reason;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant at;

    protected AppraisalEvent() {
    }

    AppraisalEvent(Appraisal appraisal, String action, String indicator, BigDecimal before, BigDecimal after, String reason, String actor,
                   Instant at) {
        this.appraisal = appraisal;
        this.action = action;
        this.indicator = indicator;
        this.before = before;
        this.after = after;
        this.reason = reason;
        this.actor = actor;
        this.at = at;
    }

    public AppraisalData.Event data() {
        return new AppraisalData.Event(action, indicator, ScoringScheme.points(before), ScoringScheme.points(after), reason, actor, at);
    }

    public String getAction() {
        return action;
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getBefore() {
        return before;
    }

    public BigDecimal getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }
}
