package cn.bangfu.inspection.entity;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Versioned;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An inspection team (督查组) of a round: inspectors from their own units, one of them the leader, how many visits it makes
 * on a working day, optionally the township it starts from, and the days the office keeps free for it.
 */
@Entity
@Table(name = "inspection_team")
@NamedQuery(name = InspectionTeam.OF_ROUND, query = "select distinct t from InspectionTeam t join fetch t.leader"
        + " left join fetch t.members m left join fetch m.unit where t.round = :round order by t.name")
@NamedQuery(name = InspectionTeam.ROUNDS_OF_MEMBER, query = "select distinct t.round.id from InspectionTeam t join t.members m"
        + " where m.login = :login")
@NamedQuery(name = InspectionTeam.COUNT_OF_ROUND, query = "select count(t) from InspectionTeam t where t.round = :round")
@NamedQuery(name = InspectionTeam.NAMED, query = "select t.id from InspectionTeam t where t.round = :round and t.name = :name")
@NamedQuery(name = InspectionTeam.INSPECTORS_WITHIN, query = "select distinct a from UserAccount a join a.roles r join fetch a.unit u"
        + " join fetch u.region where r = cn.bangfu.org.entity.Role.INSPECTOR and a.enabled = true and u.region.path like :region"
        + " order by a.login")
public class InspectionTeam implements Audited, Versioned {

    public static final String OF_ROUND = "InspectionTeam.ofRound";
    public static final String ROUNDS_OF_MEMBER = "InspectionTeam.roundsOfMember";
    public static final String COUNT_OF_ROUND = "InspectionTeam.countOfRound";
    public static final String NAMED = "InspectionTeam.named";
    public static final String INSPECTORS_WITHIN = "InspectionTeam.inspectorsWithin";
    public static final int MAX_CAPACITY = 20;
    public static final int MAX_MEMBERS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private InspectionRound round;

    @Column(nullable = false, length = 50)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "leader_id", nullable = false)
    private UserAccount leader;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "inspection_team_member", joinColumns = @JoinColumn(name = "team_id"),
            inverseJoinColumns = @JoinColumn(name = "account_id"))
    private Set<UserAccount> members = new LinkedHashSet<>();

    @Column(name = "daily_capacity", nullable = false)
    private int capacity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "home_region_code")
    private Region homeRegion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "inspection_team_blocked_day", joinColumns = @JoinColumn(name = "team_id"))
    @Column(name = "blocked_day", nullable = false)
    private Set<LocalDate> blockedDays = new TreeSet<>();

    @Version
    private long version;

    protected InspectionTeam() {
    }

    public InspectionTeam(InspectionRound round) {
        this.round = round;
    }

    /**
     * Sets what the office sent, all checked before any is changed: the members are the accounts the boundary found for
     * the logins sent (each an inspector of his own unit), the leader one of them.
     */
    public void edit(TeamData data, UserAccount leaderAccount, List<UserAccount> memberAccounts, Region home) {
        List<FieldError> errors = new ArrayList<>();
        String n = data.name() == null ? "" : data.name().strip();
        if (n.isEmpty()) {
            errors.add(FieldError.of("name", "field.required"));
        } else if (n.length() > 50) {
            errors.add(FieldError.of("name", "field.tooLong", 50));
        }
        if (data.capacity() == null) {
            errors.add(FieldError.of("capacity", "field.required"));
        } else if (data.capacity() < 1 || data.capacity() > MAX_CAPACITY) {
            errors.add(FieldError.of("capacity", "field.range", 1, MAX_CAPACITY));
        }
        if (leaderAccount == null) {
            errors.add(FieldError.of("leader", "field.required"));
        }
        if (memberAccounts.size() > MAX_MEMBERS) {
            errors.add(FieldError.of("members", "inspection.team.tooMany", MAX_MEMBERS));
        }
        List<LocalDate> days = data.blockedDays() == null ? List.of() : data.blockedDays();
        for (LocalDate d : days) {
            if (d == null || !round.contains(d)) {
                errors.add(FieldError.of("blockedDays", "inspection.team.blockedOutside", String.valueOf(d), round.getFirstDay(),
                        round.getLastDay()));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.name = n;
        this.capacity = data.capacity();
        this.leader = leaderAccount;
        Set<UserAccount> all = new LinkedHashSet<>();
        all.add(leaderAccount);
        all.addAll(memberAccounts);
        if (!all.equals(members)) {
            members.clear();
            members.addAll(all);
        }
        this.homeRegion = home;
        Set<LocalDate> blocked = new TreeSet<>(days);
        if (!blocked.equals(blockedDays)) {
            blockedDays.clear();
            blockedDays.addAll(blocked);
        }
    }

    public boolean hasMember(String login) {
        return members.stream().anyMatch(a -> a.getLogin().equals(login));
    }

    public TeamData data() {
        List<TeamData.Member> ms = members.stream()
                .sorted(Comparator.comparing((UserAccount a) -> !a.equals(leader)).thenComparing(UserAccount::getLogin))
                .map(a -> new TeamData.Member(a.getLogin(), a.getDisplayName(), a.getUnit() == null ? null : a.getUnit().getCode(),
                        a.getUnit() == null ? null : a.getUnit().getName()))
                .toList();
        return new TeamData(id, name, leader.getLogin(), ms, capacity, homeRegion == null ? null : homeRegion.getCode(),
                List.copyOf(blockedDays), version);
    }

    @Override
    public String auditType() {
        return "InspectionTeam";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("leader", leader == null ? null : leader.getLogin());
        m.put("members", members.stream().map(UserAccount::getLogin).sorted().toList().toString());
        m.put("capacity", String.valueOf(capacity));
        m.put("homeRegion", homeRegion == null ? null : homeRegion.getCode());
        m.put("blockedDays", blockedDays.toString());
        return m;
    }

    public Long getId() {
        return id;
    }

    public InspectionRound getRound() {
        return round;
    }

    public String getName() {
        return name;
    }

    public UserAccount getLeader() {
        return leader;
    }

    public Set<UserAccount> getMembers() {
        return members;
    }

    public int getCapacity() {
        return capacity;
    }

    public Region getHomeRegion() {
        return homeRegion;
    }

    public Set<LocalDate> getBlockedDays() {
        return blockedDays;
    }

    @Override
    public long getVersion() {
        return version;
    }
}
