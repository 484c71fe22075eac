package cn.bangfu.registry.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.EnterpriseData;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** 平江县 and its neighbour for registry tests, and a few enterprises. */
final class Pingjiang {

    static final Region HUNAN = Region.create("430000", "湖南省", null);
    static final Region YUEYANG = Region.create("430600", "岳阳市", HUNAN);
    static final Region COUNTY = Region.create("430626", "平江县", YUEYANG);
    static final Region WUSHI = Region.create("430626101", "伍市镇", COUNTY);
    static final Region YUEYANG_COUNTY = Region.create("430621", "岳阳县", YUEYANG);
    static final Scope OFFICE = new Scope("office", COUNTY.getCode(), COUNTY.getPath(), null, null, java.util.Set.of(Role.OFFICE));

    static final String SHOES = CreditCode.compose('9', '1', "430626", "MA4L0001");
    static final String BUILDING = CreditCode.compose('9', '1', "430626", "MA4L0002");
    static final String FOOD = CreditCode.compose('9', '1', "430626", "MA4L0003");
    static final String NEIGHBOUR = CreditCode.compose('9', '1', "430621", "MA4L0004");

    private Pingjiang() {
    }

    static Map<String, Region> regions() {
        return Stream.of(HUNAN, YUEYANG, COUNTY, WUSHI, YUEYANG_COUNTY).collect(Collectors.toMap(Region::getCode, Function.identity()));
    }

    static EnterpriseData shoes() {
        return new EnterpriseData(SHOES, "湖南赛雅特鞋业有限公司", "430626", "C", List.of("ABOVE_SCALE_INDUSTRY"), "平江高新技术产业园区",
                "天岳大道 18 号", "李建华", "李经理", "0730-6250001", List.of("出口", "鞋业"), null);
    }

    static EnterpriseData building() {
        return new EnterpriseData(BUILDING, "平江县第一建筑工程有限公司", "430626101", "E", List.of("QUALIFIED_CONSTRUCTION"), null, null,
                "戴建国", null, "13800138000", List.of(), null);
    }
}
