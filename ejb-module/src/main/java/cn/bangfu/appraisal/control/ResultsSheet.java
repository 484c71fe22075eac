package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.ResultsData;
import cn.bangfu.platform.control.HelpSheet;
import cn.bangfu.platform.control.SheetWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The results as a spreadsheet (考评结果汇总表) on one sheet, read from the top as the office forwards it: the title naming
 * the scheme (marked while the results are provisional), the ranking in {@link ResultsColumn}s, the quota use per unit type
 * and grade, and the rules the grades were given by.
 * <p>
 * Written line by line through {@link HelpSheet}: a data sheet's header is always its first row, which leaves no room for
 * the title above it. Every cell is text as the page shows it ("27.5", "不限", "是"), so no score is rounded by a number
 * format. The rules stand in the wide 单位名称 column, where their wrapped lines stay readable.
 */
public final class ResultsSheet {

    public static final String SHEET = "考评结果汇总表";
    static final String[] QUOTA_HEADER = {"序号", "单位类型", "等次", "单位数", "名额上限"};

    private ResultsSheet() {
    }

    public static byte[] xlsx(ResultsData results) {
        return SheetWriter.write(writer -> {
            HelpSheet sheet = writer.helpSheet(SHEET);
            sheet.heading(title(results));
            sheet.heading(Arrays.stream(ResultsColumn.values()).map(ResultsColumn::title).toArray(String[]::new));
            lines(sheet, items(results.items()));
            sheet.gap();
            sheet.heading("名额使用情况");
            sheet.heading(QUOTA_HEADER);
            lines(sheet, numbered(ResultsLayout.quotaRows(results.quotaUse())));
            sheet.gap();
            sheet.heading("评定规则");
            List<GradingRulesText.Rule> rules = GradingRulesText.of(results.rules(), results.total());
            for (int i = 0; i < rules.size(); i++) {
                sheet.line(String.valueOf(i + 1), "", "", rules.get(i).topic(), rules.get(i).text());
            }
            sheet.widths(Arrays.stream(ResultsColumn.values()).mapToInt(ResultsColumn::width).toArray());
        });
    }

    /** "<scheme>考评结果汇总表", with "（初步结果）" until every form is finalised. */
    static String title(ResultsData results) {
        return results.schemeName() + SHEET + (results.complete() ? "" : AppraisalTerms.PROVISIONAL);
    }

    /** The ranking's lines in the {@link ResultsColumn}s, numbered from 1 across the unit types. */
    static List<String[]> items(List<ResultsData.Item> items) {
        return IntStream.range(0, items.size()).mapToObj(i -> {
            ResultsData.Item r = items.get(i);
            return new String[] {String.valueOf(i + 1), AppraisalTerms.unitType(r.unitType()), String.valueOf(r.rank()), r.unitCode(), r.unitName(),
                AppraisalTerms.points(r.total()), AppraisalTerms.grade(r.grade()), AppraisalTerms.yesNo(r.vetoed()),
                AppraisalTerms.yesNo(r.heldBackByQuota()), AppraisalTerms.state(r.state())};
        }).toList();
    }

    private static List<String[]> numbered(List<List<String>> rows) {
        return IntStream.range(0, rows.size()).mapToObj(i -> {
            List<String> cells = new ArrayList<>(rows.get(i));
            cells.add(0, String.valueOf(i + 1));
            return cells.toArray(String[]::new);
        }).toList();
    }

    private static void lines(HelpSheet sheet, List<String[]> lines) {
        if (lines.isEmpty()) {
            sheet.line("无");
        }
        lines.forEach(sheet::line);
    }
}
