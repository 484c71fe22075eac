package cn.bangfu.inspection.entity;

import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.Identity;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A finding (督查发现) an inspector files on site: the visit it was made on, the checklist item it is filed against, how
 * grave it is, what was found and the unit responsible. It keeps round, unit, item and severity for the appraisal's
 * deductions; it may be registered in the ledger as a problem (source INSPECTION) and may send a rectification.
 */
@Entity
@Table(name = "inspection_finding")
@NamedQuery(name = Finding.OF_VISIT, query = "select f from Finding f join fetch f.unit where f.visit = :visit order by f.id")
@NamedQuery(name = Finding.PHOTOS_OF, query = "select p.finding.id, p.id from InspectionPhoto p where p.finding.id in :ids"
        + " and p.rectification is null order by p.id")
public class Finding implements Audited, Versioned {

    public static final String OF_VISIT = "Finding.ofVisit";
    public static final String PHOTOS_OF = "Finding.photosOf";
    public static final int DESCRIPTION_MAX = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private InspectionRound round;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "visit_id", nullable = false, updatable = false)
    private InspectionVisit visit;

    @Column(name = "item_code", nullable = false, updatable = false)
    private String itemCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false, length = DESCRIPTION_MAX)
    private String description;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Column(name = "problem_id")
    private Long problemId;

    @Column(name = "filed_by", nullable = false, updatable = false)
    private String filedBy;

    @Column(name = "filed_at", nullable = false, updatable = false)
    private Instant filedAt;

    @Version
    private long version;

    protected Finding() {
    }

    /** What is wrong with a finding as sent, field by field (the item must be on the round's checklist). */
    public static List<FieldError> problems(InspectionRound round, String item, String severity, String description,
                                            List<FieldError> errors) {
        if (item == null || item.isBlank()) {
            errors.add(FieldError.of("item", "field.required"));
        } else if (!round.hasItem(item.strip())) {
            errors.add(FieldError.of("item", "inspection.finding.item", item.strip(),
                    String.join(", ", round.getChecklist().stream().map(ChecklistItem::getCode).toList())));
        }
        if (severity == null || severity.isBlank()) {
            errors.add(FieldError.of("severity", "field.required"));
        } else {
            cn.bangfu.platform.entity.Codes.parse(errors, "severity", severity, Severity.class, null);
        }
        Text.required(errors, "description", Text.clean(description), DESCRIPTION_MAX);
        return errors;
    }

    /**
     * Files a checked finding on a visit of a round that has started (SCHEDULED or IN_PROGRESS) on or after the visit's
     * day: a finding is made on site, not before the team came.
     */
    public static Finding file(InspectionVisit visit, String item, Severity severity, String description, Unit unit, String login,
                               Instant now, LocalDate today) {
        InspectionRound round = visit.getRound();
        if (round.getStatus() != RoundStatus.SCHEDULED && round.getStatus() != RoundStatus.IN_PROGRESS) {
            throw new ConflictException(FieldError.of("round", "inspection.finding.roundNotOpen", round.getName()));
        }
        if (visit.getDay() == null || visit.getDay().isAfter(today)) {
            throw new ConflictException(FieldError.of("visit", "inspection.finding.visitAhead",
                    visit.getDay() == null ? "-" : visit.getDay().toString()));
        }
        Finding f = new Finding();
        f.round = round;
        f.visit = visit;
        f.itemCode = item.strip();
        f.severity = severity;
        f.description = Text.clean(description);
        f.unit = unit;
        f.filedBy = login;
        f.filedAt = now;
        return f;
    }

    /** Links the finding to the ledger's problem it was registered as; once only. */
    public void registeredAs(long problem) {
        if (problemId != null) {
            throw new ConflictException(FieldError.of("problemId", "inspection.finding.registered", problemId));
        }
        this.problemId = problem;
    }

    /** The checklist item's name on the round, or its code when the checklist no longer has it. */
    public String itemName() {
        return round.getChecklist().stream().filter(i -> i.getCode().equals(itemCode)).map(ChecklistItem::getName).findFirst()
                .orElse(itemCode);
    }

    @Override
    public String auditType() {
        return "Finding";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("visit", visit == null ? null : String.valueOf(visit.getId()));
        m.put("item", itemCode);
        m.put("severity", severity == null ? null : severity.name());
        m.put("description", description);
        m.put("unit", unit == null ? null : unit.getCode());
        m.put("problemId", problemId == null ? null : problemId.toString());
        return m;
    }

    public Long getId() {
        return id;
    }

    public InspectionRound getRound() {
        return round;
    }

    public InspectionVisit getVisit() {
        return visit;
    }

    public String getItemCode() {
        return itemCode;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getDescription() {
        return description;
    }

    public Unit getUnit() {
        return unit;
    }

    public Long getProblemId() {
        return problemId;
    }

    public String getFiledBy() {
        return filedBy;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    @Override
    public long getVersion() {
        return version;
    }

    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Finding::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
