package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.util.List;

/**
 * What the page a team files findings on needs of one visit: the visit, the round's checklist, the units a finding may
 * name (the default first), whether the caller files on it, and its findings so far.
 */
public record VisitSheet(MyInspectionData visit, String roundStatus, List<RoundData.Item> checklist, List<UnitChoice> units,
                         boolean fileable, List<FindingData> findings) implements Serializable {

    /** A unit a finding may name as responsible. */
    public record UnitChoice(String code, String name) implements Serializable {
    }

    public VisitSheet {
        checklist = List.copyOf(checklist);
        units = List.copyOf(units);
        findings = List.copyOf(findings);
    }
}
