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

/**
 * One scored indicator of a form: the unit's self score and explanation, the evaluator's score and note, and whether
 * the score was computed (an AUTO formula, a DEDUCTION from findings) rather than set by hand. GROUP indicators have no
 * item: they sum their children. A row of its own rather than an element collection, so that a score changes by an
 * UPDATE of its row (EclipseLink rewrites an ordered element collection by deleting and inserting, which its batching
 * orders wrongly).
 */
@Entity
@Table(name = "appraisal_item")
public class AppraisalItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "appraisal_id", nullable = false, updatable = false)
    private Appraisal appraisal;

    @Column(name = "seq_no", nullable = false, updatable = false)
    private int seqNo;

    @Column(name = "indicator_code", nullable = false, length = 32)
    private String indicator;

    @Column(name = "self_points", precision = 7, scale = 2)
    private BigDecimal self;

    @Column(name = "self_note", length = 1000)
    private String selfNote;

    @Column(name = "score_points", precision = 7, scale = 2)
    private BigDecimal score;

    @Column(length = 1000)
    private String note;

    @Column(nullable = false)
    private boolean computed;

    protected AppraisalItem() {
    }

    AppraisalItem(Appraisal appraisal, int seqNo, String indicator) {
        this.appraisal = appraisal;
        this.seqNo = seqNo;
        this.indicator = indicator;
    }

    void self(BigDecimal points, String note) {
        this.self = points;
        this.selfNote = note;
    }

    void score(BigDecimal points, String note, boolean computed) {
        this.score = points;
        this.note = note;
        this.computed = computed;
    }

    public String getIndicator() {
        return indicator;
    }

    public BigDecimal getSelf() {
        return self;
    }

    public String getSelfNote() {
        return selfNote;
    }

    public BigDecimal getScore() {
        return score;
    }

    public String getNote() {
        return note;
    }

    public boolean isComputed() {
        return computed;
    }
}
