package cn.bangfu.org.entity;

import cn.bangfu.platform.entity.Identity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A notice in a unit's inbox (e.g. "your unit now helps this enterprise, with these partners"). The
 * inbox belongs to the unit, not to one person: whoever signs in for the unit reads it, and reading
 * marks it read for all of them. Written in Chinese, the county's language.
 */
@Entity
@Table(name = "inbox_notice")
@NamedQuery(name = InboxNotice.COUNT_UNREAD, query = "select count(n) from InboxNotice n where n.unit.id = :unit and n.readAt is null")
@NamedQuery(name = InboxNotice.OF_UNIT, query = "select n from InboxNotice n where n.unit.id = :unit order by n.createdAt desc, n.id desc")
@NamedQuery(name = InboxNotice.COUNT_OF_UNIT, query = "select count(n) from InboxNotice n where n.unit.id = :unit")
@NamedQuery(name = InboxNotice.UNREAD_OF_UNIT, query = "select n from InboxNotice n where n.unit.id = :unit and n.readAt is null")
public class InboxNotice {

    public static final String COUNT_UNREAD = "InboxNotice.countUnread";
    public static final String OF_UNIT = "InboxNotice.ofUnit";
    public static final String COUNT_OF_UNIT = "InboxNotice.countOfUnit";
    public static final String UNREAD_OF_UNIT = "InboxNotice.unreadOfUnit";
    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxNotice() {
    }

    /** A new unread notice; subject and body are cut to what the columns hold. */
    public InboxNotice(Unit unit, String subject, String body, Instant createdAt) {
        this.unit = Objects.requireNonNull(unit);
        this.subject = clip(subject, SUBJECT_MAX);
        this.body = clip(body, BODY_MAX);
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Marks the notice read, once: the first reading time is kept. */
    public void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    public boolean unread() {
        return readAt == null;
    }

    public NoticeData data() {
        return new NoticeData(id, subject, body, createdAt, readAt);
    }

    private static String clip(String text, int max) {
        String t = text == null ? "" : text;
        return t.length() <= max ? t : t.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Unit getUnit() {
        return unit;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, InboxNotice::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
