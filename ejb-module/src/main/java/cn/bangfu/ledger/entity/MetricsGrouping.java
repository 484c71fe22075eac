package cn.bangfu.ledger.entity;

import cn.bangfu.platform.entity.Codes;

/** How the metrics group problems: by responsible unit, by region (the regions one level below the one asked), category, month raised, or all together. */
public enum MetricsGrouping {
    UNIT, REGION, CATEGORY, MONTH, TOTAL;

    public static MetricsGrouping of(String value) {
        if (value == null || value.isBlank()) {
            return TOTAL;
        }
        return Codes.parse(MetricsGrouping.class, value);
    }
}
