package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * Which problems a ledger list shows: by states (any of them), light, responsible unit, category, region (that region and below),
 * target, escalation, routed to a unit (主办 or 协办), an extension waiting for the office; each null for any. The boundary resolves the codes the API takes into these.
 */
public record ProblemFilter(Set<ProblemState> states, Light light, Long unitId, String category, String regionPath, Long targetId,
                            Boolean escalated, Long routedTo, Boolean extensionPending) implements Serializable {

    public static final ProblemFilter NONE = new ProblemFilter(null, null, null, null, null, null, null, null, null);

    public ProblemFilter {
        states = states == null || states.isEmpty() ? null : Set.copyOf(states);
    }

    /** The same filter, narrowed to the problems routed to a unit as 主办 or 协办. */
    public ProblemFilter routedTo(Long unitId) {
        return new ProblemFilter(states, light, this.unitId, category, regionPath, targetId, escalated, unitId, extensionPending);
    }

    /** The same filter, narrowed to the problems with an extension waiting for the office. */
    public ProblemFilter withExtensionPending() {
        return new ProblemFilter(states, light, unitId, category, regionPath, targetId, escalated, routedTo, true);
    }
}
