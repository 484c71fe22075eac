package cn.bangfu.org.entity;

/** Which units a list shows. */
public record UnitFilter(UnitType type, String regionPath) {
    public static final UnitFilter NONE = new UnitFilter(null, null);
}
