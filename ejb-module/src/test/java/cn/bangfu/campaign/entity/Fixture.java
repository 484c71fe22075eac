package cn.bangfu.campaign.entity;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.registry.entity.AssistanceTarget;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectData;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 平江县's 三帮一 for campaign tests: a campaign, county leaders, units (and one of 岳阳县 next door),
 * enterprises, all with ids as if stored.
 */
public final class Fixture {

    private static final AtomicLong IDS = new AtomicLong(1000);

    public static final Region HUNAN = Region.create("430000", "湖南省", null);
    public static final Region YUEYANG = Region.create("430600", "岳阳市", HUNAN);
    public static final Region PINGJIANG = Region.create("430626", "平江县", YUEYANG);
    public static final Region WUSHI = Region.create("430626101", "伍市镇", PINGJIANG);
    public static final Region YUEYANG_COUNTY = Region.create("430621", "岳阳县", YUEYANG);

    public static final Unit PARTY = unit("pj-xw", "中共平江县委员会", PINGJIANG);
    public static final Unit GXJ = unit("pj-gxj", "平江县工业和信息化局", PINGJIANG);
    public static final Unit FGJ = unit("pj-fgj", "平江县发展和改革局", PINGJIANG);
    public static final Unit SWJ = unit("pj-swj", "平江县商务局", PINGJIANG);
    public static final Unit SW = unit("pj-sw", "国家税务总局平江县税务局", PINGJIANG);
    public static final Unit WSZ = unit("pj-wsz", "伍市镇人民政府", WUSHI);
    public static final Unit YY_GXJ = unit("yy-gxj", "岳阳县工业和信息化局", YUEYANG_COUNTY);
    public static final Unit YY_PARTY = unit("yy-xw", "中共岳阳县委员会", YUEYANG_COUNTY);

    public static final Cadre ZHANG = cadre("张卫东", PARTY, "县委副书记", CadreRank.COUNTY_LEADER, "13907301001");
    public static final Cadre CHEN = cadre("陈晓东", GXJ, "副局长", CadreRank.SECTION_LEVEL, "13907302002");
    public static final Cadre ZHOU = cadre("周敏", FGJ, "副局长", CadreRank.SECTION_LEVEL, "13907302001");
    public static final Cadre YY_LEADER = cadre("欧阳书记", YY_PARTY, "县委书记", CadreRank.COUNTY_LEADER, "13907401001");

    public static final Enterprise SHOES = enterprise("湖南赛雅特鞋业有限公司", "MA4L0001", PINGJIANG);
    public static final Enterprise MACHINES = enterprise("湖南福坤机械有限公司", "MA4L0002", WUSHI);
    public static final Enterprise NEIGHBOUR = enterprise("岳阳县荣湾食品有限公司", "MA4L0003", YUEYANG_COUNTY);

    private Fixture() {
    }

    public static Campaign campaign(CampaignMode mode, Integer coUnits, Integer perUnitLimit) {
        CampaignData data = new CampaignData("pj-2026-sby", "2026 年联手帮扶企业行动", 2026, mode.name(), LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), coUnits, LocalDate.of(2026, 3, 31), perUnitLimit, null, null, null, "ACTIVE", null, null);
        return id(new Campaign(data, PINGJIANG, GXJ, List.of()));
    }

    public static Campaign threeToOne() {
        return campaign(CampaignMode.THREE_TO_ONE, null, null);
    }

    /** Looks units up by code as the boundary does: wherever they are. */
    public static Unit byCode(String code) {
        Map<String, Unit> all = new HashMap<>();
        for (Unit u : List.of(PARTY, GXJ, FGJ, SWJ, SW, WSZ, YY_GXJ, YY_PARTY)) {
            all.put(u.getCode(), u);
        }
        return all.get(code);
    }

    public static AssignmentRules.Input input(AssistanceTarget target, Cadre leader, String leading, String... co) {
        return new AssignmentRules.Input(target == null ? null : TargetRef.of(target), target, leader == null ? null : leader.getId(), leader,
                leading, List.of(co));
    }

    public static Assignment assignment(Campaign c, AssistanceTarget t, Cadre leader, Unit leading, List<Unit> co, LocalDate from) {
        return id(new Assignment(c, t, leader, leading, co, Map.of(GXJ, CHEN, FGJ, ZHOU), from));
    }

    static Unit unit(String code, String name, Region region) {
        return id(new Unit(new UnitData(code, name, "COUNTY_DEPARTMENT", region.getCode(), name.substring(0, 2) + "局长", "联系人",
                "0730-6221001", null, null), region));
    }

    static Cadre cadre(String name, Unit unit, String position, CadreRank rank, String phone) {
        return id(new Cadre(new CadreData(null, name, unit.getCode(), position, rank.name(), phone, null), unit));
    }

    static Enterprise enterprise(String name, String body, Region region) {
        String code = CreditCode.compose('9', '1', region.getCode().substring(0, 6), body);
        return id(new Enterprise(new EnterpriseData(code, name, region.getCode(), "C", List.of(), null, null, null, null, null, List.of(),
                null), region));
    }

    /** A key project of 30,000 (万元) in industry, with an id as if stored. */
    public static KeyProject keyProject(String name, Region region) {
        try {
            Constructor<KeyProjectCategory> category = KeyProjectCategory.class.getDeclaredConstructor();
            category.setAccessible(true);
            return id(new KeyProject(new KeyProjectData(null, name, "INDUSTRY", new BigDecimal("30000"), region.getCode(), null, null), region,
                    category.newInstance()));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a new entity an id, as persisting it would. */
    public static <T> T id(T entity) {
        try {
            Class<?> c = entity.getClass();
            while (c != null) {
                try {
                    Field f = c.getDeclaredField("id");
                    f.setAccessible(true);
                    f.set(entity, IDS.incrementAndGet());
                    return entity;
                } catch (NoSuchFieldException e) {
                    c = c.getSuperclass();
                }
            }
            throw new IllegalArgumentException("no id field in " + entity.getClass());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
