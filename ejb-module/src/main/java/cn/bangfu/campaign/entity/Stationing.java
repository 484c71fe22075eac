package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.AssistanceTarget;
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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * 驻企 (百名干部助百企): a cadre stationed at a target for a period by his dispatching unit, in a
 * campaign of mode {@link CampaignMode#STATIONED}. {@code stationedTo} is the last day, null while open-ended.
 * A cadre is at one target at a time: his stationings, in whatever campaign, never share a day.
 */
@Entity
@Table(name = "stationing")
@NamedQuery(name = Stationing.BY_ID, query = "select s from Stationing s join fetch s.campaign join fetch s.cadre c join fetch c.unit"
        + " join fetch s.target t join fetch t.region join fetch s.dispatchingUnit where s.id = :id")
@NamedQuery(name = Stationing.OF_CADRE, query = "select s from Stationing s join fetch s.target where s.cadre.id = :cadre"
        + " order by s.stationedFrom, s.id")
@NamedQuery(name = Stationing.CURRENT_OF_UNIT, query = "select s from Stationing s join fetch s.campaign m join fetch s.cadre join fetch s.target t"
        + " join fetch t.region join fetch s.dispatchingUnit u where u.id = :unit and m.status <> :closed"
        + " and (s.stationedTo is null or s.stationedTo >= :today) order by s.stationedFrom, s.id")
public class Stationing implements Audited, Versioned {

    public static final String BY_ID = "Stationing.byId";
    /** Every stationing of one cadre, in any campaign: what a new period must not overlap. */
    public static final String OF_CADRE = "Stationing.ofCadre";
    /** A unit's stationings not ended by {@code today} in campaigns not closed. */
    public static final String CURRENT_OF_UNIT = "Stationing.currentOfUnit";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id", nullable = false)
    private Cadre cadre;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false)
    private AssistanceTarget target;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "dispatching_unit_id", nullable = false)
    private Unit dispatchingUnit;

    @Column(name = "stationed_from", nullable = false)
    private LocalDate stationedFrom;

    @Column(name = "stationed_to")
    private LocalDate stationedTo;

    @Version
    private long version;

    protected Stationing() {
    }

    /** A stationing that passed {@link #problems}. */
    public Stationing(Campaign campaign, Cadre cadre, AssistanceTarget target, Unit dispatchingUnit, LocalDate from, LocalDate to) {
        this.campaign = Objects.requireNonNull(campaign);
        this.cadre = Objects.requireNonNull(cadre);
        this.target = Objects.requireNonNull(target);
        this.dispatchingUnit = Objects.requireNonNull(dispatchingUnit);
        this.stationedFrom = Objects.requireNonNull(from);
        this.stationedTo = to;
    }

    /**
     * What is wrong with stationing this cadre (null: not found) at this target (null: not found) for
     * this unit and period in the campaign: the campaign stations cadres, everything lies in its region,
     * the cadre belongs to the dispatching unit, the period has a start, does not end before it and lies
     * within the campaign's dates.
     */
    public static List<FieldError> problems(Campaign campaign, Long cadreId, Cadre cadre, TargetRef targetRef, AssistanceTarget target,
                                            String unitCode, Unit unit, LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        String area = campaign.getRegion().getName();
        if (campaign.getMode() != CampaignMode.STATIONED) {
            errors.add(FieldError.of("campaign", "stationing.mode", campaign.getMode().chineseName()));
        }
        if (cadreId == null) {
            errors.add(FieldError.of("cadre", "field.required"));
        } else if (cadre == null || !campaign.covers(cadre.getUnit().getRegion())) {
            errors.add(FieldError.of("cadre", "assignment.leader.outside", String.valueOf(cadreId), area));
        }
        if (targetRef == null || !targetRef.given()) {
            errors.add(FieldError.of("target", "field.required"));
        } else if (target == null || !campaign.covers(target.getRegion())) {
            errors.add(FieldError.of("target", "assignment.target.outside", targetRef.label(), area));
        }
        if (unitCode == null) {
            errors.add(FieldError.of("dispatchingUnit", "field.required"));
        } else if (unit == null || !campaign.covers(unit.getRegion())) {
            errors.add(FieldError.of("dispatchingUnit", "assignment.unit.outside", unitCode, area));
        } else if (cadre != null && !unit.equals(cadre.getUnit())) {
            errors.add(FieldError.of("dispatchingUnit", "stationing.notHisUnit", cadre.getName(), unit.getName()));
        }
        if (from == null) {
            errors.add(FieldError.of("from", "field.required"));
        } else if (to != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "stationing.toBeforeFrom"));
        }
        errors.addAll(outsideCampaign(campaign.getStartDate(), campaign.getEndDate(), from, to));
        return errors;
    }

    /**
     * What is wrong with changing the period of a stationing of the campaign to [from, to]: changing it
     * ends it, so the last day is required; it cannot come before the first, nor leave the campaign's dates.
     */
    public static List<FieldError> periodProblems(Campaign campaign, LocalDate from, LocalDate to) {
        if (to == null) {
            return List.of(FieldError.of("to", "field.required"));
        }
        List<FieldError> errors = new ArrayList<>();
        if (from != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "stationing.toBeforeFrom"));
        }
        errors.addAll(outsideCampaign(campaign.getStartDate(), campaign.getEndDate(), from, to));
        return errors;
    }

    /**
     * What of [from, to] ({@code to} null: open-ended) falls outside a campaign running from {@code start}
     * to {@code end}: a cadre is stationed for the campaign, so he starts neither before it starts nor
     * after it ends, and a fixed last day is not after its end.
     */
    public static List<FieldError> outsideCampaign(LocalDate start, LocalDate end, LocalDate from, LocalDate to) {
        List<FieldError> errors = new ArrayList<>();
        if (from != null && from.isBefore(start)) {
            errors.add(FieldError.of("from", "stationing.fromBeforeStart", from.toString(), start.toString()));
        }
        if (from != null && from.isAfter(end)) {
            errors.add(FieldError.of("from", "stationing.fromAfterEnd", from.toString(), end.toString()));
        }
        if (to != null && to.isAfter(end)) {
            errors.add(FieldError.of("to", "stationing.toAfterEnd", to.toString(), end.toString()));
        }
        return errors;
    }

    /**
     * What stands in the way of cancelling this stationing on {@code today}: only one that has not begun
     * (待驻) is cancelled as a mistake; one under way or ended is history, and is ended instead.
     */
    public List<FieldError> cancelProblems(LocalDate today) {
        return status(today) == StationingStatus.UPCOMING ? List.of()
                : List.of(FieldError.of("status", "stationing.begun", stationedFrom.toString()));
    }

    /**
     * The error, on {@code field}, naming the first of the cadre's {@code others} stationings (in any
     * campaign) that shares a day with [from, to] ({@code to} null: open-ended); none when none does or
     * the period itself is incomplete (its own rules say so).
     */
    public static List<FieldError> clashes(String field, List<Stationing> others, LocalDate from, LocalDate to) {
        if (from == null || to != null && to.isBefore(from)) {
            return List.of();
        }
        return others.stream().filter(s -> s.overlaps(from, to)).findFirst().map(s -> List.of(s.clash(field))).orElse(List.of());
    }

    /** Whether [from, to] ({@code to} null: open-ended) shares a day with this stationing's period. */
    public boolean overlaps(LocalDate from, LocalDate to) {
        return (to == null || !stationedFrom.isAfter(to)) && (stationedTo == null || !from.isAfter(stationedTo));
    }

    private FieldError clash(String field) {
        return stationedTo == null
                ? FieldError.of(field, "stationing.overlapOpen", target.getName(), stationedFrom.toString())
                : FieldError.of(field, "stationing.overlap", target.getName(), stationedFrom.toString(),
                        stationedTo.toString());
    }

    /** Moves the period, e.g. ends the stationing on {@code to}; {@link #periodProblems} and {@link #clashes} passed. */
    public void changePeriod(LocalDate from, LocalDate to) {
        this.stationedFrom = Objects.requireNonNull(from);
        this.stationedTo = Objects.requireNonNull(to);
    }

    /** 待驻, 在驻 or 已结束 on this day. */
    public StationingStatus status(LocalDate today) {
        if (stationedTo != null && stationedTo.isBefore(today)) {
            return StationingStatus.ENDED;
        }
        return stationedFrom.isAfter(today) ? StationingStatus.UPCOMING : StationingStatus.ACTIVE;
    }

    /** The stationing as pages and the API show it, its status as of {@code today}. */
    public StationingData data(LocalDate today) {
        return new StationingData(id, campaign.getCode(), campaign.getName(), cadre.getId(), cadre.getName(), cadre.getPosition(),
                cadre.getPhone(), TargetRef.of(target), dispatchingUnit.getCode(), dispatchingUnit.getName(), stationedFrom, stationedTo,
                status(today).name(), version);
    }

    @Override
    public String auditType() {
        return "Stationing";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("campaign", campaign == null ? null : campaign.getCode());
        m.put("cadre", cadre == null ? null : cadre.getId() + " " + cadre.getName());
        m.put("target", target == null ? null : target.getId() + " " + target.getName());
        m.put("dispatchingUnit", dispatchingUnit == null ? null : dispatchingUnit.getCode());
        m.put("from", stationedFrom == null ? null : stationedFrom.toString());
        m.put("to", stationedTo == null ? null : stationedTo.toString());
        return m;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Cadre getCadre() {
        return cadre;
    }

    public AssistanceTarget getTarget() {
        return target;
    }

    public Unit getDispatchingUnit() {
        return dispatchingUnit;
    }

    public LocalDate getStationedFrom() {
        return stationedFrom;
    }

    public LocalDate getStationedTo() {
        return stationedTo;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Stationing::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
