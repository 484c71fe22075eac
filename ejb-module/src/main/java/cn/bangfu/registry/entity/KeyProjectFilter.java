package cn.bangfu.registry.entity;

/** Which key projects a list shows. */
public record KeyProjectFilter(String regionCode, String category) {
    public static final KeyProjectFilter NONE = new KeyProjectFilter(null, null);
}
