package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.InspectionRounds;
import cn.bangfu.inspection.entity.TeamData;
import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.org.entity.RegionLevel;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 督查组 section of a round: the office forms a team (name, leader, members, visits per day, home township, days kept free) from the
 * inspectors of the campaign's region, changes or deletes it while the round is planned. The leader counts as a member.
 */
@Named
@ViewScoped
public class TeamDialog implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "teamForm:";
    private static final int DEFAULT_CAPACITY = 3;

    @Inject
    InspectionRoundPage page;

    @Inject
    InspectionRounds rounds;

    @Inject
    Labels labels;

    @Inject
    RegionDirectory regions;

    private List<TeamData.Member> inspectors = List.of();
    private Long id;
    private Long version;
    private String name;
    private String leader;
    private List<String> members = new ArrayList<>();
    private Integer capacity;
    private List<LocalDate> blockedDays = new ArrayList<>();
    private String homeRegionCode;
    private List<RegionData> townships;

    public void newTeam() {
        fill(new TeamData(null, null, null, List.of(), DEFAULT_CAPACITY, null, List.of(), null));
    }

    public void edit(TeamData team) {
        fill(team);
    }

    private void fill(TeamData team) {
        id = team.id();
        version = team.version();
        name = team.name();
        leader = team.leader();
        members = new ArrayList<>(team.members().stream().map(TeamData.Member::login).toList());
        capacity = team.capacity();
        homeRegionCode = team.homeRegionCode();
        blockedDays = new ArrayList<>(team.blockedDays());
        // The inspectors of the region, and the team's own members even if one has since left it, so the lists show them.
        Map<String, TeamData.Member> choices = new LinkedHashMap<>();
        rounds.inspectors(page.getCampaign()).forEach(m -> choices.put(m.login(), m));
        team.members().forEach(m -> choices.putIfAbsent(m.login(), m));
        inspectors = List.copyOf(choices.values());
    }

    public void save() {
        List<TeamData.Member> sent = members.stream().map(login -> new TeamData.Member(login, null, null, null)).toList();
        TeamData team = new TeamData(id, name, leader, sent, capacity, homeRegionCode, blockedDays, version);
        page.change(() -> id == null ? rounds.createTeam(page.getCampaign(), page.getRound(), team)
                : rounds.updateTeam(page.getCampaign(), page.getRound(), id, team), inputs(sent.size()), "common.saved");
    }

    public void delete(TeamData team) {
        page.change(() -> {
            rounds.deleteTeam(page.getCampaign(), page.getRound(), team.id());
            return Boolean.TRUE;
        }, Map.of(), "inspection.teams.deleted", team.name());
    }

    /** The home township is not on this form: an edit keeps the one the team has (set through the API). */
    /** The townships a team may call home (where its day preferably stays), those of the caller's region. */
    public List<RegionData> getTownships() {
        if (townships == null) {
            townships = regions.all().stream().filter(r -> r.level() == RegionLevel.TOWNSHIP).toList();
        }
        return townships;
    }

    public String getHomeRegionCode() {
        return homeRegionCode;
    }

    public void setHomeRegionCode(String homeRegionCode) {
        this.homeRegionCode = homeRegionCode;
    }

    /** JSON field → input; an error about one member (members[2].login) belongs to the members' list. */
    private static Map<String, String> inputs(int memberCount) {
        Map<String, String> inputs = new HashMap<>(Map.of("name", FORM + "name", "leader", FORM + "leader", "members", FORM + "members",
                "capacity", FORM + "capacity", "blockedDays", FORM + "blockedDays", "homeRegionCode", FORM + "homeRegion"));
        for (int i = 0; i < memberCount; i++) {
            inputs.put("members[" + i + "].login", FORM + "members");
        }
        return inputs;
    }

    /** A member as the lists show him: name and unit. */
    public String label(TeamData.Member m) {
        return m.unitName() == null ? m.name() : labels.get("inspection.teams.member", m.name(), m.unitName());
    }

    public boolean isAdding() {
        return id == null;
    }

    public List<TeamData.Member> getInspectors() {
        return inspectors;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public List<String> getMembers() {
        return members;
    }

    public void setMembers(List<String> members) {
        this.members = members == null ? new ArrayList<>() : members;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public List<LocalDate> getBlockedDays() {
        return blockedDays;
    }

    public void setBlockedDays(List<LocalDate> blockedDays) {
        this.blockedDays = blockedDays == null ? new ArrayList<>() : blockedDays;
    }
}
