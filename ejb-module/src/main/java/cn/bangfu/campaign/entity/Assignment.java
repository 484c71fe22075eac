package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Who helps one target in one campaign (对口联系, 三帮一) from {@code validFrom}: one contact leader
 * (a county-level cadre), one leading unit (牵头单位) and the campaign's number of co-units (配合单位),
 * each with its first responsible person and contact cadre. The rules are {@link AssignmentRules}.
 *
 * <p>Reassignment keeps history: the current assignment is ended ({@link #endOn}, {@code validTo} is
 * the day the next one takes over, exclusive) and a new one begins that day. At most one assignment per
 * campaign and target is current (validTo null); the database enforces it through
 * {@code current_target_id}, which holds the target's id while current and null once ended.
 */
@Entity
@Table(name = "assignment")
@NamedQuery(name = Assignment.BY_ID, query = "select a from Assignment a join fetch a.campaign c join fetch c.region"
        + " join fetch a.target t join fetch t.region join fetch a.contactLeader where a.id = :id")
@NamedQuery(name = Assignment.CURRENT_OF_TARGETS, query = "select a from Assignment a join fetch a.contactLeader l join fetch l.unit"
        + " where a.campaign = :campaign and a.validTo is null and a.target.id in :targets")
@NamedQuery(name = Assignment.UNITS_OF, query = "select au from AssignmentUnit au join fetch au.unit left join fetch au.contactCadre"
        + " where au.assignment.id in :ids order by au.assignment.id, au.seqNo")
@NamedQuery(name = Assignment.TARGET_IDS, query = "select a.id, a.target.id from Assignment a where a.id in :ids")
@NamedQuery(name = Assignment.CURRENT_WITHIN, query = "select a from Assignment a join fetch a.target t join fetch t.region r join fetch a.contactLeader"
        + " where a.campaign = :campaign and a.validTo is null and r.path like :region")
@NamedQuery(name = Assignment.CURRENT_OF_UNIT, query = "select a from Assignment a join fetch a.target t join fetch t.region r join fetch a.contactLeader"
        + " where a.campaign = :campaign and a.validTo is null"
        + " and exists (select f from AssignmentUnit f where f.assignment = a and f.unit.id = :unit)")
@NamedQuery(name = Assignment.COUNT_LED, query = "select count(a) from Assignment a where a.contactLeader.id = :cadre and a.target.id = :target"
        + " and a.validTo is null")
@NamedQuery(name = Assignment.CAMPAIGNS_OF_TARGET, query = "select c.code from Assignment a join a.campaign c where a.target.id = :target"
        + " and a.validTo is null and c.status = :status order by c.startDate desc, c.id desc")
public class Assignment implements Audited, Versioned {

    public static final String BY_ID = "Assignment.byId";
    /** The current assignments of some targets in a campaign, with their leaders. */
    public static final String CURRENT_OF_TARGETS = "Assignment.currentOfTargets";
    /** The units of some assignments (by id), with unit and contact cadre, in order: one query for a page of assignments. */
    public static final String UNITS_OF = "Assignment.unitsOf";
    /** [assignment id, target id] of these assignments. */
    public static final String TARGET_IDS = "Assignment.targetIds";
    /** The current assignments of a campaign in a region, or that a unit takes part in: what the caller sees. */
    public static final String CURRENT_WITHIN = "Assignment.currentWithin";
    public static final String CURRENT_OF_UNIT = "Assignment.currentOfUnit";
    /** Whether a cadre is the contact leader of a target now (on any campaign's current assignment). */
    public static final String COUNT_LED = "Assignment.countLed";
    /** The codes of the campaigns of a status in which a target has a current assignment, the latest first. */
    public static final String CAMPAIGNS_OF_TARGET = "Assignment.campaignsOfTarget";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false, updatable = false)
    private AssistanceTarget target;

    /** The target's id while current, null once ended; unique per campaign (see the class comment). */
    @Column(name = "current_target_id")
    private Long currentTargetId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "contact_leader_id", nullable = false, updatable = false)
    private Cadre contactLeader;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @OneToMany(mappedBy = "assignment", cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @OrderBy("seqNo")
    private List<AssignmentUnit> units = new ArrayList<>();

    @Version
    private long version;

    protected Assignment() {
    }

    /**
     * A new current assignment, from inputs that passed {@link AssignmentRules}. Persist it; its units
     * are persisted with it.
     *
     * @param contacts the contact cadre of each unit, where known
     */
    public Assignment(Campaign campaign, AssistanceTarget target, Cadre contactLeader, Unit leadingUnit, List<Unit> coUnits,
                      Map<Unit, Cadre> contacts, LocalDate validFrom) {
        this.campaign = Objects.requireNonNull(campaign);
        this.target = Objects.requireNonNull(target);
        this.currentTargetId = Objects.requireNonNull(target.getId(), "the target is stored");
        this.contactLeader = Objects.requireNonNull(contactLeader);
        this.validFrom = Objects.requireNonNull(validFrom);
        units.add(new AssignmentUnit(this, 0, leadingUnit, UnitRole.LEADING, contacts.get(leadingUnit)));
        int seq = 1;
        for (Unit co : coUnits) {
            units.add(new AssignmentUnit(this, seq++, co, UnitRole.CO, contacts.get(co)));
        }
    }

    /** The leading unit first, then the co-units in their order. */
    public List<AssignmentUnit> units() {
        return Collections.unmodifiableList(units);
    }

    public Unit leadingUnit() {
        return units.stream().filter(u -> u.getRole() == UnitRole.LEADING).map(AssignmentUnit::getUnit).findFirst().orElse(null);
    }

    public List<Unit> coUnits() {
        return units.stream().filter(u -> u.getRole() == UnitRole.CO).map(AssignmentUnit::getUnit).toList();
    }

    /** Whether the unit is the leading unit or a co-unit of this assignment. */
    public boolean involves(Unit unit) {
        return unit != null && units.stream().anyMatch(u -> Objects.equals(u.getUnit(), unit));
    }

    /** The other units of this assignment: the partners the unit works with on this target. Empty if it is not involved. */
    public List<AssignmentUnit> partnersOf(Unit unit) {
        return involves(unit) ? units.stream().filter(u -> !Objects.equals(u.getUnit(), unit)).toList() : List.of();
    }

    /** The unit's role here, or null if it is not involved. */
    public UnitRole roleOf(Unit unit) {
        return units.stream().filter(u -> Objects.equals(u.getUnit(), unit)).map(AssignmentUnit::getRole).findFirst().orElse(null);
    }

    /**
     * Ends this assignment: from {@code day} on another one (or none) holds. Refused for an assignment
     * that has ended already, and for a day before it began.
     */
    public void endOn(LocalDate day) {
        if (validTo != null) {
            throw new IllegalStateException("assignment " + id + " ended on " + validTo);
        }
        if (day.isBefore(validFrom)) {
            throw new IllegalArgumentException("assignment " + id + " began on " + validFrom + ", cannot end on " + day);
        }
        validTo = day;
        currentTargetId = null;
    }

    public boolean current() {
        return validTo == null;
    }

    /** Whether this assignment already says exactly this: same leader, same leading unit, same co-units (in any order). */
    public boolean sameAs(Cadre leader, Unit leading, List<Unit> co) {
        return Objects.equals(contactLeader, leader) && Objects.equals(leadingUnit(), leading)
                && ids(coUnits()).equals(ids(co));
    }

    private static List<Long> ids(List<Unit> list) {
        return list.stream().map(Unit::getId).sorted().toList();
    }

    /** The record as the API returns it, with the leader and every unit's head and contact. */
    public AssignmentData data() {
        return data(units);
    }

    /**
     * The same, with this assignment's units as a query loaded them ({@link #UNITS_OF}), so a page of
     * assignments does not load each one's units by itself.
     */
    public AssignmentData data(List<AssignmentUnit> loaded) {
        List<AssignmentUnit> sorted = loaded.stream().sorted(java.util.Comparator.comparingInt(AssignmentUnit::getSeqNo)).toList();
        String leading = sorted.stream().filter(u -> u.getRole() == UnitRole.LEADING).map(u -> u.getUnit().getCode()).findFirst()
                .orElse(null);
        return new AssignmentData(id, campaign.getCode(), TargetRef.of(target), contactLeader.getId(), leading,
                sorted.stream().filter(u -> u.getRole() == UnitRole.CO).map(u -> u.getUnit().getCode()).toList(), validFrom, validTo,
                version, CadreRef.of(contactLeader), sorted.stream().map(AssignmentUnit::data).toList(), List.of());
    }

    @Override
    public String auditType() {
        return "Assignment";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("campaign", campaign == null ? null : campaign.getCode());
        m.put("target", target == null ? null : target.getId() + " " + target.getName());
        m.put("contactLeader", contactLeader == null ? null : contactLeader.getId() + " " + contactLeader.getName());
        Unit leading = leadingUnit();
        m.put("leadingUnit", leading == null ? null : leading.getCode());
        List<Unit> co = coUnits();
        m.put("coUnits", co.isEmpty() ? null : co.stream().map(Unit::getCode).collect(Collectors.joining(",")));
        m.put("validFrom", validFrom == null ? null : validFrom.toString());
        m.put("validTo", validTo == null ? null : validTo.toString());
        return m;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public AssistanceTarget getTarget() {
        return target;
    }

    public Cadre getContactLeader() {
        return contactLeader;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidTo() {
        return validTo;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Assignment::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
