package cn.bangfu.report.entity;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.platform.entity.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An inspection circular (督查通报) of a round: generated as a draft from the round's findings (its figures and the table
 * of findings by unit are kept as they were then), its title, 文号, issuer and narrative edited by the office, then
 * published to every unit of the campaign, after which it never changes.
 */
@Entity
@Table(name = "circular")
@NamedQuery(name = Circular.OF_ROUND, query = "select c from Circular c where c.round = :round order by c.id desc")
@NamedQuery(name = Circular.COUNT_OF_CAMPAIGN, query = "select count(c) from Circular c where c.campaign = :campaign")
@NamedQuery(name = Circular.PUBLISHED_VISIBLE, query = "select c from Circular c join fetch c.campaign cp join fetch c.round"
        + " where c.status = cn.bangfu.report.entity.CircularStatus.PUBLISHED and cp.id in :campaigns order by c.publishedOn desc, c.id desc")
public class Circular implements Audited, Versioned {

    public static final String OF_ROUND = "Circular.ofRound";
    public static final String COUNT_OF_CAMPAIGN = "Circular.countOfCampaign";
    public static final String PUBLISHED_VISIBLE = "Circular.publishedVisible";
    public static final int TITLE_MAX = 100;
    public static final int NUMBER_MAX = 50;
    public static final int ISSUER_MAX = 100;
    public static final int TEXT_MAX = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private InspectionRound round;

    @Column(nullable = false, length = TITLE_MAX)
    private String title;

    @Column(name = "doc_number", nullable = false, length = NUMBER_MAX)
    private String docNumber;

    @Column(nullable = false, length = ISSUER_MAX)
    private String issuer;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CircularStatus status;

    @Column(length = TEXT_MAX)
    private String summary;

    @Column(length = TEXT_MAX)
    private String praise;

    @Column(length = TEXT_MAX)
    private String criticism;

    @Column(length = TEXT_MAX)
    private String requirements;

    @Column(nullable = false, updatable = false)
    private int visits;

    @Column(nullable = false, updatable = false)
    private int findings;

    @Column(nullable = false, updatable = false)
    private int serious;

    @Column(nullable = false, updatable = false)
    private int units;

    @Column(nullable = false, updatable = false)
    private int rectified;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "circular_row", joinColumns = @JoinColumn(name = "circular_id"))
    @OrderColumn(name = "seq_no")
    private List<CircularRow> rows = new ArrayList<>();

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_by")
    private String publishedBy;

    @Version
    private long version;

    protected Circular() {
    }

    /** A draft of a round's circular with the texts and figures generated for it (checked like an edit). */
    public Circular(InspectionRound round, CircularText text, CircularData.Figures figures, List<CircularRow> rows, String login, Instant now) {
        this.campaign = round.getCampaign();
        this.round = round;
        this.status = CircularStatus.DRAFT;
        this.visits = figures.visits();
        this.findings = figures.findings();
        this.serious = figures.serious();
        this.units = figures.units();
        this.rectified = figures.rectified();
        this.rows.addAll(rows);
        this.createdBy = login;
        this.createdAt = now;
        write(text);
    }

    /** Changes the texts of a draft, all checked before any is changed; a published circular is 409. */
    public void edit(CircularText text) {
        if (status != CircularStatus.DRAFT) {
            throw new ConflictException(FieldError.of("status", "circular.published", docNumber));
        }
        write(text);
    }

    private void write(CircularText text) {
        List<FieldError> errors = new ArrayList<>();
        Text.required(errors, "title", Text.clean(text.title()), TITLE_MAX);
        Text.required(errors, "docNumber", Text.clean(text.docNumber()), NUMBER_MAX);
        Text.required(errors, "issuer", Text.clean(text.issuer()), ISSUER_MAX);
        Text.optional(errors, "summary", Text.clean(text.summary()), TEXT_MAX);
        Text.optional(errors, "praise", Text.clean(text.praise()), TEXT_MAX);
        Text.optional(errors, "criticism", Text.clean(text.criticism()), TEXT_MAX);
        Text.optional(errors, "requirements", Text.clean(text.requirements()), TEXT_MAX);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        title = Text.clean(text.title());
        docNumber = Text.clean(text.docNumber());
        issuer = Text.clean(text.issuer());
        summary = Text.clean(text.summary());
        praise = Text.clean(text.praise());
        criticism = Text.clean(text.criticism());
        requirements = Text.clean(text.requirements());
    }

    /** Publishes the draft on {@code day}; once only. */
    public void publish(String login, LocalDate day) {
        if (status != CircularStatus.DRAFT) {
            throw new ConflictException(FieldError.of("status", "circular.published", docNumber));
        }
        status = CircularStatus.PUBLISHED;
        publishedOn = day;
        publishedBy = login;
        campaign.circularPublished(day);
    }

    public CircularData data(boolean mayEdit) {
        return new CircularData(id, campaign.getCode(), round.getId(), round.getName(), title, docNumber, issuer, status.name(), summary,
                praise, criticism, requirements, new CircularData.Figures(visits, findings, serious, units, rectified),
                rows.stream().map(CircularRow::data).toList(), publishedOn, mayEdit && status == CircularStatus.DRAFT, version);
    }

    @Override
    public String auditType() {
        return "Circular";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("round", round == null ? null : String.valueOf(round.getId()));
        m.put("title", title);
        m.put("docNumber", docNumber);
        m.put("issuer", issuer);
        m.put("status", status == null ? null : status.name());
        m.put("publishedOn", publishedOn == null ? null : publishedOn.toString());
        return m;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public InspectionRound getRound() {
        return round;
    }

    public String getTitle() {
        return title;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public CircularStatus getStatus() {
        return status;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Circular::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
