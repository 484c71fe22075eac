package cn.bangfu.ledger.demo;

import cn.bangfu.ledger.entity.Difficulty;
import java.util.List;

/**
 * The demo county's problems, drawn from the seeds' reports (融资、用工、电价、审批、要素、市场…): each with the
 * enterprise, what it is, and how far its life has come ({@link Story}), counted in working days back from the day
 * the demo is loaded, so every light shows whatever the day.
 */
public final class DemoProblems {

    /** The enterprise the demo account {@code enterprise} acts for: it has problems to follow and one to rate. */
    public static final String ENTERPRISE = "湖南赛雅特鞋业有限公司";
    /** The enterprise the demo account {@code enterprise-xt} acts for. */
    public static final String SECOND_ENTERPRISE = "厦特鞋业（平江）有限公司";

    /** How far a demo problem's life has come. */
    public enum Story {
        /** Registered by the enterprise yesterday, waiting to be routed. */
        REGISTERED,
        /** Routed, sent back by the unit as not its own, waiting to be routed again. */
        SENT_BACK,
        /** Routed today: waiting to be accepted. */
        ROUTED,
        /** Routed days ago and never accepted: red. */
        LATE_TO_ACCEPT,
        /** Accepted, far from its deadline. */
        GREEN,
        /** Accepted, two working days left. */
        YELLOW,
        /** Accepted, five working days overdue. */
        RED,
        /** Overdue and escalated (督办) by the office. */
        ESCALATED,
        /** Paused while the unit waits on a higher level. */
        PAUSED,
        /** An extension asked for, waiting for the office. */
        EXTENSION_ASKED,
        /** Extended by the office: on time against the new deadline. */
        EXTENDED,
        /** Resolved, not yet rated. */
        RESOLVED,
        /** Resolved after its deadline, rated basically satisfied, closed. */
        RESOLVED_LATE,
        /** Resolved, rated satisfied, closed (销号). */
        CLOSED,
        /** Resolved, rated 不满意 by the enterprise, reopened by the office. */
        REOPENED,
        /** Withdrawn: it was registered twice. */
        WITHDRAWN,
        /** Accepted, and one of the members of the demo's common problem. */
        COMMON
    }

    /** A demo problem: raised {@code raisedAgo} working days before the demo was loaded. */
    public record ProblemSeed(String enterprise, String title, String description, String category, Difficulty difficulty, int raisedAgo,
                              Story story) {
    }

    /** The demo's common problem (共性问题): its members are the {@link Story#COMMON} problems. */
    public static final String COMMON_TITLE = "工业园区企业用电价格偏高";

