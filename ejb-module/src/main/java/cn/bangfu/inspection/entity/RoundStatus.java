package cn.bangfu.inspection.entity;

import java.util.Set;

/**
 * Where a round stands. PLANNING: teams, targets and the schedule change; SCHEDULED: the schedule is published and the
 * teams know their days; IN_PROGRESS: the teams are out; CLOSED: history. A published schedule goes back to planning
 * only by the office's explicit step.
 */
public enum RoundStatus {
    PLANNING, SCHEDULED, IN_PROGRESS, CLOSED;

    /** The statuses the office may move a round to by hand (publishing is its own step: it needs a feasible schedule). */
    public Set<RoundStatus> next() {
        return switch (this) {
            case PLANNING -> Set.of();
            case SCHEDULED -> Set.of(PLANNING, IN_PROGRESS);
            case IN_PROGRESS -> Set.of(CLOSED);
            case CLOSED -> Set.of();
        };
    }
}
