package cn.bangfu.campaign.entity;

/** A cadre's place in a campaign's leading group (领导小组): 组长, 副组长, 成员. */
public enum GroupRole {
    GROUP_LEADER("组长"), DEPUTY_LEADER("副组长"), MEMBER("成员");

    private final String chineseName;

    GroupRole(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    public static GroupRole of(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        for (GroupRole r : values()) {
            if (r.name().equalsIgnoreCase(v) || r.chineseName.equals(v)) {
                return r;
            }
        }
        return null;
    }
}
