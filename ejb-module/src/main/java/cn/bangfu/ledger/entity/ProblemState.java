package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.Codes;
import java.util.Set;

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

    /** Not resolved, closed or withdrawn. */
    public static final Set<ProblemState> OPEN = states(ProblemState::open);
    /** Routed and not yet resolved: the deadline runs or stands still. */
    public static final Set<ProblemState> RUNNING = states(ProblemState::running);
    /** Running and not paused: the clock moves. */
    public static final Set<ProblemState> MOVING = states(s -> s.running() && s != PAUSED);
    /** Resolved or closed: counted as resolved (化解). */
    public static final Set<ProblemState> RESOLVED_OR_CLOSED = states(ProblemState::resolved);

    private static Set<ProblemState> states(java.util.function.Predicate<ProblemState> which) {
        return java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(java.util.Arrays.stream(values()).filter(which).toList()));
    }

    /** The names of states, comma-separated, as a list filter takes them. */
    public static String names(Set<ProblemState> states) {
        return String.join(",", states.stream().sorted().map(Enum::name).toList());
    }

    public static ProblemState of(String value) {
        return Codes.parse(ProblemState.class, value);
    }
}
