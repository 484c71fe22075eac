package cn.bangfu.web.campaign;

import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.GroupMemberData;
import cn.bangfu.campaign.entity.GroupRole;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The campaign dialog's fields; {@link CampaignData} is immutable, Faces needs setters. The leading group as three pickers. */
public class CampaignForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private Integer year;
    private String mode = "THREE_TO_ONE";
    private LocalDate startDate;
    private LocalDate endDate;
    private Integer coUnitCount;
    private LocalDate planDeadline;
    private Integer perUnitLimit;
    private Integer firstVisitDays = CampaignData.DEFAULT_FIRST_VISIT_DAYS;
    private String officeUnit;
    private String status = "PLANNING";
    private Long groupLeader;
    private List<Long> deputies = new ArrayList<>();
    private List<Long> members = new ArrayList<>();
    private Long version;

    public static CampaignForm of(CampaignData d) {
        CampaignForm f = new CampaignForm();
        f.code = d.code();
        f.name = d.name();
        f.year = d.year();
        f.mode = d.mode();
        f.startDate = d.startDate();
        f.endDate = d.endDate();
        f.coUnitCount = d.coUnitCount();
        f.planDeadline = d.planDeadline();
        f.perUnitLimit = d.perUnitLimit();
        f.firstVisitDays = d.firstVisitDays();
        f.officeUnit = d.officeUnit();
        f.status = d.status();
        for (GroupMemberData g : d.leadingGroup()) {
            switch (GroupRole.of(g.role())) {
                case GROUP_LEADER -> f.groupLeader = g.cadre();
                case DEPUTY_LEADER -> f.deputies.add(g.cadre());
                case MEMBER -> f.members.add(g.cadre());
            }
        }
        f.version = d.version();
        return f;
    }

    public CampaignData data() {
        List<GroupMemberData> group = new ArrayList<>();
        if (groupLeader != null) {
            group.add(new GroupMemberData(groupLeader, GroupRole.GROUP_LEADER.name(), null, null));
        }
        deputies.forEach(c -> group.add(new GroupMemberData(c, GroupRole.DEPUTY_LEADER.name(), null, null)));
        members.forEach(c -> group.add(new GroupMemberData(c, GroupRole.MEMBER.name(), null, null)));
        return new CampaignData(code, name, year, mode, startDate, endDate, coUnitCount, planDeadline, perUnitLimit, firstVisitDays, null,
                officeUnit, status, group, version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        this.mode = mode;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public Integer getCoUnitCount() {
        return coUnitCount;
    }

    public void setCoUnitCount(Integer coUnitCount) {
        this.coUnitCount = coUnitCount;
    }

    public LocalDate getPlanDeadline() {
        return planDeadline;
    }

    public void setPlanDeadline(LocalDate planDeadline) {
        this.planDeadline = planDeadline;
    }

    public Integer getPerUnitLimit() {
        return perUnitLimit;
    }

    public void setPerUnitLimit(Integer perUnitLimit) {
        this.perUnitLimit = perUnitLimit;
    }

    public Integer getFirstVisitDays() {
        return firstVisitDays;
    }

    public void setFirstVisitDays(Integer firstVisitDays) {
        this.firstVisitDays = firstVisitDays;
    }

    public String getOfficeUnit() {
        return officeUnit;
    }

    public void setOfficeUnit(String officeUnit) {
        this.officeUnit = officeUnit;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Long getGroupLeader() {
        return groupLeader;
    }

    public void setGroupLeader(Long groupLeader) {
        this.groupLeader = groupLeader;
    }

    public List<Long> getDeputies() {
        return deputies;
    }

    public void setDeputies(List<Long> deputies) {
        this.deputies = deputies == null ? new ArrayList<>() : new ArrayList<>(deputies);
    }

    public List<Long> getMembers() {
        return members;
    }

    public void setMembers(List<Long> members) {
        this.members = members == null ? new ArrayList<>() : new ArrayList<>(members);
    }

    public Long getVersion() {
        return version;
    }
}
