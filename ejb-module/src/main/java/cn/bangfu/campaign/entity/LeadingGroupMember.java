package cn.bangfu.campaign.entity;

import cn.bangfu.org.entity.Cadre;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.io.Serializable;
import java.util.Objects;

/** One cadre of a campaign's leading group (领导小组) and his place in it. */
@Embeddable
public class LeadingGroupMember implements Serializable {

    private static final long serialVersionUID = 1L;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cadre_id", nullable = false)
    private Cadre cadre;

    @Enumerated(EnumType.STRING)
    @Column(name = "group_role", nullable = false)
    private GroupRole role;

    protected LeadingGroupMember() {
    }

    public LeadingGroupMember(Cadre cadre, GroupRole role) {
        this.cadre = Objects.requireNonNull(cadre);
        this.role = Objects.requireNonNull(role);
    }

    public Cadre getCadre() {
        return cadre;
    }

    public GroupRole getRole() {
        return role;
    }

    /** "GROUP_LEADER:1234", the form the audit trail compares. */
    String auditText() {
        return role.name() + ":" + cadre.getId();
    }
}
