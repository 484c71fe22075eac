package cn.bangfu.campaign.entity;

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
 */
@Entity
@Table(name = "stationing")
public class Stationing implements Audited {

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
     * the cadre belongs to the dispatching unit, the period has a start and does not end before it.
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
        } else if (cadre != null && !unit.getId().equals(cadre.getUnit().getId())) {
            errors.add(FieldError.of("dispatchingUnit", "stationing.notHisUnit", cadre.getName(), unit.getName()));
        }
        if (from == null) {
            errors.add(FieldError.of("from", "field.required"));
        } else if (to != null && to.isBefore(from)) {
            errors.add(FieldError.of("to", "stationing.toBeforeFrom"));
        }
        return errors;
    }

    public StationingData data() {
        return new StationingData(id, campaign.getCode(), cadre.getId(), cadre.getName(), TargetRef.of(target), dispatchingUnit.getCode(),
                stationedFrom, stationedTo, version);
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

    public long getVersion() {
        return version;
    }
}
