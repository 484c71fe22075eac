package cn.bangfu.inspection.entity;

import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.Versioned;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One inspected target or unit of a round (督查安排): on a team and a day once scheduled. A pinned visit keeps its team and
 * day when the schedule is solved again.
 */
@Entity
@Table(name = "inspection_visit")
@NamedQuery(name = InspectionVisit.OF_ROUND, query = "select v from InspectionVisit v left join fetch v.target t left join fetch t.region"
        + " left join fetch v.unit u left join fetch u.region left join fetch v.team where v.round = :round order by v.id")
@NamedQuery(name = InspectionVisit.COUNT_OF_ROUND, query = "select count(v), count(v.day) from InspectionVisit v where v.round = :round")
@NamedQuery(name = InspectionVisit.TARGET_IDS, query = "select v.target.id from InspectionVisit v where v.round = :round and v.target is not null")
@NamedQuery(name = InspectionVisit.UNIT_IDS, query = "select v.unit.id from InspectionVisit v where v.round = :round and v.unit is not null")
@NamedQuery(name = InspectionVisit.COUNT_OF_TEAM, query = "select count(v) from InspectionVisit v where v.team = :team")
@NamedQuery(name = InspectionVisit.OF_MEMBER, query = "select v from InspectionVisit v join fetch v.round r join fetch r.campaign"
        + " left join fetch v.target t left join fetch t.region left join fetch v.unit u left join fetch u.region join fetch v.team tm"
        + " where r.status <> cn.bangfu.inspection.entity.RoundStatus.PLANNING and r.status <> cn.bangfu.inspection.entity.RoundStatus.CLOSED"
        + " and v.day >= :from"
        + " and exists (select m from InspectionTeam it join it.members m where it = tm and m.login = :login) order by v.day, tm.name, v.id")
@NamedQuery(name = InspectionVisit.AVOID_UNITS, query = "select v.id, au.unit.id from InspectionVisit v, AssignmentUnit au join au.assignment a"
        + " where v.round = :round and a.target = v.target and a.campaign = v.round.campaign and a.validTo is null")
@NamedQuery(name = InspectionVisit.LEADERS_OF_ROUND, query = "select tg.id, u.id, l.login, l.displayName from InspectionVisit v left join v.target tg"
        + " left join v.unit u join v.team t join t.leader l where v.round = :round")
@NamedQuery(name = InspectionVisit.CAMPAIGN_TARGETS_OUTSIDE, query = "select t from Assignment a join a.target t where a.campaign = :campaign"
        + " and a.validTo is null and not exists (select v from InspectionVisit v where v.round = :round and v.target = t) order by t.id")
@NamedQuery(name = InspectionVisit.CAMPAIGN_TARGETS_AMONG, query = "select t from Assignment a join a.target t join fetch t.region"
        + " where a.campaign = :campaign and a.validTo is null and t.id in :ids")
@NamedQuery(name = InspectionVisit.DUE_NOTICE, query = "select v from InspectionVisit v join fetch v.round r join fetch r.campaign"
        + " left join fetch v.target t left join fetch v.unit join fetch v.team where v.day = :day and v.notifiedAt is null"
        + " and r.status in (cn.bangfu.inspection.entity.RoundStatus.SCHEDULED, cn.bangfu.inspection.entity.RoundStatus.IN_PROGRESS)")
@NamedQuery(name = InspectionVisit.TARGET_UNITS, query = "select a.target.id, au.unit from AssignmentUnit au join au.assignment a"
        + " where a.campaign = :campaign and a.validTo is null and a.target.id in :ids")
public class InspectionVisit implements Audited, Versioned {

    public static final String OF_ROUND = "InspectionVisit.ofRound";
    public static final String COUNT_OF_ROUND = "InspectionVisit.countOfRound";
    public static final String TARGET_IDS = "InspectionVisit.targetIds";
    public static final String UNIT_IDS = "InspectionVisit.unitIds";
    public static final String COUNT_OF_TEAM = "InspectionVisit.countOfTeam";
    public static final String OF_MEMBER = "InspectionVisit.ofMember";
    public static final String CAMPAIGN_TARGETS_OUTSIDE = "InspectionVisit.campaignTargetsOutside";
    public static final String CAMPAIGN_TARGETS_AMONG = "InspectionVisit.campaignTargetsAmong";
    public static final String DUE_NOTICE = "InspectionVisit.dueNotice";
    public static final String TARGET_UNITS = "InspectionVisit.targetUnits";
    public static final String AVOID_UNITS = "InspectionVisit.avoidUnits";
    public static final String LEADERS_OF_ROUND = "InspectionVisit.leadersOfRound";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private InspectionRound round;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "target_id", updatable = false)
    private AssistanceTarget target;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "unit_id", updatable = false)
    private Unit unit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private InspectionTeam team;

    @Column(name = "visit_day")
    private LocalDate day;

    @Column(nullable = false)
    private boolean pinned;

    @Column(name = "notified_at")
    private java.time.Instant notifiedAt;

    @Version
    private long version;

    protected InspectionVisit() {
    }

    public static InspectionVisit ofTarget(InspectionRound round, AssistanceTarget target) {
        InspectionVisit v = new InspectionVisit();
        v.round = round;
        v.target = Objects.requireNonNull(target);
        return v;
    }

    public static InspectionVisit ofUnit(InspectionRound round, Unit unit) {
        InspectionVisit v = new InspectionVisit();
        v.round = round;
        v.unit = Objects.requireNonNull(unit);
        return v;
    }

    /** Puts the visit on a team and a day (the solver's answer or the office's move); checking the rules is the schedule's. */
    public void schedule(InspectionTeam onTeam, LocalDate onDay, boolean pin) {
        this.team = onTeam;
        this.day = onDay;
        this.pinned = pin;
    }

    /** Takes the visit off its team (its team is deleted). */
    public void unschedule() {
        this.team = null;
        this.day = null;
        this.pinned = false;
    }

    /** The inspected units were told (once: a visit moved after it is not told again by the daily run). */
    public void notified(java.time.Instant now) {
        this.notifiedAt = now;
    }

    public boolean scheduled() {
        return team != null && day != null;
    }

    public InspectionVisitData data() {
        return new InspectionVisitData(id, team == null ? null : team.getId(), team == null ? null : team.getName(),
                InspectedRef.of(target, unit), day, pinned, version);
    }

    @Override
    public String auditType() {
        return "InspectionVisit";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("target", target == null ? null : String.valueOf(target.getId()));
        m.put("unit", unit == null ? null : unit.getCode());
        m.put("team", team == null ? null : team.getName());
        m.put("day", day == null ? null : day.toString());
        m.put("pinned", String.valueOf(pinned));
        return m;
    }

    public Long getId() {
        return id;
    }

    public InspectionRound getRound() {
        return round;
    }

    public AssistanceTarget getTarget() {
        return target;
    }

    public Unit getUnit() {
        return unit;
    }

    public InspectionTeam getTeam() {
        return team;
    }

    public LocalDate getDay() {
        return day;
    }

    public boolean isPinned() {
        return pinned;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
