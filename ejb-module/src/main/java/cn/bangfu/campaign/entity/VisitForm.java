package cn.bangfu.campaign.entity;

import java.util.Locale;

/** How a visit was made: 实地走访, 座谈会, 电话, 线上. */
public enum VisitForm {
    FIELD("实地走访"), MEETING("座谈会"), PHONE("电话"), ONLINE("线上");

    private final String chineseName;

    VisitForm(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** By name (FIELD) or Chinese name (实地走访); null if neither. */
    public static VisitForm of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (VisitForm f : values()) {
            if (f.name().equals(v.toUpperCase(Locale.ROOT)) || f.chineseName.equals(v)) {
                return f;
            }
        }
        return null;
    }
}
