package cn.bangfu.org.demo;

import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.UnitType;
import java.util.List;
import java.util.Set;

/**
 * The demo organisation: 湖南省 → 岳阳市 → 平江县 (the county of the seed speech, with townships and
 * about forty units) and 岳阳县 next door, whose data 平江 users must never see.
 */
public final class DemoCounty {

    private DemoCounty() {
    }

    public record RegionSeed(String code, String name, String parent) {
    }

    public record UnitSeed(String code, String name, UnitType type, String region, String head, String contact, String phone) {
    }

    public record AccountSeed(String login, String name, String region, String unit, Set<Role> roles) {
    }

    public static final String PROVINCE = "430000";
    public static final String CITY = "430600";
    public static final String COUNTY = "430626";
    public static final String OTHER_COUNTY = "430621";
    public static final String PARTY_COMMITTEE = "pj-xw";
    public static final String GOVERNMENT = "pj-zf";
    /** The demo contact leader: the campaign demo links him to the county leader cadre he is (see DemoAssignments.LEADER_CADRE). */
    public static final String LEADER_LOGIN = "leader";
    /** The demo enterprise contact: the ledger's demo links him to the enterprise he acts for. */
    public static final String ENTERPRISE_LOGIN = "enterprise";
    /** A second enterprise's contact: he sees only his own enterprise's problems, never the first one's. */
    public static final String SECOND_ENTERPRISE_LOGIN = "enterprise-xt";
    /** The county's inspection office (督查室); the other demo inspectors come from units, so 回避 has something to avoid. */
    public static final String INSPECTOR_LOGIN = "inspector";
    /** A contact leader's account the administrator has not linked to a cadre yet: his home page says so. */
    public static final String UNLINKED_LEADER_LOGIN = "leader-unlinked";

    public static final List<RegionSeed> REGIONS = List.of(
            new RegionSeed(PROVINCE, "湖南省", null),
            new RegionSeed(CITY, "岳阳市", PROVINCE),
            new RegionSeed(COUNTY, "平江县", CITY),
            new RegionSeed("430626001", "汉昌街道", COUNTY),
            new RegionSeed("430626002", "瓮江镇", COUNTY),
            new RegionSeed("430626100", "三市镇", COUNTY),
            new RegionSeed("430626101", "伍市镇", COUNTY),
            new RegionSeed("430626102", "安定镇", COUNTY),
            new RegionSeed("430626103", "长寿镇", COUNTY),
            new RegionSeed("430626104", "加义镇", COUNTY),
            new RegionSeed("430626105", "龙门镇", COUNTY),
            new RegionSeed("430626106", "南江镇", COUNTY),
            new RegionSeed("430626107", "梅仙镇", COUNTY),
            new RegionSeed("430626108", "虹桥镇", COUNTY),
            new RegionSeed("430626109", "童市镇", COUNTY),
            new RegionSeed(OTHER_COUNTY, "岳阳县", CITY),
            new RegionSeed("430621100", "荣家湾镇", OTHER_COUNTY),
            new RegionSeed("430621101", "新墙镇", OTHER_COUNTY));

    private static UnitSeed dept(String code, String name, String head, String contact, String phone) {
        return new UnitSeed(code, name, UnitType.COUNTY_DEPARTMENT, COUNTY, head, contact, phone);
    }

    private static UnitSeed town(String code, String name, String region, String head, String contact, String phone) {
        return new UnitSeed(code, name, UnitType.TOWNSHIP, region, head, contact, phone);
    }

