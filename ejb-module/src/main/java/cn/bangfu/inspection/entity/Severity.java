package cn.bangfu.inspection.entity;

import java.util.Arrays;
import java.util.List;

/** How grave a finding is; the appraisal deducts points by it (e.g. MINOR 1, MAJOR 3, SERIOUS 5). */
public enum Severity {
    MINOR, MAJOR, SERIOUS;

    /** The codes in order of gravity, for choices on pages and filters. */
    public static List<String> codes() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
