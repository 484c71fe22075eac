package cn.bangfu.registry.demo;

import cn.bangfu.org.demo.DemoCounty;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.KeyProjectData;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The demo registry: the 29 enterprises 平江县 assists under 三帮一 (as in the seed speech: 赛雅特鞋业,
 * 欣田建材, 好食工贸, 方正达电子, 福坤机械, 天德机械 … and plausible others), a few of 岳阳县 that 平江
 * users must never see, key projects from the same speech, and the cadres: eight county leaders and
 * one contact cadre per demo unit. Credit codes are made with {@link CreditCode#compose}, so they are
 * valid but belong to no real enterprise.
 */
public final class DemoTargets {

    private DemoTargets() {
    }

    /** A demo cadre: name, unit code, position, rank, phone. */
    public record CadreSeed(String name, String unit, String position, CadreRank rank, String phone) {
    }

    private static final String GXQ = "平江高新技术产业园区";
    private static final String WSYQ = "伍市工业园";
    private static final String HANCHANG = "430626001";
    private static final String WENGJIANG = "430626002";
    private static final String SANSHI = "430626100";
    private static final String WUSHI = "430626101";
    private static final String ANDING = "430626102";
    private static final String CHANGSHOU = "430626103";
    private static final String JIAYI = "430626104";
    private static final String LONGMEN = "430626105";
    private static final String MEIXIAN = "430626107";
    private static final String TONGSHI = "430626109";
    private static final String IND = "ABOVE_SCALE_INDUSTRY";
    private static final String TRADE = "ABOVE_QUOTA_TRADE";
    private static final String BUILD = "QUALIFIED_CONSTRUCTION";
    private static final String SERV = "ABOVE_SCALE_SERVICES";

    public static final List<EnterpriseData> ENTERPRISES = enterprises();

    public static final List<KeyProjectData> KEY_PROJECTS = List.of(
            project("福坤汽车产业园", "INDUSTRY", "30000", DemoCounty.COUNTY, "湖南福坤机械有限公司"),
            project("石牛寨风景区二期工程", "INFRASTRUCTURE", "12000", DemoCounty.COUNTY, "平江县石牛寨旅游开发有限公司"),
            project("安定镇旅游接待服务中心", "INDUSTRY", "8000", ANDING, "安定镇人民政府"),
            project("三市食品工业区基础设施建设", "INFRASTRUCTURE", "15000", SANSHI, "三市镇人民政府"),
            project("安定镇茶叶批发市场", "LIVELIHOOD", "3000", ANDING, "安定镇人民政府"),
            project("北源建材超市", "TRACKING", "50000", HANCHANG, "平江县北源建材有限公司"),
            project("LED 电子产业园标准厂房（2 万平方米）", "INDUSTRY", "6500", DemoCounty.COUNTY, "平江高新技术产业园区管委会"),
            project("荣家湾镇污水处理厂提质改造", "LIVELIHOOD", "4500", "430621100", "岳阳县荣家湾镇人民政府"));

    /** Eight county leaders: the contact leaders of the 29 enterprises. */
    public static final List<CadreSeed> COUNTY_LEADERS = List.of(
            new CadreSeed("张卫东", DemoCounty.PARTY_COMMITTEE, "县委副书记", CadreRank.COUNTY_LEADER, "13907301001"),
            new CadreSeed("陈志刚", DemoCounty.PARTY_COMMITTEE, "县委常委、组织部部长", CadreRank.COUNTY_LEADER, "13907301002"),
            new CadreSeed("黄丽华", DemoCounty.PARTY_COMMITTEE, "县委常委、宣传部部长", CadreRank.COUNTY_LEADER, "13907301003"),
            new CadreSeed("周建平", DemoCounty.PARTY_COMMITTEE, "县委常委、政法委书记", CadreRank.COUNTY_LEADER, "13907301004"),
            new CadreSeed("罗国庆", DemoCounty.GOVERNMENT, "县委常委、常务副县长", CadreRank.COUNTY_LEADER, "13907301005"),
            new CadreSeed("吴海燕", DemoCounty.GOVERNMENT, "副县长", CadreRank.COUNTY_LEADER, "13907301006"),
            new CadreSeed("刘铁军", DemoCounty.GOVERNMENT, "副县长", CadreRank.COUNTY_LEADER, "13907301007"),
            new CadreSeed("杨春晖", DemoCounty.GOVERNMENT, "副县长", CadreRank.COUNTY_LEADER, "13907301008"));

    /** The contact cadre of a demo unit: its contact person, a section-level deputy. */
    public static CadreSeed contactOf(DemoCounty.UnitSeed unit, int index) {
        return new CadreSeed(unit.contact(), unit.code(), deputyTitle(unit), CadreRank.SECTION_LEVEL, String.format("139073%05d", 2001 + index));
    }

    private static String deputyTitle(DemoCounty.UnitSeed unit) {
        String name = unit.name();
        if (name.endsWith("镇人民政府")) {
            return "副镇长";
        }
        if (name.endsWith("办事处")) {
            return "办事处副主任";
        }
        if (name.endsWith("局") || name.endsWith("分局")) {
            return "副局长";
        }
        if (name.endsWith("公司")) {
            return "副总经理";
        }
        if (name.endsWith("支行")) {
            return "副行长";
        }
        if (name.endsWith("大队")) {
            return "副大队长";
        }
        if (name.equals("中共平江县委员会")) {
            return "县委办公室副主任";
        }
        if (name.equals("平江县人民政府")) {
            return "县政府办公室副主任";
        }
        return "副主任";
    }

    private static List<EnterpriseData> enterprises() {
        List<EnterpriseData> list = new ArrayList<>();
        // 平江县: the 29 enterprises of the seed speech's 三帮一.
        add(list, "湖南赛雅特鞋业有限公司", HANCHANG, "C", IND, GXQ, "平江高新区天岳大道 18 号", "李建华", "鞋业", "出口");
        add(list, "平江县欣田建材制造有限公司", WUSHI, "C", IND, WSYQ, "伍市工业园建材路 6 号", "欧阳欣", "建材");
        add(list, "湖南好食工贸有限公司", SANSHI, "C", IND, null, "三市镇食品工业区 1 号", "何好", "食品");
        add(list, "平江县方正达电子科技有限公司", HANCHANG, "C", IND, GXQ, "平江高新区电子信息产业园 3 栋", "方正", "电子");
        add(list, "湖南福坤机械有限公司", WUSHI, "C", IND, WSYQ, "伍市工业园福坤路 1 号", "邓福坤", "机械", "汽车零部件");
        add(list, "厦特鞋业（平江）有限公司", HANCHANG, "C", IND, GXQ, "平江高新区鞋业园 5 栋", "林厦生", "鞋业", "出口");
        add(list, "平江县聚财食品有限公司", SANSHI, "C", IND, null, "三市镇食品工业区 9 号", "聂聚财", "食品", "辣条");
        add(list, "平江南岭澳瑞凯民用爆破器材有限公司", CHANGSHOU, "C", IND, null, "长寿镇民爆路 2 号", "钟南岭", "民爆", "安全生产");
        add(list, "平江县天德机械制造有限公司", WUSHI, "C", IND, WSYQ, "伍市工业园天德路 8 号", "汤天德", "机械");
        add(list, "平江县银桥化工有限公司", WENGJIANG, "C", IND, null, "瓮江镇化工园 2 号", "甘银桥", "化工", "安全生产");
        add(list, "平江县恒基粉末冶金有限公司", WUSHI, "C", IND, WSYQ, "伍市工业园冶金路 3 号", "冯恒基", "新材料");
        add(list, "平江县港盛针织有限公司", HANCHANG, "C", IND, GXQ, "平江高新区纺织园 2 栋", "陈港盛", "纺织");
        add(list, "平江县翔宇食品有限公司", SANSHI, "C", IND, null, "三市镇食品工业区 12 号", "黎翔宇", "食品", "酱干");
        add(list, "平江县北源建材有限公司", HANCHANG, "F", TRADE, null, "汉昌街道天岳南路 88 号", "袁北源", "建材", "商贸");
        add(list, "平江县石牛寨旅游开发有限公司", DemoCounty.COUNTY, "N", SERV, null, "石牛寨镇石牛寨景区", "石磊山", "旅游", "红色旅游");
        add(list, "平江县鑫达云母制品有限公司", ANDING, "C", IND, null, "安定镇云母工业区 1 号", "刘鑫达", "云母", "新材料");
        add(list, "湖南晶辉光电科技有限公司", HANCHANG, "C", IND, GXQ, "平江高新区 LED 产业园 1 栋", "龚晶辉", "电子", "LED");
        add(list, "平江县香源食品有限公司", TONGSHI, "C", IND, null, "童市镇香源路 6 号", "谭香源", "食品", "酱干");
        add(list, "平江县华晟新材料有限公司", HANCHANG, "C", IND, GXQ, "平江高新区新材料园 6 栋", "华晟", "新材料");
        add(list, "平江县瑞讯电子有限公司", WUSHI, "C", null, WSYQ, "伍市工业园电子路 5 号", "萧瑞讯", "电子", "小微企业");
        add(list, "平江县幕阜山旅游开发有限公司", LONGMEN, "N", SERV, null, "龙门镇幕阜山景区", "阮幕山", "旅游");
        add(list, "平江县连云山酒店管理有限公司", HANCHANG, "H", TRADE, null, "汉昌街道启明路 66 号", "连云", "旅游", "住宿餐饮");
        add(list, "平江县第一建筑工程有限公司", HANCHANG, "E", BUILD, null, "汉昌街道建设路 20 号", "戴建国", "建筑");
        add(list, "平江县通达物流有限公司", WUSHI, "G", SERV, WSYQ, "伍市工业园物流园 1 号", "邱通达", "物流");
        add(list, "平江县数智信息技术有限公司", HANCHANG, "I", null, GXQ, "平江高新区创业大厦 12 楼", "程数智", "软件", "小微企业");
        add(list, "平江县安定茶业有限公司", ANDING, "C", null, null, "安定镇茶叶市场 2 号", "安定山", "茶叶", "农产品加工");
        add(list, "平江县绿源农业开发有限公司", MEIXIAN, "A", null, null, "梅仙镇绿源村", "马绿源", "农业", "乡村振兴");
        add(list, "平江县加义竹木制品有限公司", JIAYI, "C", null, null, "加义镇竹木工业区 3 号", "邵加义", "竹木");
        add(list, "平江县汉昌酱干食品有限公司", HANCHANG, "C", IND, GXQ, "平江高新区食品园 8 栋", "汉昌", "食品", "酱干");
        // 岳阳县: the neighbouring county, invisible to 平江 users.
        add(list, "岳阳县荣湾食品有限公司", "430621100", "C", IND, null, "荣家湾镇食品工业园 2 号", "荣湾", "食品");
        add(list, "岳阳县新墙建材有限公司", "430621101", "C", IND, null, "新墙镇建材路 1 号", "新墙", "建材");
        add(list, "岳阳县洞庭物流有限公司", DemoCounty.OTHER_COUNTY, "G", SERV, null, "荣家湾镇物流大道 9 号", "洞庭", "物流");
        return List.copyOf(list);
    }

    private static void add(List<EnterpriseData> list, String name, String region, String industry, String flag, String park,
                            String address, String legalRepresentative, String... tags) {
        int n = list.size();
        String registeredIn = region.substring(0, 6);
        // New codes (2016 on) have entity codes MA4L…, older ones the former organisation code.
        String body = n % 4 == 3 ? String.format("%08d", 18600000 + n * 137) : "MA4L" + entityBody(n);
        String code = CreditCode.compose('9', '1', registeredIn, body);
        String contact = legalRepresentative.charAt(0) + (n % 2 == 0 ? "经理" : "主任");
        list.add(new EnterpriseData(code, name, region, industry, flag == null ? List.of() : List.of(flag), park, address,
                legalRepresentative, contact, String.format("135730%05d", 10001 + n), List.of(tags), null));
    }

    /** Four characters of the credit-code alphabet, different for each enterprise. */
    private static String entityBody(int n) {
        String alphabet = CreditCode.ALPHABET;
        int v = 7919 * (n + 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            sb.append(alphabet.charAt(v % alphabet.length()));
            v /= alphabet.length();
        }
        return sb.toString();
    }

    private static KeyProjectData project(String name, String category, String investment, String region, String owner) {
        return new KeyProjectData(null, name, category, new BigDecimal(investment), region, owner, null);
    }
}
