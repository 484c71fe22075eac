package cn.bangfu.platform.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One change of a record that matters: who, when, which record, what, and each field old → new. Never updated. */
@Entity
@Table(name = "audit_event")
@NamedQuery(name = AuditEvent.ENTITY_TYPES, query = "select distinct e.entityType from AuditEvent e order by e.entityType")
public class AuditEvent {

    public static final String ENTITY_TYPES = "AuditEvent.entityTypes";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(nullable = false)
    private String action;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "audit_change", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "seq_no")
    private List<FieldChange> changes = new ArrayList<>();

    protected AuditEvent() {
    }

    public AuditEvent(String actor, Instant occurredAt, String entityType, String entityId, String action, List<FieldChange> changes) {
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.entityType = entityType;
        this.entityId = entityId;
        this.action = action;
        this.changes = new ArrayList<>(changes);
    }

    public Long getId() {
        return id;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getAction() {
        return action;
    }

    public List<FieldChange> getChanges() {
        return List.copyOf(changes);
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, AuditEvent::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
