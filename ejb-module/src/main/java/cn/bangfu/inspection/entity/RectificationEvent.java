package cn.bangfu.inspection.entity;

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
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a rectification's history: who did what when, with the unit's note or the inspector's reason. */
@Entity
@Table(name = "rectification_event")
public class RectificationEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rectification_id", nullable = false, updatable = false)
    private Rectification rectification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private RectificationAction action;

    @Column(updatable = false)
    private String note;

    @Column(nullable = false, updatable = false)
    private String actor;

    @Column(name = "acted_at", nullable = false, updatable = false)
    private Instant at;

    protected RectificationEvent() {
    }

    RectificationEvent(Rectification rectification, RectificationAction action, String note, String actor, Instant at) {
        this.rectification = rectification;
        this.action = action;
        this.note = note;
        this.actor = actor;
        this.at = at;
    }

    public RectificationEventData data() {
        return new RectificationEventData(action.name(), note, actor, at);
    }

    public Long getId() {
        return id;
    }

    public Rectification getRectification() {
        return rectification;
    }

    public RectificationAction getAction() {
        return action;
    }

    public String getNote() {
        return note;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }
}
