package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.Text;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An assignment (三帮一) as sent to the API or entered on the matrix page: the target
 * ({@code {"creditCode": ...}} or {@code {"projectId": ...}}), the contact leader's cadre id, the
 * leading unit's code and the co-units' codes; {@code validFrom} defaults to today. On the way out
 * it also carries the campaign code, the leader and every unit with head and contact person, and any
 * {@code warnings} (e.g. a unit above the campaign's per-unit limit), which never stop a save.
 */
public record AssignmentData(Long id, String campaign, TargetRef target, Long contactLeader, String leadingUnit, List<String> coUnits,
                             LocalDate validFrom, LocalDate validTo, Long version, CadreRef leader, List<AssignmentUnitData> units,
                             List<Warning> warnings) implements Serializable {

    public AssignmentData {
        coUnits = coUnits == null ? List.of() : coUnits.stream().filter(Objects::nonNull).toList();
        units = units == null ? List.of() : List.copyOf(units);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** What a caller sends: the target, the leader, the units and (optionally) from when. */
    public static AssignmentData of(TargetRef target, Long contactLeader, String leadingUnit, List<String> coUnits, LocalDate validFrom) {
        return new AssignmentData(null, null, target, contactLeader, leadingUnit, coUnits, validFrom, null, null, null, null, null);
    }

    /** Unit codes without surrounding blanks; empty co-unit entries left out. */
    public AssignmentData normalised() {
        return new AssignmentData(id, campaign, target, contactLeader, Text.clean(leadingUnit),
                coUnits.stream().map(Text::clean).filter(Objects::nonNull).toList(), validFrom, validTo, version, leader, units,
                warnings);
    }

    public AssignmentData withWarnings(List<Warning> list) {
        return new AssignmentData(id, campaign, target, contactLeader, leadingUnit, coUnits, validFrom, validTo, version, leader, units, list);
    }

    public AssignmentData withVersion(Long v) {
        return new AssignmentData(id, campaign, target, contactLeader, leadingUnit, coUnits, validFrom, validTo, v, leader, units, warnings);
    }
}