    public static final List<UnitSeed> UNITS = List.of(
            dept("pj-fgj", "平江县发展和改革局", "李建国", "周敏", "0730-6221001"),
            dept("pj-gxj", "平江县工业和信息化局", "向阳", "陈晓东", "0730-6221002"),
            dept("pj-czj", "平江县财政局", "张伟", "刘芳", "0730-6221003"),
            dept("pj-rsj", "平江县人力资源和社会保障局", "王磊", "吴静", "0730-6221004"),
            dept("pj-zrj", "平江县自然资源局", "赵刚", "孙丽", "0730-6221005"),
            dept("pj-hbj", "岳阳市生态环境局平江分局", "钱勇", "郑霞", "0730-6221006"),
            dept("pj-zjj", "平江县住房和城乡建设局", "冯涛", "朱红", "0730-6221007"),
            dept("pj-jtj", "平江县交通运输局", "何斌", "胡燕", "0730-6221008"),
            dept("pj-slj", "平江县水利局", "罗军", "高洁", "0730-6221009"),
            dept("pj-nyj", "平江县农业农村局", "梁平", "林娟", "0730-6221010"),
            dept("pj-swj", "平江县商务局", "宋杰", "唐莉", "0730-6221011"),
            dept("pj-wlj", "平江县文化旅游广电体育局", "许亮", "韩梅", "0730-6221012"),
            dept("pj-wjj", "平江县卫生健康局", "邓华", "曹玲", "0730-6221013"),
            dept("pj-yjj", "平江县应急管理局", "彭辉", "曾琳", "0730-6221014"),
            dept("pj-scj", "平江县市场监督管理局", "谢强", "萧雪", "0730-6221015"),
            dept("pj-sw", "国家税务总局平江县税务局", "田野", "董倩", "0730-6221016"),
            dept("pj-jrb", "平江县地方金融服务中心", "袁明", "潘婷", "0730-6221017"),
            dept("pj-spj", "平江县行政审批服务局", "蒋波", "蔡琴", "0730-6221018"),
            dept("pj-gaj", "平江县公安局", "余峰", "杜娟", "0730-6221019"),
            dept("pj-sfj", "平江县司法局", "叶林", "程慧", "0730-6221020"),
            dept("pj-jyj", "平江县教育局", "苏文", "魏兰", "0730-6221021"),
            dept("pj-mzj", "平江县民政局", "吕刚", "丁薇", "0730-6221022"),
            dept("pj-cgj", "平江县城市管理和综合执法局", "沈鹏", "任佳", "0730-6221023"),
            dept("pj-lyj", "平江县林业局", "姚远", "卢敏", "0730-6221024"),
            dept("pj-gdj", "国网平江县供电公司", "汪洋", "姜悦", "0730-6221025"),
            dept("pj-rmyh", "中国人民银行平江县支行", "范军", "方圆", "0730-6221026"),
            dept("pj-tjj", "平江县统计局", "石磊", "黎明", "0730-6221027"),
            dept("pj-xfj", "平江县消防救援大队", "廖峰", "邹琳", "0730-6221028"),
            town("pj-hcjd", "汉昌街道办事处", "430626001", "黄志强", "龚丽", "0730-6222001"),
            town("pj-wjz", "瓮江镇人民政府", "430626002", "熊伟", "万芳", "0730-6222002"),
            town("pj-ssz", "三市镇人民政府", "430626100", "毛勇", "邱霞", "0730-6222003"),
            town("pj-wsz", "伍市镇人民政府", "430626101", "江涛", "秦雯", "0730-6222004"),
            town("pj-adz", "安定镇人民政府", "430626102", "史斌", "顾颖", "0730-6222005"),
            town("pj-csz", "长寿镇人民政府", "430626103", "侯亮", "邵敏", "0730-6222006"),
            town("pj-jyz", "加义镇人民政府", "430626104", "孟军", "龙娟", "0730-6222007"),
            town("pj-lmz", "龙门镇人民政府", "430626105", "段平", "雷婷", "0730-6222008"),
            new UnitSeed("pj-gxq", "平江高新技术产业园区管委会", UnitType.PARK, COUNTY, "郝建", "钟晴", "0730-6223001"),
            new UnitSeed("pj-wsyq", "伍市工业园管理办公室", UnitType.PARK, "430626101", "覃明", "白雪", "0730-6223002"),
            new UnitSeed("pj-sjzx", "平江县大数据中心", UnitType.OTHER, COUNTY, "文博", "温馨", "0730-6224001"),
            // The county leaders (the contact leaders of 三帮一) are cadres of these two.
            new UnitSeed(PARTY_COMMITTEE, "中共平江县委员会", UnitType.OTHER, COUNTY, "刘振华", "严立", "0730-6220001"),
            new UnitSeed(GOVERNMENT, "平江县人民政府", UnitType.OTHER, COUNTY, "李平", "伍强", "0730-6220002"),
            new UnitSeed("yy-gxj", "岳阳县工业和信息化局", UnitType.COUNTY_DEPARTMENT, OTHER_COUNTY, "欧阳明", "易琳", "0730-7621001"),
            new UnitSeed("yy-fgj", "岳阳县发展和改革局", UnitType.COUNTY_DEPARTMENT, OTHER_COUNTY, "尹刚", "常青", "0730-7621002"),
            new UnitSeed("yy-rjwz", "荣家湾镇人民政府", UnitType.TOWNSHIP, "430621100", "聂辉", "黎娜", "0730-7621003"));

    public static final List<AccountSeed> ACCOUNTS = List.of(
            new AccountSeed("sysadmin", "系统管理员", PROVINCE, null, Set.of(Role.SYSADMIN)),
            new AccountSeed("secadmin", "安全管理员", PROVINCE, null, Set.of(Role.SECADMIN)),
            new AccountSeed("auditor", "安全审计员", PROVINCE, null, Set.of(Role.AUDITOR)),
            new AccountSeed("office", "县帮扶办 刘主任", COUNTY, null, Set.of(Role.OFFICE)),
            new AccountSeed("yy-office", "岳阳县帮扶办 周主任", OTHER_COUNTY, null, Set.of(Role.OFFICE)),
            new AccountSeed(LEADER_LOGIN, "县委副书记 张卫东", COUNTY, null, Set.of(Role.LEADER)),
            new AccountSeed(UNLINKED_LEADER_LOGIN, "新任县领导（未关联干部）", COUNTY, null, Set.of(Role.LEADER)),
            new AccountSeed(INSPECTOR_LOGIN, "县督查室 王督查", COUNTY, GOVERNMENT, Set.of(Role.INSPECTOR)),
            new AccountSeed("inspector-czj", "县财政局 刘督查", COUNTY, "pj-czj", Set.of(Role.INSPECTOR)),
            new AccountSeed("inspector-tjj", "县统计局 黎督查", COUNTY, "pj-tjj", Set.of(Role.INSPECTOR)),
            new AccountSeed("inspector-sjzx", "县大数据中心 温督查", COUNTY, "pj-sjzx", Set.of(Role.INSPECTOR)),
            new AccountSeed("inspector-fgj", "县发改局 周督查", COUNTY, "pj-fgj", Set.of(Role.INSPECTOR)),
            new AccountSeed("evaluator", "县考评办 陈考评", COUNTY, null, Set.of(Role.EVALUATOR)),
            new AccountSeed("evaluator2", "县考评办 何复核", COUNTY, null, Set.of(Role.EVALUATOR)),
            new AccountSeed(ENTERPRISE_LOGIN, "企业联络人 李经理", COUNTY, null, Set.of(Role.ENTERPRISE)),
            new AccountSeed(SECOND_ENTERPRISE_LOGIN, "企业联络人 王主任", COUNTY, null, Set.of(Role.ENTERPRISE)));
}
