package cn.bangfu.org.entity;

/** Which cadres a list shows. */
public record CadreFilter(String unitCode, CadreRank rank, String regionCode) {
    public static final CadreFilter NONE = new CadreFilter(null, null, null);
}
