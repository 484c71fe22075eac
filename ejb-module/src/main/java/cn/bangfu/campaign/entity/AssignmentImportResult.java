package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.FieldError;
import java.io.Serializable;
import java.util.List;

/**
 * What an assignment import did: targets newly assigned, reassigned, rows equal to the current
 * assignment, rows left undecided (a target without leader or units), and the warnings (row, column,
 * e.g. a unit above the per-unit limit) that did not stop it.
 */
public record AssignmentImportResult(int created, int reassigned, int unchanged, int undecided, List<FieldError> warnings)
        implements Serializable {

    public AssignmentImportResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
