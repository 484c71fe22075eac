package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.util.Comparator;

/** A leading-group member as the API exchanges it: the cadre's id and role; name and position are filled in on the way out. */
public record GroupMemberData(Long cadre, String role, String name, String position) implements Serializable {

    /** 组长, then 副组长, then members; by name within each, so the group reads the same however it was loaded. */
    public static final Comparator<GroupMemberData> ORDER = Comparator.comparing((GroupMemberData m) -> GroupRole.valueOf(m.role()).ordinal())
            .thenComparing(GroupMemberData::name, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(GroupMemberData::cadre, Comparator.nullsLast(Comparator.naturalOrder()));

    public static GroupMemberData of(LeadingGroupMember m) {
        return new GroupMemberData(m.getCadre().getId(), m.getRole().name(), m.getCadre().getName(), m.getCadre().getPosition());
    }
}
