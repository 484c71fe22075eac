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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A notice in a unit's inbox (e.g. "your unit now helps this enterprise, with these partners"), in
 * the inbox of a region's campaign office (e.g. "a plan waits for your approval"), of its evaluation
 * officers (e.g. "a unit has self-assessed, its form waits for scoring"), or in a contact
 * leader's (e.g. "a problem of your enterprise was escalated"). The inbox belongs to
 * the unit or the office, not to one person: whoever signs in for it reads it, and reading marks it
 * read for all of them. A notice keeps what it is about (its kind and parameters), so it is
 * rendered in the reader's language when read, and its text in Chinese, the county's language: notices
 * stored before they had data show that text.
 */
@Entity
@Table(name = "inbox_notice")
public class InboxNotice {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 4000;
    public static final int PARAMS_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    /** The unit whose inbox it is in; null for a notice to an office. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    /** The region whose campaign office it is addressed to; null for a notice to a unit. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_region_code", updatable = false)
    private Region officeRegion;

    /** The region whose evaluation officers it is addressed to (e.g. a form waits for scoring); null for other notices. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evaluators_region_code", updatable = false)
    private Region evaluatorsRegion;

    /** The cadre it is addressed to (a contact leader, whose account names him); null for a notice to a unit or an office. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "cadre_id", updatable = false)
    private Cadre cadre;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    /** What the notice is about, e.g. "assignment.released"; null for notices stored with text only. */
    @Column(updatable = false)
    private String kind;

    /** The parameters of {@link #kind}, one "name=value" a line ({@link #encode}). */
    @Column(updatable = false)
    private String params;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxNotice() {
    }

    /** A new unread notice with text only; subject and body are cut to what the columns hold. */
    public InboxNotice(Unit unit, String subject, String body, Instant createdAt) {
        this(unit, null, Map.of(), new NoticeText(subject, body), createdAt);
    }

    /**
     * A new unread notice of a kind, with its parameters and its Chinese text. Parameters too long for
     * their column are not kept (a cut list would render wrong): the notice then shows its text.
     */
    public InboxNotice(Unit unit, String kind, Map<String, String> params, NoticeText chinese, Instant createdAt) {
        this(Objects.requireNonNull(unit), null, kind, params, chinese, createdAt);
    }

    /** A new unread notice of a kind to the campaign office of a region, read by that region's OFFICE accounts. */
    public static InboxNotice toOffice(Region region, String kind, Map<String, String> params, NoticeText chinese, Instant createdAt) {
        return new InboxNotice(null, Objects.requireNonNull(region), kind, params, chinese, createdAt);
    }

    /** A new unread notice of a kind to the evaluation officers of a region, read by that region's EVALUATOR accounts. */
    public static InboxNotice toEvaluators(Region region, String kind, Map<String, String> params, NoticeText chinese, Instant createdAt) {
        InboxNotice n = new InboxNotice(null, null, kind, params, chinese, createdAt);
        n.evaluatorsRegion = Objects.requireNonNull(region);
        return n;
    }

    /** A new unread notice of a kind to a cadre: the accounts that name him (a contact leader's) read it. */
    public static InboxNotice toCadre(Cadre cadre, String kind, Map<String, String> params, NoticeText chinese, Instant createdAt) {
        InboxNotice n = new InboxNotice(null, null, kind, params, chinese, createdAt);
        n.cadre = Objects.requireNonNull(cadre);
        return n;
    }

    private InboxNotice(Unit unit, Region officeRegion, String kind, Map<String, String> params, NoticeText chinese, Instant createdAt) {
        this.unit = unit;
        this.officeRegion = officeRegion;
        this.subject = clip(chinese.subject(), SUBJECT_MAX);
        this.body = clip(chinese.body(), BODY_MAX);
        this.createdAt = Objects.requireNonNull(createdAt);
        String encoded = kind == null ? null : encode(params);
        if (encoded != null && encoded.length() <= PARAMS_MAX) {
            this.kind = kind;
            this.params = encoded;
        }
    }

    /**
     * Whether the caller reads this notice: it is in his unit's inbox, addressed to his cadre, or addressed to the office or
     * the evaluation officers of his region and he is one of them.
     */
    public boolean readableBy(Scope scope) {
        if (unit != null) {
            return scope.isUnit(unit);
        }
        if (cadre != null) {
            return cadre.getId().equals(scope.cadreId());
        }
        if (evaluatorsRegion != null) {
            return scope.has(Role.EVALUATOR) && !scope.unitOnly() && evaluatorsRegion.getCode().equals(scope.regionCode());
        }
        return scope.has(Role.OFFICE) && scope.unitId() == null && officeRegion.getCode().equals(scope.regionCode());
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

    /** The notice with its stored (Chinese) text. */
    public NoticeData data() {
        return data(new NoticeText(subject, body), null);
    }

    /** The notice with a text rendered for the reader, and the record it is about if there is one. */
    public NoticeData data(NoticeText text, NoticeAbout about) {
        return new NoticeData(id, kind, text.subject(), text.body(), createdAt, readAt, about);
    }

    /** The parameters as "name=value" lines, sorted by name; backslash, newline and carriage return escaped. */
    static String encode(Map<String, String> params) {
        StringBuilder s = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(params).entrySet()) {
            if (e.getKey().contains("=") || e.getKey().contains("\n")) {
                throw new IllegalArgumentException("Bad parameter name " + e.getKey());
            }
            if (e.getValue() != null) {
                s.append(e.getKey()).append('=').append(escape(e.getValue())).append('\n');
            }
        }
        return s.toString();
    }

    static Map<String, String> decode(String encoded) {
        Map<String, String> params = new LinkedHashMap<>();
        if (encoded != null) {
            for (String line : encoded.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    params.put(line.substring(0, eq), unescape(line.substring(eq + 1)));
                }
            }
        }
        return params;
    }

    private static String escape(String v) {
        return v.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String v) {
        StringBuilder s = new StringBuilder(v.length());
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\\' && i + 1 < v.length()) {
                char n = v.charAt(++i);
                s.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                s.append(c);
            }
        }
        return s.toString();
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

    public String getKind() {
        return kind;
    }

    /** The parameters of the notice's kind; empty for notices with text only. */
    public Map<String, String> params() {
        return decode(params);
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
