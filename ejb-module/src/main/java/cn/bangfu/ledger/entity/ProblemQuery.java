package cn.bangfu.ledger.entity;

import java.io.Serializable;

/**
 * The ledger's filters as a client sends them (query parameters, so text): state, light, the responsible unit's code,
 * a category code, a region code (that region and below), an enterprise's credit code, escalated only; each null for any.
 */
public record ProblemQuery(String state, String light, String unitCode, String category, String regionCode, String creditCode,
                           Boolean escalated) implements Serializable {

    public static final ProblemQuery NONE = new ProblemQuery(null, null, null, null, null, null, null);
}
