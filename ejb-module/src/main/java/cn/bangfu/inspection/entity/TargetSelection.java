package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What a round inspects, added to it: enterprises by credit code, key projects by id, units by code, or {@code all}: every
 * target of the campaign's current assignments.
 */
public record TargetSelection(List<String> creditCodes, List<Long> projectIds, List<String> unitCodes, Boolean all) implements Serializable {

    public boolean everything() {
        return Boolean.TRUE.equals(all);
    }

    public boolean empty() {
        return !everything() && (creditCodes == null || creditCodes.isEmpty()) && (projectIds == null || projectIds.isEmpty())
                && (unitCodes == null || unitCodes.isEmpty());
    }
}
