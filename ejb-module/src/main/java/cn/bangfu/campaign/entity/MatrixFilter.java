package cn.bangfu.campaign.entity;

import cn.bangfu.registry.entity.Industry;
import cn.bangfu.registry.entity.TargetKind;

/**
 * Which targets the assignment matrix shows.
 *
 * @param kind enterprises or key projects only; null: both
 */
public record MatrixFilter(TargetKind kind, String regionCode, Industry industry, String unitCode, boolean unassignedOnly) {
    public static final MatrixFilter NONE = new MatrixFilter(null, null, null, null, false);
}
