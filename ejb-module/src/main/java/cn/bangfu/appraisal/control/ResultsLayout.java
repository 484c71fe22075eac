package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.Grade;
import cn.bangfu.appraisal.entity.ResultsData;
import cn.bangfu.report.control.ChinesePdf;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results on paper (考评结果): the heading naming the scheme, 一、考评结果 with one table per unit type (the ranks count
 * within a type), 二、名额使用情况, 三、评定规则, and the day. Results that may still change (some form not finalised) say
 * so in the heading and under it, so a printed copy is never taken for the final results.
 */
public final class ResultsLayout {

    static final List<String> HEADER = List.of("排名", "单位代码", "单位名称", "得分", "等次", "一票否决", "因名额调整", "考评表状态");
    static final List<String> QUOTA_HEADER = List.of("单位类型", "等次", "单位数", "名额上限");
    // In points of the 442-point text width: a ten-character unit name and every value fit on one line; long headers wrap.
    private static final float[] WIDTHS = {32, 62, 134, 40, 48, 36, 40, 50};
    private static final float[] QUOTA_WIDTHS = {3, 2, 2, 2};
    private static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};

    private ResultsLayout() {
    }

    /** The PDF, dated {@code day}. */
    public static byte[] pdf(ResultsData results, LocalDate day) {
        String title = title(results);
        ChinesePdf pdf = ChinesePdf.a4(title).heading(title).paragraph(introduction(results));
        pdf.subheading("一、考评结果");
        Map<String, List<ResultsData.Item>> byType = byType(results.items());
        if (byType.isEmpty()) {
            pdf.table(HEADER, List.of(), WIDTHS);
        }
        int t = 0;
        for (Map.Entry<String, List<ResultsData.Item>> type : byType.entrySet()) {
            pdf.paragraph("（" + ordinal(t++) + "）" + summary(type.getKey(), type.getValue()));
            pdf.table(HEADER, rows(type.getValue()), WIDTHS);
        }
        pdf.subheading("二、名额使用情况").table(QUOTA_HEADER, quotaRows(results.quotaUse()), QUOTA_WIDTHS);
        pdf.subheading("三、评定规则");
        List<GradingRulesText.Rule> rules = GradingRulesText.of(results.rules(), results.total());
        for (int i = 0; i < rules.size(); i++) {
            pdf.paragraph((i + 1) + ". " + rules.get(i).topic() + "：" + rules.get(i).text());
        }
        return pdf.signature(null, day).finish();
    }

    /** "<scheme>考评结果", with "（初步结果）" until every form is finalised. */
    static String title(ResultsData results) {
        return results.schemeName() + "考评结果" + (results.complete() ? "" : AppraisalTerms.PROVISIONAL);
    }

    /** The lines of one unit type's table, in rank order as the results list them. */
    static List<List<String>> rows(List<ResultsData.Item> items) {
        return items.stream().map(r -> List.of(String.valueOf(r.rank()), r.unitCode(), r.unitName(), AppraisalTerms.points(r.total()),
                AppraisalTerms.grade(r.grade()), AppraisalTerms.yesNo(r.vetoed()), AppraisalTerms.yesNo(r.heldBackByQuota()),
                AppraisalTerms.state(r.state()))).toList();
    }

    /** The quota use: unit type, grade, how many units hold it, the most that may ("不限" for no limit). */
    static List<List<String>> quotaRows(List<ResultsData.QuotaUse> quotaUse) {
        return quotaUse.stream().map(q -> List.of(AppraisalTerms.unitType(q.unitType()), AppraisalTerms.grade(q.grade()), String.valueOf(q.units()),
                q.limit() == null ? AppraisalTerms.NO_LIMIT : String.valueOf(q.limit()))).toList();
    }

    private static String introduction(ResultsData results) {
        if (results.items().isEmpty()) {
            return "依据《" + results.schemeName() + "》，暂无可以公布的考评结果。";
        }
        String text = "依据《" + results.schemeName() + "》，对 " + results.items().size() + " 个单位按单位类型分别排名、评定等次，结果如下。";
        return results.complete() ? text : text + "尚有考评表未定稿，以下为初步结果，排名和等次以审定公布的结果为准。";
    }

    /** "县直单位：共 12 个单位，优秀 2 个、良好 5 个、合格 5 个。" */
    private static String summary(String unitType, List<ResultsData.Item> items) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Grade g : Grade.values()) {
            counts.put(g.name(), 0);
        }
        items.forEach(i -> counts.merge(i.grade(), 1, Integer::sum));
        List<String> held = new ArrayList<>();
        counts.forEach((grade, n) -> {
            if (n > 0) {
                held.add(AppraisalTerms.grade(grade) + " " + n + " 个");
            }
        });
        return AppraisalTerms.unitType(unitType) + "：共 " + items.size() + " 个单位，" + String.join("、", held) + "。";
    }

    private static Map<String, List<ResultsData.Item>> byType(List<ResultsData.Item> items) {
        Map<String, List<ResultsData.Item>> byType = new LinkedHashMap<>();
        items.forEach(i -> byType.computeIfAbsent(i.unitType(), t -> new ArrayList<>()).add(i));
        return byType;
    }

    private static String ordinal(int i) {
        return i < ORDINALS.length ? ORDINALS[i] : String.valueOf(i + 1);
    }
}
