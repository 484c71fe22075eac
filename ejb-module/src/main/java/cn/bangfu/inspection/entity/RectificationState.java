package cn.bangfu.inspection.entity;

import java.util.List;

/**
 * Where a rectification (整改) stands. OPEN: the unit is working on it (also after an inspector sent it back); SUBMITTED:
 * the unit says it is done and waits for an inspector; CLOSED: an inspector verified it, the only way to close one.
 */
public enum RectificationState {
    OPEN, SUBMITTED, CLOSED;

    /** What may be done in this state, by whom: the unit submits an open one, an inspector accepts or rejects a submitted one. */
    public List<RectificationAction> actions(boolean unit, boolean inspector) {
        return switch (this) {
            case OPEN -> unit ? List.of(RectificationAction.SUBMIT) : List.of();
            case SUBMITTED -> inspector ? List.of(RectificationAction.ACCEPT, RectificationAction.REJECT) : List.of();
            case CLOSED -> List.of();
        };
    }
}
