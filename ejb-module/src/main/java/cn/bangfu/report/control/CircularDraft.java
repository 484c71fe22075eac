package cn.bangfu.report.control;

import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.report.entity.CircularData;
import cn.bangfu.report.entity.CircularText;
import java.util.List;

/**
 * The first wording of a circular, as offices write them (../shared/seeds): the title after the round, the 文号 numbered
 * within the campaign, the region's assistance office as issuer, and four paragraphs from the figures, which the office
 * then edits. Names beyond the first {@link #NAMED} are summed up with 等.
 */
public final class CircularDraft {

    static final int NAMED = 10;

    private CircularDraft() {
    }

    public static CircularText of(InspectionRound round, CircularFigures.Result r, int number, int teams) {
        String region = round.getCampaign().getRegion().getName();
        CircularData.Figures f = r.figures();
        String summary = String.format("%s至%s，%s组织%d个督查组开展%s，共督查帮扶对象%d个。督查共发现问题%d个，其中严重问题%d个，涉及%d个单位；"
                        + "截至通报印发，已整改并经督查组核查销号%d个。", ChinesePdf.chineseDate(round.getFirstDay()), ChinesePdf.chineseDate(round.getLastDay()),
                issuer(region), teams, round.getName(), f.visits(), f.findings(), f.serious(), f.units(), f.rectified());
        String praise = r.praised().isEmpty() ? null
                : String.format("%s帮扶工作扎实，台账规范，本次督查未发现问题，予以通报表扬。", names(r.praised()));
        String criticism = r.criticised().isEmpty() ? null
                : String.format("%s存在严重问题或不配合督查，予以通报批评，请于规定期限内整改到位并书面说明情况。", names(r.criticised()));
        String requirements = "各责任单位要对照督查发现的问题逐项整改，在规定期限内通过帮扶通提交整改情况和佐证材料；"
                + "督查组将逐项核查，整改不到位的，在年度综合考评中相应扣分。";
        return new CircularText(round.getName() + "情况通报", docNumber(region, round.getCampaign().getYear(), number), issuer(region), summary,
                praise, criticism, requirements, null);
    }

    /** The office that issues circulars in a region, e.g. 平江县企业帮扶工作领导小组办公室. */
    public static String issuer(String regionName) {
        return regionName + "企业帮扶工作领导小组办公室";
    }

    /** e.g. 平江县帮扶办通〔2026〕3号: the region's short name (its first two characters), the year, the number. */
    static String docNumber(String regionName, int year, int number) {
        String shortName = regionName.length() > 2 ? regionName.substring(0, 2) : regionName;
        return shortName + "帮办通〔" + year + "〕" + number + "号";
    }

    static String names(List<String> names) {
        if (names.size() <= NAMED) {
            return String.join("、", names);
        }
        return String.join("、", names.subList(0, NAMED)) + "等" + names.size() + "个单位";
    }
}
