package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A stationed cadre (驻企干部) as the API exchanges it. To station one, send the cadre's id, the target,
 * the dispatching unit's code and the period ({@code to} is the last day, open-ended if left out); to
 * change the period, {@code to} (and {@code from} if it moves) with the {@code version} read. The names,
 * position, phone and {@link StationingStatus status} come back filled in.
 */
public record StationingData(Long id, String campaign, String campaignName, Long cadre, String cadreName, String cadrePosition,
                             String cadrePhone, TargetRef target, String dispatchingUnit, String dispatchingUnitName, LocalDate from,
                             LocalDate to, String status, Long version) implements Serializable {

    /** What the office sends to station a cadre. */
    public static StationingData of(Long cadre, TargetRef target, String dispatchingUnit, LocalDate from, LocalDate to) {
        return new StationingData(null, null, null, cadre, null, null, null, target, dispatchingUnit, null, from, to, null, null);
    }

    /** What the office sends to change the period of a stationing, e.g. to end it. */
    public static StationingData period(LocalDate from, LocalDate to, Long version) {
        return new StationingData(null, null, null, null, null, null, null, null, null, null, from, to, null, version);
    }
}
