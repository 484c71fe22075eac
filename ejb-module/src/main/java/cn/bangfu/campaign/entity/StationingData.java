package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.LocalDate;

/** A stationed cadre (驻企干部) as the API exchanges it: the cadre's id, the target, the dispatching unit's code, the period. */
public record StationingData(Long id, String campaign, Long cadre, String cadreName, TargetRef target, String dispatchingUnit,
                             LocalDate from, LocalDate to, Long version) implements Serializable {
}
