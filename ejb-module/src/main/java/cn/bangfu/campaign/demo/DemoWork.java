package cn.bangfu.campaign.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo campaign's plans and visits, after the seed speech: 13 targets whose leading unit has not
 * filed a plan (10 with none at all, 3 still drafting), plans filed late, plans returned with a reason,
 * plans approved; visits from March to November 2026, many of them joint; 8 units whose first visit
 * came only after the office's first circular at the end of April, and units that never visited.
 * Targets are named by their index in {@link DemoAssignments#ASSIGNMENTS}; units by their place in the
 * team (0 leading, 1 and 2 the co-units).
 */
public final class DemoWork {

    /** A plan: status, first submission (null: never), the office's decision day, the reason of a return. */
    public record PlanSeed(String status, LocalDate submitted, LocalDate decided, String reason, String goals, List<String> measures,
                    String comment) {
    }

    private DemoWork() {
    }

    /** The office's first circular (第一期通报), end of April. */
    public static final LocalDate FIRST_CIRCULAR = LocalDate.of(2026, 4, 30);

    /** Index → plan; targets left out have none (方正达 and 天德 of 工信局 among them, for the tests). */
    public static final Map<Integer, PlanSeed> PLANS = Map.ofEntries(
            Map.entry(0, approved(LocalDate.of(2026, 3, 20), "组织订货会，稳定订单", "商务局牵头组织订货会，对接省内外采购商", "税务局落实出口退税政策")),
            Map.entry(1, new PlanSeed("APPROVED", LocalDate.of(2026, 4, 12), LocalDate.of(2026, 4, 20), null, "完成头部页岩砖生产线技改",
                    List.of("自然资源局协调用地手续", "伍市工业园解决标准厂房"), null)),
            Map.entry(2, new PlanSeed("RETURNED", LocalDate.of(2026, 3, 28), LocalDate.of(2026, 4, 8), "措施没有明确责任单位和完成时限，请细化后重新报送",
                    "帮助企业建成 6 栋钢架厂房", List.of("协调施工用电", "帮助企业申报农业产业化项目"), "建议把食品安全检测也列入措施")),
            Map.entry(4, approved(LocalDate.of(2026, 3, 25), "汽车产业园一期达产，二期完成土地平整", "发改局争取省重点项目资金",
                    "交通局完善园区道路")),
            Map.entry(5, approved(LocalDate.of(2026, 3, 30), "一期 8 月投产", "商务局协助招工 300 人", "人民银行协调流动资金贷款")),
            Map.entry(6, new PlanSeed("SUBMITTED", LocalDate.of(2026, 4, 25), null, null, "投资近亿元项目年内投产",
                    List.of("市场监管局指导食品生产许可", "瓮江镇协调周边关系"), null)),
            Map.entry(7, approved(LocalDate.of(2026, 3, 18), "一期设备调试完成并投产", "应急局指导安全生产许可", "公安局办理民爆物品运输许可")),
            Map.entry(10, approved(LocalDate.of(2026, 3, 27), "新增粉末冶金生产线两条", "工信局帮助申报技改资金", "财政局兑现奖补")),
            Map.entry(12, approved(LocalDate.of(2026, 3, 29), "产值增长 20%", "农业农村局对接原料基地", "税务局落实减税降费")),
            Map.entry(14, new PlanSeed("DRAFT", null, null, null, "二期工程年内开工", List.of("文旅局编制宣传推介方案"), null)),
            Map.entry(16, new PlanSeed("SUBMITTED", LocalDate.of(2026, 3, 26), null, null, "LED 项目 8 月底投产",
                    List.of("发改局协调 2 万平方米标准厂房竣工验收", "供电局保障设备调试用电"), "供电方面请明确到供电公司的联系人")),
            Map.entry(17, new PlanSeed("APPROVED", LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 15), null, "扩建冷库，年产值过亿",
                    List.of("市场监管局帮助办理生产许可变更", "农业农村局推荐参加农博会"), null)),
            Map.entry(19, new PlanSeed("DRAFT", null, null, null, "", List.of(), null)),
            Map.entry(20, new PlanSeed("APPROVED", LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 10), null, "景区接待能力提高一倍",
                    List.of("文旅局组织红色旅游推介", "林业局办理林地手续"), null)),
            Map.entry(24, new PlanSeed("RETURNED", LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 9), "目标过于笼统，缺少可以考核的指标",
                    "帮助企业发展", List.of("经常走访"), "我单位可以负责软件企业认定的政策辅导")),
            Map.entry(25, new PlanSeed("DRAFT", null, null, null, "茶叶批发市场开业", List.of("安定镇协调市场用地"), null)));

    /** Units (index, place) that never visited their target, e.g. the leading unit of 第一建筑 that does not lead. */
    public static final Set<String> NEVER = Set.of("1/2", "6/1", "9/2", "13/1", "19/2", "22/0", "23/1");

    /** The 8 units whose first visit came only after the first circular. */
    public static final Set<String> AFTER_CIRCULAR = Set.of("2/1", "4/2", "7/0", "10/1", "12/2", "15/1", "17/2", "21/1");

    /** What the units learned and agreed, drawn from the seed speech. */
    public static final List<String> LEARNED = List.of(
            "订单不足，上半年开工率不到七成，希望帮助对接采购商",
            "生产、生活用水不稳定，夏季高峰期经常停水",
            "工业区汇款难：县内银行网点少，大额汇款要跑到市里",
            "二期用地手续卡在林地审批，影响土地平整进度",
            "招工难，熟练工流失严重，缺少职工宿舍",
            "流动资金紧张，希望协调银行续贷",
            "用电负荷不足，新设备调试时多次跳闸",
            "产品运输成本高，希望完善园区道路");

    public static final List<String> FOLLOW_UPS = List.of(
            "由牵头单位汇总问题，一周内挂号登记",
            "配合单位对接主管部门，月底前答复企业",
            "下次走访时带上政策汇编，送政策进企业",
            "协调供水公司现场查看，形成会议纪要",
            "");

    private static PlanSeed approved(LocalDate submitted, String goals, String m1, String m2) {
        return new PlanSeed("APPROVED", submitted, submitted.plusDays(6), null, goals, List.of(m1, m2), null);
    }
}
