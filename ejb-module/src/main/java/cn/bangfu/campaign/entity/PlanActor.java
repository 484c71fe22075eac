package cn.bangfu.campaign.entity;

/**
 * Who acts on a plan, as far as the plan's rules care: his unit's part in the target's assignment
 * (LEADING, CO or null when his unit has none) and whether he acts for the campaign office.
 */
public record PlanActor(String login, Long unitId, UnitRole role, boolean office) {

    public boolean leading() {
        return role == UnitRole.LEADING;
    }
}
