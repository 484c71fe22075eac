package cn.bangfu.campaign.entity;

import java.io.Serializable;

/**
 * How many current assignments of a campaign one unit has: as leading unit, as co-unit, and whether
 * that is above the campaign's per-unit limit.
 */
public record UnitLoad(String code, String name, long leading, long co, boolean overLimit) implements Serializable {

    public long total() {
        return leading + co;
    }
}
