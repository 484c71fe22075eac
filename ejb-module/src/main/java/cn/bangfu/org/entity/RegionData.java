package cn.bangfu.org.entity;

import java.io.Serializable;

/** A region as the API and pages show it. */
public record RegionData(String code, String name, RegionLevel level, String parentCode) implements Serializable {

    public static RegionData of(Region r) {
        return new RegionData(r.getCode(), r.getName(), r.getLevel(), r.getParentCode());
    }
}
