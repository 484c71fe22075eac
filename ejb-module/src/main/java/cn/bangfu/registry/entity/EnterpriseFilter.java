package cn.bangfu.registry.entity;

/**
 * Which enterprises a list shows.
 *
 * @param fourAbove true: only 四上 enterprises (any scale flag); false: only the others; null: both
 */
public record EnterpriseFilter(String regionCode, Industry industry, ScaleFlag scaleFlag, Boolean fourAbove, String park, String tag) {
    public static final EnterpriseFilter NONE = new EnterpriseFilter(null, null, null, null, null, null);
}
