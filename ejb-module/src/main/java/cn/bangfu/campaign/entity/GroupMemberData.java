package cn.bangfu.campaign.entity;

import java.io.Serializable;

/** A leading-group member as the API exchanges it: the cadre's id and role; name and position are filled in on the way out. */
public record GroupMemberData(Long cadre, String role, String name, String position) implements Serializable {

    public static GroupMemberData of(LeadingGroupMember m) {
        return new GroupMemberData(m.getCadre().getId(), m.getRole().name(), m.getCadre().getName(), m.getCadre().getPosition());
    }
}
