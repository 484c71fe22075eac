package cn.bangfu.campaign.demo;

import cn.bangfu.org.demo.DemoCounty;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo campaign: 平江县's 2026 联手帮扶企业和产业发展升级行动 under 三帮一, as the seed speech
 * describes it: each of the county's enterprises gets one county leader and three units, one of them
 * leading (商务局 leads 赛雅特鞋业 with 税务局 and 汉昌街道, as in the speech). Three enterprises are left
 * unassigned so the matrix shows them standing out, 工信局 leads four enterprises against a limit of
 * three, and 赛雅特鞋业 was reassigned once, so its history has two rows.
 */
public final class DemoAssignments {

    private DemoAssignments() {
    }

    public static final String CODE = "pj-2026-lsbf";
    public static final String NAME = "2026 年平江县联手帮扶企业和产业发展升级行动";
    public static final LocalDate START = LocalDate.of(2026, 1, 1);
    public static final LocalDate END = LocalDate.of(2026, 12, 31);
    public static final LocalDate PLAN_DEADLINE = LocalDate.of(2026, 3, 31);
    public static final LocalDate ASSIGNED = LocalDate.of(2026, 2, 20);
    public static final LocalDate REASSIGNED = LocalDate.of(2026, 4, 1);
    public static final int PER_UNIT_LIMIT = 3;
    /** The campaign office sits in 工信局 (在工信局设立了办公室). */
    public static final String OFFICE_UNIT = "pj-gxj";

    /** A leading-group member: cadre name and role. */
    public record GroupMemberSeed(String cadre, String role) {
    }

    /** One enterprise's assignment: enterprise name, county leader's name, leading unit, co-units. */
    public record AssignmentSeed(String enterprise, String leader, String leading, List<String> coUnits) {
    }

    public static final List<GroupMemberSeed> LEADING_GROUP = List.of(
            new GroupMemberSeed("张卫东", "GROUP_LEADER"), new GroupMemberSeed("罗国庆", "DEPUTY_LEADER"), new GroupMemberSeed("陈志刚", "MEMBER"), new GroupMemberSeed("刘铁军", "MEMBER"));

    /** 赛雅特鞋业's first assignment, replaced on {@link #REASSIGNED} by the one in {@link #ASSIGNMENTS}. */
    public static final AssignmentSeed FIRST_SHOES = a("湖南赛雅特鞋业有限公司", "张卫东", "pj-gxj", "pj-sw", "pj-hcjd");

    public static final List<AssignmentSeed> ASSIGNMENTS = List.of(
            a("湖南赛雅特鞋业有限公司", "张卫东", "pj-swj", "pj-sw", "pj-hcjd"),
            a("平江县欣田建材制造有限公司", "陈志刚", "pj-zrj", "pj-wsyq", "pj-wsz"),
            a("湖南好食工贸有限公司", "黄丽华", "pj-nyj", "pj-ssz", "pj-scj"),
            a("平江县方正达电子科技有限公司", "周建平", "pj-gxj", "pj-gxq", "pj-rsj"),
            a("湖南福坤机械有限公司", "罗国庆", "pj-fgj", "pj-wsyq", "pj-jtj"),
            a("厦特鞋业（平江）有限公司", "吴海燕", "pj-swj", "pj-rmyh", "pj-gxq"),
            a("平江县聚财食品有限公司", "刘铁军", "pj-scj", "pj-ssz", "pj-wjj"),
            a("平江南岭澳瑞凯民用爆破器材有限公司", "杨春晖", "pj-yjj", "pj-csz", "pj-gaj"),
            a("平江县天德机械制造有限公司", "张卫东", "pj-gxj", "pj-wsz", "pj-jrb"),
            a("平江县银桥化工有限公司", "陈志刚", "pj-hbj", "pj-wjz", "pj-yjj"),
            a("平江县恒基粉末冶金有限公司", "黄丽华", "pj-gxj", "pj-wsyq", "pj-czj"),
            a("平江县港盛针织有限公司", "周建平", "pj-rsj", "pj-gxq", "pj-gdj"),
            a("平江县翔宇食品有限公司", "罗国庆", "pj-nyj", "pj-ssz", "pj-sw"),
            a("平江县北源建材有限公司", "吴海燕", "pj-zjj", "pj-hcjd", "pj-swj"),
            a("平江县石牛寨旅游开发有限公司", "刘铁军", "pj-wlj", "pj-jtj", "pj-lyj"),
            a("平江县鑫达云母制品有限公司", "杨春晖", "pj-gxj", "pj-adz", "pj-zrj"),
            a("湖南晶辉光电科技有限公司", "张卫东", "pj-fgj", "pj-gdj", "pj-spj"),
            a("平江县香源食品有限公司", "陈志刚", "pj-scj", "pj-nyj", "pj-wjj"),
            a("平江县华晟新材料有限公司", "黄丽华", "pj-spj", "pj-tjj", "pj-czj"),
            a("平江县瑞讯电子有限公司", "周建平", "pj-rsj", "pj-wsz", "pj-sjzx"),
            a("平江县幕阜山旅游开发有限公司", "罗国庆", "pj-wlj", "pj-lmz", "pj-lyj"),
            a("平江县连云山酒店管理有限公司", "吴海燕", "pj-wlj", "pj-hcjd", "pj-xfj"),
            a("平江县第一建筑工程有限公司", "刘铁军", "pj-zjj", "pj-cgj", "pj-sfj"),
            a("平江县通达物流有限公司", "杨春晖", "pj-jtj", "pj-gaj", "pj-mzj"),
            a("平江县数智信息技术有限公司", "张卫东", "pj-sjzx", "pj-jyj", "pj-spj"),
            a("平江县安定茶业有限公司", "陈志刚", "pj-adz", "pj-lyj", "pj-sfj"));

    /**
     * The county leader the demo account {@link DemoCounty#LEADER_LOGIN} is: the one with the most assignments in the demo
     * campaign, 张卫东 (four current ones, as many as 陈志刚, and the ended first one of 赛雅特鞋业; he also heads the leading
     * group). {@link #mostAssignedLeader()} says the same, and a test checks that the two agree.
     */
    public static final String LEADER_CADRE = "张卫东";

    /** The leader with the most assignments, current and ended, in {@link #ASSIGNMENTS} and {@link #FIRST_SHOES}; the first of a tie. */
    public static String mostAssignedLeader() {
        java.util.Map<String, Integer> count = new java.util.LinkedHashMap<>();
        java.util.stream.Stream.concat(java.util.stream.Stream.of(FIRST_SHOES), ASSIGNMENTS.stream())
                .forEach(a -> count.merge(a.leader(), 1, Integer::sum));
        return count.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElseThrow();
    }

    /** Enterprises of the county the demo leaves unassigned. */
    public static final List<String> UNASSIGNED = List.of("平江县绿源农业开发有限公司", "平江县加义竹木制品有限公司", "平江县汉昌酱干食品有限公司");

    /** The county whose campaign this is. */
    public static final String REGION = DemoCounty.COUNTY;

    private static AssignmentSeed a(String enterprise, String leader, String leading, String... co) {
        return new AssignmentSeed(enterprise, leader, leading, List.of(co));
    }
}
