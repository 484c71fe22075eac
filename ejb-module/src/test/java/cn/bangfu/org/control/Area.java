package cn.bangfu.org.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Part of 湖南省 for tests: 平江县 is the office's county, 岳阳县 a neighbour outside its scope. */
final class Area {

    static final Region HUNAN = Region.create("430000", "湖南省", null);
    static final Region YUEYANG = Region.create("430600", "岳阳市", HUNAN);
    static final Region PINGJIANG = Region.create("430626", "平江县", YUEYANG);
    static final Region WUSHI = Region.create("430626101", "伍市镇", PINGJIANG);
    static final Region YUEYANG_COUNTY = Region.create("430621", "岳阳县", YUEYANG);

    /** The campaign office of 平江县. */
    static final Scope PINGJIANG_OFFICE = new Scope("pj-office", PINGJIANG.getCode(), PINGJIANG.getPath(), null, null, Set.of(Role.OFFICE));

    private Area() {
    }

    /** Every stored region, by code. */
    static Map<String, Region> regions() {
        return Stream.of(HUNAN, YUEYANG, PINGJIANG, WUSHI, YUEYANG_COUNTY).collect(Collectors.toMap(Region::getCode, Function.identity()));
    }
}
