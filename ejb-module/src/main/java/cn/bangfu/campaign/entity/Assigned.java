package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.FieldError;
import java.io.Serializable;
import java.util.List;

/**
 * A saved assignment and what the user should know about it, which did not stop the save (e.g. a unit
 * above the campaign's per-unit limit). {@code changed} is false when the input matched the current
 * assignment exactly and nothing was written.
 */
public record Assigned(AssignmentData assignment, List<FieldError> warnings, boolean changed) implements Serializable {

    public Assigned {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }
}
