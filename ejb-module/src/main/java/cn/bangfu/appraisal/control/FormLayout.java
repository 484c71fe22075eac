package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.AppealData;
import cn.bangfu.appraisal.entity.AppraisalData;
import cn.bangfu.appraisal.entity.IndicatorKind;
import cn.bangfu.report.control.ChinesePdf;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An appraisal form on paper (考评表): the unit and where its form stands, 一、评分情况 with the indicator tree (children
 * indented under their group), the totals, the grade and the vetoes when there are any, 二、办理记录 (the history) and
 * 三、申诉情况 when the unit appealed. It prints what its reader sees on the page: a unit's form before the publicity has
 * no evaluator's scores, and those cells say "—".
 */
public final class FormLayout {

    static final List<String> HEADER = List.of("指标", "满分", "自评", "评分", "说明");
    static final List<String> HISTORY_HEADER = List.of("时间", "操作", "操作人", "说明");
    static final List<String> APPEALS_HEADER = List.of("指标", "申诉理由", "状态", "答复");
    /** One level of the tree, about one character wide: no-break spaces, as ChinesePdf drops the leading spaces a writer typed. */
    static final String INDENT = "\u00a0".repeat(4);
    // In points of the 442-point text width: the figures and the times fit on one line, the names and notes wrap.
    private static final float[] WIDTHS = {150, 36, 36, 36, 184};
    private static final float[] HISTORY_WIDTHS = {104, 84, 70, 184};
    private static final float[] APPEALS_WIDTHS = {110, 140, 68, 124};
    private static final String RESCORE = "RESCORE";
    private static final String UPHELD = "UPHELD";

    private FormLayout() {
    }

    /** @param vetoNames the scheme's vetoes by code, to name the ones that hold (a code without a name is printed as it is) */
    public static byte[] pdf(AppraisalData form, Map<String, String> vetoNames) {
        String title = title(form);
        ChinesePdf pdf = ChinesePdf.a4(title + "（" + text(form.unitName()) + "）").heading(title);
        pdf.paragraph("被考评单位：" + text(form.unitName()) + "（单位代码：" + text(form.unitCode()) + "，" + AppraisalTerms.unitType(form.unitType()) + "）")
                .paragraph("考评表状态：" + AppraisalTerms.state(form.state())
                        + (form.publicityEnds() == null ? "" : "（公示期至" + ChinesePdf.chineseDate(form.publicityEnds()) + "）"));
        pdf.subheading("一、评分情况").table(HEADER, rows(form), WIDTHS).figures(totals(form, vetoNames));
        pdf.subheading("二、办理记录").table(HISTORY_HEADER, history(form), HISTORY_WIDTHS);
        if (!listed(form.appeals()).isEmpty()) {
            pdf.subheading("三、申诉情况").table(APPEALS_HEADER, appeals(form), APPEALS_WIDTHS);
        }
        return pdf.finish();
    }

    /** "<scheme>考评表". */
    static String title(AppraisalData form) {
        return form.schemeName() + "考评表";
    }

    /** The indicator tree in the scheme's order (a parent before its children), each line indented by its depth. */
    static List<List<String>> rows(AppraisalData form) {
        Map<String, String> parents = new HashMap<>();
        form.items().forEach(i -> parents.put(i.indicator(), i.parent()));
        return form.items().stream().map(i -> List.of(INDENT.repeat(depth(i.indicator(), parents)) + label(i), AppraisalTerms.points(i.max()),
                AppraisalTerms.points(i.self()), AppraisalTerms.points(i.score()), note(i))).toList();
    }

    /** 自评合计 and 得分 ("—" while hidden), then the grade and the vetoes only when there are any. */
    static List<Map.Entry<String, String>> totals(AppraisalData form, Map<String, String> vetoNames) {
        List<Map.Entry<String, String>> totals = new ArrayList<>(List.of(Map.entry("自评合计", AppraisalTerms.points(form.selfTotal())),
                Map.entry("得分", AppraisalTerms.points(form.total()))));
        if (form.grade() != null) {
            totals.add(Map.entry("等次", AppraisalTerms.grade(form.grade())));
        }
        if (form.vetoes() != null && !form.vetoes().isEmpty()) {
            Map<String, String> names = vetoNames == null ? Map.of() : vetoNames;
            totals.add(Map.entry("一票否决", String.join("；", form.vetoes().stream().map(v -> names.getOrDefault(v, v)).toList())));
        }
        return totals;
    }

    /** The history, oldest first: when (China time), the step in words, who, and the reason or the points an appeal changed. */
    static List<List<String>> history(AppraisalData form) {
        Map<String, String> labels = labels(form);
        boolean scoresShown = form.total() != null;
        return listed(form.events()).stream().map(e -> List.of(AppraisalTerms.minute(e.at()), AppraisalTerms.event(e.action()), text(e.actor()),
                detail(e, labels, scoresShown))).toList();
    }

    static List<List<String>> appeals(AppraisalData form) {
        Map<String, String> labels = labels(form);
        return listed(form.appeals()).stream().map(a -> List.of(labels.getOrDefault(a.indicator(), text(a.indicator())), text(a.reason()),
                AppraisalTerms.appealState(a.state()), answer(a))).toList();
    }

    private static String detail(AppraisalData.Event e, Map<String, String> labels, boolean scoresShown) {
        String reason = text(e.reason());
        if (!RESCORE.equals(e.action())) {
            return reason;
        }
        String rescored = "指标 " + labels.getOrDefault(e.indicator(), text(e.indicator()))
                + (scoresShown ? "：" + AppraisalTerms.points(e.before()) + " → " + AppraisalTerms.points(e.after()) : "");
        return reason.isEmpty() ? rescored : rescored + "；" + reason;
    }

    private static String answer(AppealData a) {
        String answer = text(a.answer());
        if (UPHELD.equals(a.state()) && a.scoreAfter() != null) {
            return answer + "（评分 " + AppraisalTerms.points(a.scoreBefore()) + " → " + AppraisalTerms.points(a.scoreAfter()) + "）";
        }
        return answer;
    }

    /** The evaluator's note (or that the points were computed), then the unit's own note in brackets. */
    private static String note(AppraisalData.Item i) {
        if (IndicatorKind.GROUP.name().equals(i.kind())) {
            return "";
        }
        String note = text(i.note());
        if (note.isEmpty() && Boolean.TRUE.equals(i.computed())) {
            note = "自动计算";
        }
        String self = text(i.selfNote());
        return self.isEmpty() ? note : note + "（自评说明：" + self + "）";
    }

    private static Map<String, String> labels(AppraisalData form) {
        Map<String, String> labels = new HashMap<>();
        form.items().forEach(i -> labels.put(i.indicator(), label(i)));
        return labels;
    }

    /** "A1 问题化解率": the code ties a line to the appeals and the history, which name indicators by it. */
    private static String label(AppraisalData.Item i) {
        return i.indicator() + " " + text(i.name());
    }

    private static int depth(String indicator, Map<String, String> parents) {
        int depth = 0;
        // Bounded by the number of indicators, so a malformed tree with a cycle still prints.
        for (String p = parents.get(indicator); p != null && depth < parents.size(); p = parents.get(p)) {
            depth++;
        }
        return depth;
    }

    private static <T> List<T> listed(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }
}
