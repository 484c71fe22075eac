package cn.bangfu.campaign.demo;

import cn.bangfu.org.demo.DemoCounty;
import java.time.LocalDate;
import java.util.List;

/**
 * The second demo campaign: 平江县's 2026 "百名干部助百企" (驻企帮扶), as the seeds describe it — units
 * send their own cadres to live and work at an enterprise for months (同吃同住, 靠前服务). Each cadre is
 * the contact person of his unit in the demo registry. Two stationings have ended; 刘芳 of 财政局 moved
 * on to a second enterprise the day after her first stationing ended, which is as close as the rule
 * "one target at a time" lets two stationings of one cadre come.
 */
public final class DemoStationed {

    private DemoStationed() {
    }

    public static final String CODE = "pj-2026-bmgb";
    public static final String NAME = "2026 年平江县\"百名干部助百企\"行动";
    public static final LocalDate START = LocalDate.of(2026, 3, 1);
    public static final LocalDate END = LocalDate.of(2026, 12, 31);
    /** The county party committee (组织部) selects and sends the cadres. */
    public static final String OFFICE_UNIT = DemoCounty.PARTY_COMMITTEE;
    public static final String REGION = DemoCounty.COUNTY;

    /** One stationing: the cadre (by name within his unit), his unit, the enterprise, the period (to null: open-ended). */
    public record StationingSeed(String cadre, String unit, String enterprise, LocalDate from, LocalDate to) {
    }

    private static final LocalDate MARCH = LocalDate.of(2026, 3, 10);
    private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);

    public static final List<StationingSeed> STATIONINGS = List.of(
            new StationingSeed("陈晓东", "pj-gxj", "平江县方正达电子科技有限公司", MARCH, null),
            new StationingSeed("周敏", "pj-fgj", "湖南晶辉光电科技有限公司", MARCH, null),
            new StationingSeed("刘芳", "pj-czj", "平江县恒基粉末冶金有限公司", MARCH, LocalDate.of(2026, 5, 31)),
            new StationingSeed("刘芳", "pj-czj", "平江县华晟新材料有限公司", LocalDate.of(2026, 6, 1), null),
            new StationingSeed("吴静", "pj-rsj", "平江县港盛针织有限公司", MARCH, LocalDate.of(2026, 6, 30)),
            new StationingSeed("唐莉", "pj-swj", "湖南赛雅特鞋业有限公司", MARCH, null),
            new StationingSeed("萧雪", "pj-scj", "平江县香源食品有限公司", APRIL, null),
            new StationingSeed("董倩", "pj-sw", "湖南福坤机械有限公司", APRIL, null),
            new StationingSeed("潘婷", "pj-jrb", "平江县欣田建材制造有限公司", APRIL, LocalDate.of(2026, 12, 31)),
            new StationingSeed("蔡琴", "pj-spj", "平江县数智信息技术有限公司", APRIL, null),
            new StationingSeed("姜悦", "pj-gdj", "平江县瑞讯电子有限公司", LocalDate.of(2026, 5, 6), null),
            new StationingSeed("钟晴", "pj-gxq", "厦特鞋业（平江）有限公司", LocalDate.of(2026, 5, 6), null));
}
