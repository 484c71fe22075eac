package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A visit as the API and pages show it. A unit logging one sends {@code target}, {@code visitDate},
 * {@code form} (FIELD, MEETING, PHONE, ONLINE), {@code units} (codes of the units present: its own and
 * any partner units of the target; its own if none given), {@code cadres} (ids of cadres of those units),
 * {@code learned} and {@code followUps}.
 */
public record VisitData(Long id, String campaign, TargetRef target, Long targetId, LocalDate visitDate, String form, List<String> units,
                        List<String> unitNames, List<Long> cadres, List<String> cadreNames, String learned, String followUps,
                        String recordedBy, String recordedByName, String recordedLogin, Instant recordedAt, Long version)
        implements Serializable {

    public VisitData {
        units = units == null ? List.of() : units.stream().filter(java.util.Objects::nonNull).map(String::strip).distinct().toList();
        unitNames = unitNames == null ? List.of() : List.copyOf(unitNames);
        cadres = cadres == null ? List.of() : cadres.stream().filter(java.util.Objects::nonNull).distinct().toList();
        cadreNames = cadreNames == null ? List.of() : List.copyOf(cadreNames);
    }

    /** What a unit sends. */
    public static VisitData of(TargetRef target, LocalDate visitDate, String form, List<String> units, List<Long> cadres, String learned,
                               String followUps) {
        return new VisitData(null, null, target, null, visitDate, form, units, null, cadres, null, learned, followUps, null, null, null,
                null, null);
    }

    /** Whether the visit was made by more than one unit. */
    public boolean joint() {
        return units.size() > 1;
    }
}
