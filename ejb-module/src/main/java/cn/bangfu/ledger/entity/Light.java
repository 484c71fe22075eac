package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.Codes;
/** The traffic light of a running problem: RED overdue, YELLOW at most 3 working days left, GREEN otherwise. */
public enum Light {
    GREEN, YELLOW, RED;

    /** Working days left at which a problem turns YELLOW. */
    public static final int YELLOW_DAYS = 3;

    public static Light of(boolean overdue, int workingDaysLeft) {
        if (overdue) {
            return RED;
        }
        return workingDaysLeft <= YELLOW_DAYS ? YELLOW : GREEN;
    }

    public static Light of(String value) {
        return Codes.parse(Light.class, value);
    }
}
