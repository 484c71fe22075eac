package cn.bangfu.inspection.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A team as the solver sees it: a copy of the entity's facts (the solver never touches EclipseLink's woven entities).
 * {@code memberUnits} maps each member's unit id to how he is named in a violation ("王督查（平江县财政局）").
 */
public final class PlannedTeam {

    private final long id;
    private final String name;
    private final String leaderLogin;
    private final int capacity;
    private final String homeRegionCode;
    private final Set<LocalDate> blockedDays;
    private final Map<Long, String> memberUnits;
    private final Set<String> memberLogins;

    public PlannedTeam(long id, String name, String leaderLogin, int capacity, String homeRegionCode, Set<LocalDate> blockedDays,
                       Map<Long, String> memberUnits, Set<String> memberLogins) {
        this.id = id;
        this.name = name;
        this.leaderLogin = leaderLogin;
        this.capacity = capacity;
        this.homeRegionCode = homeRegionCode;
        this.blockedDays = Set.copyOf(blockedDays);
        this.memberUnits = Map.copyOf(memberUnits);
        this.memberLogins = Set.copyOf(memberLogins);
    }

    public boolean blocks(PlannedDay day) {
        return blockedDays.contains(day.date());
    }

    /** The members whose units the team must not inspect here (回避), named; empty when none. */
    public List<String> conflictsWith(Collection<Long> unitIds) {
        return unitIds.stream().filter(memberUnits::containsKey).map(memberUnits::get).sorted().toList();
    }

    public boolean sharesMemberWith(PlannedTeam other) {
        return other != this && other.memberLogins.stream().anyMatch(memberLogins::contains);
    }

    public List<String> sharedMembers(PlannedTeam other) {
        return memberLogins.stream().filter(other.memberLogins::contains).sorted().toList();
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getLeaderLogin() {
        return leaderLogin;
    }

    public int getCapacity() {
        return capacity;
    }

    public String getHomeRegionCode() {
        return homeRegionCode;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlannedTeam t && t.id == id;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    @Override
    public String toString() {
        return name;
    }
}
