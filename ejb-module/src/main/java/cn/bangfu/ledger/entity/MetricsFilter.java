package cn.bangfu.ledger.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Which problems the metrics count: raised from … to (either open), in a region and below, routed to a unit; each null
 * for any. Problems count in the period they were raised in, so a rate over a period is the fate of that period's problems.
 */
public record MetricsFilter(LocalDate from, LocalDate to, String regionPath, Long unitId) implements Serializable {

    public static final MetricsFilter NONE = new MetricsFilter(null, null, null, null);
}
