package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.Identity;
import cn.bangfu.platform.entity.Versioned;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Audited;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A campaign (帮扶行动) of one region and year: its period, its mode and how many co-units each target
 * gets, the plan deadline, the office that runs it and its leading group (领导小组). Several campaigns
 * may run in one region and year. Its targets, units and contact leaders all lie in its region.
 */
@Entity
@Table(name = "campaign")
@NamedQuery(name = Campaign.BY_CODE, query = "select c from Campaign c join fetch c.region where c.code = :code")
@NamedQuery(name = Campaign.COUNT, query = "select count(c) from Campaign c")
public class Campaign implements Audited, Versioned {

    public static final String BY_CODE = "Campaign.byCode";
    public static final String COUNT = "Campaign.count";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String code;

    @Column(nullable = false)
    private String name;

    @Column(name = "campaign_year", nullable = false)
    private int year;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "campaign_mode", nullable = false)
    private CampaignMode mode;

    @Column(name = "co_unit_count", nullable = false)
    private int coUnitCount;

    @Column(name = "plan_deadline")
    private LocalDate planDeadline;

    /** More current assignments than this for one unit is warned about, not refused; null: no limit. */
    @Column(name = "per_unit_limit")
    private Integer perUnitLimit;

    /** Units that have not visited a target within this many days of being assigned to it are listed. */
    @Column(name = "first_visit_days", nullable = false)
    private int firstVisitDays;

    /** The day the office published its first inspection circular (督查通报); units first visiting only after it are named. */
    @Column(name = "first_circular_on")
    private LocalDate firstCircularOn;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "region_code", nullable = false, updatable = false)
    private Region region;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "office_unit_id")
    private Unit officeUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CampaignStatus status;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "campaign_group_member", joinColumns = @JoinColumn(name = "campaign_id"))
    private List<LeadingGroupMember> leadingGroup = new ArrayList<>();

    @Version
    private long version;

    protected Campaign() {
    }

    /** A new campaign from data that passed {@link CampaignData#problems()}, in a region the caller manages. */
    public Campaign(CampaignData data, Region region, Unit officeUnit, List<LeadingGroupMember> group) {
        this.code = data.normalised().code();
        this.region = region;
        apply(data, officeUnit, group);
    }

    /** Takes over everything but the code and the region, which identify the campaign for good. */
    public void apply(CampaignData data, Unit officeUnit, List<LeadingGroupMember> group) {
        CampaignData d = data.normalised();
        this.name = d.name();
        this.year = d.year();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.mode = CampaignMode.of(d.mode());
        this.coUnitCount = d.coUnitCount();
        this.planDeadline = d.planDeadline();
        this.perUnitLimit = d.perUnitLimit();
        this.firstVisitDays = d.firstVisitDays();
        this.officeUnit = officeUnit;
        this.status = CampaignStatus.of(d.status());
        if (!groupText(leadingGroup).equals(groupText(group))) {
            // Replaced only when different, so an unchanged campaign writes nothing.
            leadingGroup.clear();
            leadingGroup.addAll(group);
        }
    }

    public CampaignData data() {
        return data(leadingGroup.stream().map(GroupMemberData::of).toList());
    }

    /** The campaign with its leading group read elsewhere, e.g. for a whole page of campaigns in one query. */
    public CampaignData data(List<GroupMemberData> group) {
        List<GroupMemberData> ordered = group.stream().sorted(GroupMemberData.ORDER).toList();
        return new CampaignData(code, name, year, mode.name(), startDate, endDate, coUnitCount, planDeadline, perUnitLimit,
                firstVisitDays, region.getCode(), officeUnit == null ? null : officeUnit.getCode(), status.name(), ordered, version);
    }

    /** Whether a region lies inside the campaign's region: its targets, units and leaders must. */
    public boolean covers(Region other) {
        return region.contains(other);
    }

    /**
     * Whether a user sees this campaign: it lies in his region (the office, leaders, inspectors of the
     * county), or his region lies in it (a unit or township of the county takes part in it).
     */
    public boolean visibleTo(Scope scope) {
        return scope.covers(region) || scope.regionPath().startsWith(region.getPath());
    }

    /** Whether a user may change the campaign and its assignments (his role aside): it lies in his region. */
    public boolean managedBy(Scope scope) {
        return scope.covers(region) && !scope.unitOnly();
    }

    /** Closed campaigns are history: their assignments no longer change. */
    public boolean acceptsAssignments() {
        return status != CampaignStatus.CLOSED;
    }

    @Override
    public String auditType() {
        return "Campaign";
    }

    @Override
    public String auditId() {
        return code;
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("name", name);
        m.put("year", String.valueOf(year));
        m.put("mode", mode == null ? null : mode.name());
        m.put("startDate", str(startDate));
        m.put("endDate", str(endDate));
        m.put("coUnitCount", String.valueOf(coUnitCount));
        m.put("planDeadline", str(planDeadline));
        m.put("perUnitLimit", perUnitLimit == null ? null : perUnitLimit.toString());
        m.put("firstVisitDays", String.valueOf(firstVisitDays));
        m.put("regionCode", region == null ? null : region.getCode());
        m.put("officeUnit", officeUnit == null ? null : officeUnit.getCode());
        m.put("status", status == null ? null : status.name());
        m.put("leadingGroup", leadingGroup.isEmpty() ? null : groupText(leadingGroup));
        return m;
    }

    private static String groupText(List<LeadingGroupMember> group) {
        return group.stream().map(LeadingGroupMember::auditText).collect(Collectors.joining(","));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getYear() {
        return year;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public CampaignMode getMode() {
        return mode;
    }

    public int getCoUnitCount() {
        return coUnitCount;
    }

    public LocalDate getPlanDeadline() {
        return planDeadline;
    }

    public LocalDate getFirstCircularOn() {
        return firstCircularOn;
    }

    /** A circular of the campaign was published on this day: the first one's day is kept. */
    public void circularPublished(LocalDate day) {
        if (firstCircularOn == null || day.isBefore(firstCircularOn)) {
            firstCircularOn = day;
        }
    }

    /** Whether a unit's first visit came only after the first circular: the circular, not the campaign, got it going. */
    public boolean afterFirstCircular(FirstVisit f) {
        return firstCircularOn != null && f.firstVisitOn() != null && f.firstVisitOn().isAfter(firstCircularOn)
                && f.firstVisitOn().isAfter(f.dueOn());
    }

    public Integer getPerUnitLimit() {
        return perUnitLimit;
    }

    public int getFirstVisitDays() {
        return firstVisitDays;
    }

    public Region getRegion() {
        return region;
    }

    public Unit getOfficeUnit() {
        return officeUnit;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public List<LeadingGroupMember> getLeadingGroup() {
        return leadingGroup;
    }

    @Override
    public long getVersion() {
        return version;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, Campaign::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
