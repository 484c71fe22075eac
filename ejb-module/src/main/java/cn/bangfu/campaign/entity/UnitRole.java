package cn.bangfu.campaign.entity;

/** A unit's part in an assignment: the leading unit (牵头单位) or a co-unit (配合单位). */
public enum UnitRole {
    LEADING("牵头单位"), CO("配合单位");

    private final String chineseName;

    UnitRole(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }
}
