package cn.bangfu.campaign.entity;

import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Identity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A comment on a plan by a unit of its target (or the office: no unit). Never changed once written. */
@Entity
@Table(name = "plan_comment")
public class PlanComment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private AssistancePlan plan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @Column(name = "author_login", nullable = false, updatable = false)
    private String authorLogin;

    @Column(name = "comment_text", nullable = false, updatable = false, length = 2000)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected PlanComment() {
    }

    PlanComment(AssistancePlan plan, Unit unit, String authorLogin, String text, Instant createdAt) {
        this.plan = plan;
        this.unit = unit;
        this.authorLogin = authorLogin;
        this.text = text;
        this.createdAt = createdAt;
    }

    public CommentData data() {
        return new CommentData(id, unit == null ? null : unit.getCode(), unit == null ? null : unit.getName(), authorLogin, text, createdAt);
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getText() {
        return text;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, PlanComment::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
