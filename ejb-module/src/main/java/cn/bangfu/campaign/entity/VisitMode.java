package cn.bangfu.campaign.entity;

import java.util.Locale;

/** How a visit was made (the visit's form 走访形式): 实地走访, 座谈会, 电话, 线上. Stored and sent by name as the visit's {@code form}. */
public enum VisitMode {
    FIELD("实地走访"), MEETING("座谈会"), PHONE("电话"), ONLINE("线上");

    private final String chineseName;

    VisitMode(String chineseName) {
        this.chineseName = chineseName;
    }

    public String chineseName() {
        return chineseName;
    }

    /** By name (FIELD) or Chinese name (实地走访); null if neither. */
    public static VisitMode of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        for (VisitMode f : values()) {
            if (f.name().equals(v.toUpperCase(Locale.ROOT)) || f.chineseName.equals(v)) {
                return f;
            }
        }
        return null;
    }
}
