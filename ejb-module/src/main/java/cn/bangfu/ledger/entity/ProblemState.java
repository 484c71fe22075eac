package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.Codes;

/**
 * Where a {@link Problem} stands (DESIGN §6): REGISTERED (挂号) → ROUTED (交办) → ACCEPTED (签收) → RESOLVED (办结) →
 * CLOSED (销号); REOPENED is a resolution rejected by the enterprise or the office, in the unit's hands again like
 * ACCEPTED; PAUSED stops the clock while the unit waits on the enterprise or a higher level; WITHDRAWN (撤销) takes a
 * problem off the ledger. Escalation (督办) and extensions (延期) are marks on a problem in work, not states of their own.
 */
public enum ProblemState {
    REGISTERED, ROUTED, ACCEPTED, REOPENED, PAUSED, RESOLVED, CLOSED, WITHDRAWN;

    /** The responsible unit is working on it: it may resolve it, pause it, ask for more time. */
    public boolean inWork() {
        return this == ACCEPTED || this == REOPENED;
    }

    /** Routed and not yet resolved: its deadline runs (or stands still while paused) and it has a light. */
    public boolean running() {
        return this == ROUTED || inWork() || this == PAUSED;
    }

    /** Not resolved, closed or withdrawn. */
    public boolean open() {
        return this == REGISTERED || running();
    }

    /** Counts as resolved in the metrics (化解): RESOLVED or CLOSED. */
    public boolean resolved() {
        return this == RESOLVED || this == CLOSED;
    }

    public static ProblemState of(String value) {
        return Codes.parse(ProblemState.class, value);
    }
}