    public static final List<ProblemSeed> PROBLEMS = List.of(
            p(ENTERPRISE, "出口退税到账慢", "外贸订单回款周期长，出口退税平均 45 天到账，流动资金紧张", "POLICY", Difficulty.ORDINARY, 12, Story.RESOLVED),
            p(ENTERPRISE, "新招工人住宿不足", "订单增加需新招工人 200 名，厂区宿舍只能安排 80 人", "LABOUR", Difficulty.COMPLEX, 6, Story.GREEN),
            p(ENTERPRISE, "厂区道路路灯损坏", "厂区外道路 12 盏路灯损坏，夜班工人上下班不便", "FACTORS", Difficulty.SIMPLE, 30, Story.CLOSED),
            p("平江县欣田建材制造有限公司", "页岩砖生产线技改资金缺口", "技改项目总投资 3200 万元，尚缺 800 万元", "FINANCING", Difficulty.HARD, 40, Story.EXTENDED),
            p("平江县欣田建材制造有限公司", "环评审批时间长", "技改项目环评报告已提交两个月", "APPROVAL", Difficulty.ORDINARY, 13, Story.YELLOW),
            p("湖南好食工贸有限公司", "农产品收购贷款难", "收购季需短期流动资金 500 万元，缺少抵押物", "FINANCING", Difficulty.COMPLEX, 20, Story.PAUSED),
            p("湖南好食工贸有限公司", "产品进入商超渠道难", "希望对接省内连锁商超，拓展销售渠道", "MARKET", Difficulty.ORDINARY, 3, Story.ROUTED),
            p("平江县方正达电子科技有限公司", "贴片技术工人招不到", "需 SMT 技术工人 30 名，本地招聘困难", "LABOUR", Difficulty.ORDINARY, 22, Story.RED),
            p("平江县方正达电子科技有限公司", "用电成本高", "园区企业电价高于周边县，月电费超 60 万元", "COST", Difficulty.COMPLEX, 8, Story.COMMON),
            p("湖南福坤机械有限公司", "二期用地平整进度慢", "二期 50 亩用地平整未完成，影响设备进场", "FACTORS", Difficulty.COMPLEX, 36, Story.ESCALATED),
            p("湖南福坤机械有限公司", "高新技术企业认定政策咨询", "希望了解高新技术企业认定条件和申报时间", "POLICY", Difficulty.SIMPLE, 15, Story.RESOLVED_LATE),
            p("厦特鞋业（平江）有限公司", "招工 300 人", "一期投产需招工 300 人", "LABOUR", Difficulty.ORDINARY, 25, Story.CLOSED),
            p("厦特鞋业（平江）有限公司", "流动资金贷款", "投产初期流动资金贷款 2000 万元", "FINANCING", Difficulty.COMPLEX, 10, Story.REOPENED),
            p("平江县聚财食品有限公司", "食品生产许可证延续", "许可证 3 个月后到期，需办理延续", "APPROVAL", Difficulty.SIMPLE, 2, Story.LATE_TO_ACCEPT),
            p("平江县聚财食品有限公司", "冷链物流成本高", "产品外运冷链物流费用占销售额 8%", "COST", Difficulty.ORDINARY, 1, Story.REGISTERED),
            p("平江南岭澳瑞凯民用爆破器材有限公司", "民爆物品运输许可办理", "新产品运输需办理道路运输许可", "APPROVAL", Difficulty.ORDINARY, 18, Story.CLOSED),
            p("平江县天德机械制造有限公司", "数控设备购置补贴", "购置数控机床 12 台，申请技改补贴", "POLICY", Difficulty.ORDINARY, 14, Story.EXTENSION_ASKED),
            p("平江县天德机械制造有限公司", "天然气管道未接通", "新车间需天然气，管道距厂区 1.2 公里", "FACTORS", Difficulty.HARD, 9, Story.GREEN),
            p("平江县银桥化工有限公司", "危废处置费用高", "危废需运往省外处置，费用高", "COST", Difficulty.COMPLEX, 16, Story.RESOLVED),
            p("平江县银桥化工有限公司", "安全生产标准化评审", "申请安全生产标准化二级评审", "APPROVAL", Difficulty.SIMPLE, 4, Story.SENT_BACK),
            p("平江县恒基粉末冶金有限公司", "用电成本高", "园区电价偏高，烧结炉用电量大，请求降低用电成本", "COST", Difficulty.COMPLEX, 7, Story.COMMON),
            p("平江县恒基粉末冶金有限公司", "专利申请补助", "申请发明专利 3 项，咨询补助政策", "POLICY", Difficulty.SIMPLE, 20, Story.CLOSED),
            p("平江县港盛针织有限公司", "缝纫工短缺", "缺熟练缝纫工 50 名", "LABOUR", Difficulty.ORDINARY, 26, Story.RED),
            p("平江县翔宇食品有限公司", "电商销售平台对接", "希望参加县电商直播基地活动", "MARKET", Difficulty.SIMPLE, 11, Story.CLOSED),
            p("平江县北源建材有限公司", "砂石原料供应不稳定", "河砂限采后原料供应不稳定", "FACTORS", Difficulty.COMPLEX, 5, Story.GREEN),
            p("平江县石牛寨旅游开发有限公司", "景区道路拓宽", "景区连接线道路狭窄，旺季拥堵", "FACTORS", Difficulty.COMPLEX, 45, Story.RED),
            p("平江县鑫达云母制品有限公司", "出口订单结汇", "外汇结算手续繁琐", "POLICY", Difficulty.SIMPLE, 9, Story.CLOSED),
            p("湖南晶辉光电科技有限公司", "研发人员引进", "引进光电专业研发人员 10 名，需人才公寓", "LABOUR", Difficulty.ORDINARY, 12, Story.YELLOW),
            p("平江县香源食品有限公司", "用电成本高", "电价偏高，冷库用电成本大", "COST", Difficulty.ORDINARY, 6, Story.COMMON),
            p("平江县华晟新材料有限公司", "新材料项目用地报批", "二期 30 亩用地报批", "APPROVAL", Difficulty.HARD, 30, Story.PAUSED),
            p("平江县瑞讯电子有限公司", "银行贷款利率高", "现有贷款利率 6.5%，请求协调降息", "FINANCING", Difficulty.ORDINARY, 17, Story.CLOSED),
            p("平江县幕阜山旅游开发有限公司", "旅游宣传推介", "希望纳入全县文旅推介活动", "MARKET", Difficulty.SIMPLE, 8, Story.RESOLVED),
            p("平江县连云山酒店管理有限公司", "消防验收", "新装修楼层消防验收", "APPROVAL", Difficulty.ORDINARY, 21, Story.CLOSED),
            p("平江县第一建筑工程有限公司", "工程款拖欠", "政府投资项目工程款拖欠 1200 万元", "FINANCING", Difficulty.HARD, 28, Story.ESCALATED),
            p("平江县通达物流有限公司", "货车通行证办理", "城区配送货车通行证办理", "APPROVAL", Difficulty.SIMPLE, 3, Story.GREEN),
            p("平江县数智信息技术有限公司", "软件企业认定", "申请软件企业认定，咨询流程", "POLICY", Difficulty.SIMPLE, 10, Story.CLOSED),
            p("平江县安定茶业有限公司", "茶叶品牌推广", "希望参加省茶博会", "MARKET", Difficulty.ORDINARY, 24, Story.RESOLVED_LATE),
            p("平江县安定茶业有限公司", "茶叶品牌推广", "重复登记", "MARKET", Difficulty.ORDINARY, 24, Story.WITHDRAWN),
            p("平江县绿源农业开发有限公司", "农业保险理赔慢", "水灾受损理赔未到位", "OTHER", Difficulty.ORDINARY, 2, Story.REGISTERED),
            // 张卫东's (the demo account "leader"): RED long enough that the daily reminders escalate it and tell him.
            p("湖南晶辉光电科技有限公司", "产品检测认证周期长", "新产品送省外检测认证，排队三个月未出报告", "APPROVAL", Difficulty.ORDINARY, 23, Story.RED));

    private DemoProblems() {
    }

    private static ProblemSeed p(String enterprise, String title, String description, String category, Difficulty difficulty, int raisedAgo,
                                 Story story) {
        return new ProblemSeed(enterprise, title, description, category, difficulty, raisedAgo, story);
    }
}
