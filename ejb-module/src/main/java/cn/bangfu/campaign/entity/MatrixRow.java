package cn.bangfu.campaign.entity;

import java.io.Serializable;

/**
 * One row of the assignment matrix: a target of the campaign's region (its industry section letter
 * for an enterprise) and its current assignment, null while unassigned.
 */
public record MatrixRow(long targetId, TargetRef target, String industry, AssignmentData current) implements Serializable {

    public boolean assigned() {
        return current != null;
    }

    /** The row key of tables: the target's id. */
    public String key() {
        return String.valueOf(targetId);
    }
}
