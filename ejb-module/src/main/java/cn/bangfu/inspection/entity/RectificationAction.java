package cn.bangfu.inspection.entity;

import cn.bangfu.platform.entity.Codes;

/**
 * The steps of a rectification: ISSUE (the office or an inspector sends it, with its deadline), SUBMIT (the unit, with a
 * note of what it did), ACCEPT (an inspector of the round verifies it: closed), REJECT (an inspector sends it back with a
 * reason). Only the last three are requested as events; ISSUE is the rectification's creation.
 */
public enum RectificationAction {
    ISSUE, SUBMIT, ACCEPT, REJECT;

    /** The requested action for a code, or null when it is none of SUBMIT, ACCEPT, REJECT. */
    public static RectificationAction requested(String code) {
        RectificationAction a = code == null ? null : Codes.parse(RectificationAction.class, code);
        return a == ISSUE ? null : a;
    }
}
