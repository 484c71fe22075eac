package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Text;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A visit (走访) to a target: date, form, the units and cadres present, what was learned, the
 * follow-ups. One record for a joint visit: it counts for every unit present. Recorded by one of the
 * units present. Rules for the input are in {@link VisitRules}.
 */
@Entity
@Table(name = "visit")
@NamedQuery(name = Visit.OF_TARGET, query = "select distinct v from Visit v join fetch v.recordedBy left join fetch v.units"
        + " where v.campaign = :campaign and v.target = :target order by v.visitDate desc, v.id desc",
        hints = {@QueryHint(name = "eclipselink.batch", value = "v.cadres"), @QueryHint(name = "eclipselink.batch.type", value = "IN")})
@NamedQuery(name = Visit.FIRST_OF_UNITS, query = "select u.id, v.target.id, min(v.visitDate), max(v.visitDate), count(v) from Visit v"
        + " join v.units u where v.campaign = :campaign group by u.id, v.target.id")
@NamedQuery(name = Visit.LAST_OF_TARGETS, query = "select v.campaign.id, v.target.id, max(v.visitDate) from Visit v"
        + " where v.campaign.id in :campaigns and v.target.id in :targets group by v.campaign.id, v.target.id")
public class Visit implements Audited, Versioned {

    public static final String OF_TARGET = "Visit.ofTarget";
    /** Per unit and target of a campaign: unit id, target id, first visit date, last visit date, visits. */
    public static final String FIRST_OF_UNITS = "Visit.firstOfUnits";
    /** Per campaign and target, of some campaigns and targets: campaign id, target id, the team's last visit date. */
    public static final String LAST_OF_TARGETS = "Visit.lastOfTargets";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_id", nullable = false, updatable = false)
    private AssistanceTarget target;

    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "visit_form", nullable = false)
    private VisitMode form;

    @Column(nullable = false, length = 4000)
    private String learned;

    @Column(name = "follow_ups", length = 4000)
    private String followUps;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recorded_by_id", nullable = false, updatable = false)
    private Unit recordedBy;

    @Column(name = "recorded_login", nullable = false, updatable = false)
    private String recordedLogin;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "visit_unit", joinColumns = @JoinColumn(name = "visit_id"), inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> units = new LinkedHashSet<>();

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "visit_cadre", joinColumns = @JoinColumn(name = "visit_id"), inverseJoinColumns = @JoinColumn(name = "cadre_id"))
    private Set<Cadre> cadres = new LinkedHashSet<>();

    @Version
    private long version;

    protected Visit() {
    }

    /** A visit from input that passed {@link VisitRules#check}. */
    public Visit(Campaign campaign, AssistanceTarget target, LocalDate visitDate, VisitMode form, Set<Unit> units, Set<Cadre> cadres,
                 String learned, String followUps, Unit recordedBy, String recordedLogin, Instant recordedAt) {
        this.campaign = Objects.requireNonNull(campaign);
        this.target = Objects.requireNonNull(target);
        this.visitDate = Objects.requireNonNull(visitDate);
        this.form = Objects.requireNonNull(form);
        this.units.addAll(units);
        this.cadres.addAll(cadres);
        this.learned = Text.clean(learned);
        this.followUps = Text.clean(followUps);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedLogin = recordedLogin;
        this.recordedAt = recordedAt;
    }

    /** Whether the visit counts for this unit: it was present. */
    public boolean counts(Unit unit) {
        return unit != null && units.contains(unit);
    }

    public boolean joint() {
        return units.size() > 1;
    }

    public VisitData data() {
        List<Unit> sorted = new ArrayList<>(units);
        sorted.sort(Comparator.comparing(Unit::getCode));
        List<Cadre> people = new ArrayList<>(cadres);
        people.sort(Comparator.comparing(Cadre::getId));
        return new VisitData(id, campaign.getCode(), TargetRef.of(target), target.getId(), visitDate, form.name(),
                sorted.stream().map(Unit::getCode).toList(), sorted.stream().map(Unit::getName).toList(),
                people.stream().map(Cadre::getId).toList(), people.stream().map(Cadre::getName).toList(), learned, followUps,
                recordedBy.getCode(), recordedBy.getName(), recordedLogin, recordedAt, version);
    }

    @Override
    public String auditType() {
        return "Visit";
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
        m.put("visitDate", visitDate == null ? null : visitDate.toString());
        m.put("form", form == null ? null : form.name());
        m.put("units", units.stream().map(Unit::getCode).sorted().collect(Collectors.joining(",")));
        m.put("cadres", cadres.stream().map(c -> String.valueOf(c.getId())).sorted().collect(Collectors.joining(",")));
        m.put("learned", learned);
        m.put("followUps", followUps);
        m.put("recordedBy", recordedBy == null ? null : recordedBy.getCode());
        return m;
    }

    /** An error for a field, for {@link VisitRules}. */
    static FieldError error(String field, String key, Object... args) {
        return FieldError.of(field, key, args);
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

    public LocalDate getVisitDate() {
        return visitDate;
    }

    public VisitMode getForm() {
        return form;
    }

    public String getLearned() {
        return learned;
    }

    public String getFollowUps() {
        return followUps;
    }

    public Unit getRecordedBy() {
        return recordedBy;
    }

    public Set<Unit> getUnits() {
        return units;
    }

    public Set<Cadre> getCadres() {
        return cadres;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Visit::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
