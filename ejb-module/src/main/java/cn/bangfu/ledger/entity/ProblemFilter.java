package cn.bangfu.ledger.entity;

import java.io.Serializable;

/**
 * Which problems a ledger list shows: by state, light, responsible unit, category, region (that region and below),
 * target, escalation, routed to a unit (主办 or 协办), an extension waiting for the office; each null for any. The boundary resolves the codes the API takes into these.
 */
public record ProblemFilter(ProblemState state, Light light, Long unitId, String category, String regionPath, Long targetId,
                            Boolean escalated, Long routedTo, Boolean extensionPending) implements Serializable {

    public static final ProblemFilter NONE = new ProblemFilter(null, null, null, null, null, null, null, null, null);

    /** The same filter, narrowed to the problems routed to a unit as 主办 or 协办. */
    public ProblemFilter routedTo(Long unitId) {
        return new ProblemFilter(state, light, this.unitId, category, regionPath, targetId, escalated, unitId, extensionPending);
    }
}
