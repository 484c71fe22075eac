package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.MetricsReport;
import cn.bangfu.ledger.entity.MetricsRow;
import cn.bangfu.platform.control.HelpSheet;
import cn.bangfu.platform.control.SheetColumn;
import cn.bangfu.platform.control.SheetWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The ledger's metrics as a spreadsheet (.xlsx): one row per group of the report (unit, region, category or month) and
 * the total row last, the counts as numbers and the rates as percentages with one decimal, rounded from the exact ratio
 * ({@link MetricsRow#resolutionPercent} and the others, "—" where nothing was counted), as the pages show them.
 */
public final class MetricsSheet {

    public static final String DATA_SHEET = "问题办理情况";
    public static final String HELP_SHEET = "说明";

    private static final String[][] MEASURES = {
        {"collected", "收集问题数", "Collected"},
        {"resolved", "已化解", "Resolved"},
        {"closed", "已销号", "Closed"},
        {"resolvedOnTime", "按时办结", "Resolved on time"},
        {"resolvedOnTimeOriginal", "按原期限按时办结", "On time by the original deadline"},
        {"rated", "已评价", "Rated"},
        {"satisfied", "满意（含基本满意）", "Satisfied (incl. basically)"},
        {"resolutionRate", "化解率", "Resolution rate"},
        {"closureRate", "销号率", "Closure rate"},
        {"onTimeRate", "按时办结率", "On-time rate"},
        {"onTimeRateOriginal", "按时办结率（原期限）", "On-time rate, original deadline"},
        {"satisfactionRate", "满意率", "Satisfaction rate"},
    };

    private MetricsSheet() {
    }

    /** A column of the report: the group's name and key, then the counts and rates. */
    private record Column(int ordinal, Spec spec) implements SheetColumn {
    }

    /** The columns for a report grouped {@code by} (unit, region, category, month, total). */
    static SheetColumn[] columns(String by) {
        String[] group = switch (by) {
            case "unit" -> new String[] {"责任单位", "Responsible unit", "单位代码", "Unit code"};
            case "region" -> new String[] {"区划", "Region", "区划代码", "Region code"};
            case "category" -> new String[] {"问题类别", "Category", "类别代码", "Category code"};
            case "month" -> new String[] {"月份", "Month raised", "月份代码", "yyyy-mm"};
            default -> new String[] {"范围", "Scope", "代码", "Key"};
        };
        List<SheetColumn> columns = new ArrayList<>();
        columns.add(new Column(0, new SheetColumn.Spec("name", group[0], group[1], true, 30, null, "")));
        columns.add(new Column(1, new SheetColumn.Spec("key", group[2], group[3], false, 14, null, "")));
        for (String[] m : MEASURES) {
            columns.add(new Column(columns.size(), new SheetColumn.Spec(m[0], m[1], m[2], true, 12, null, "")));
        }
        return columns.toArray(SheetColumn[]::new);
    }

    /** @param from the first day raised counted, null for the campaign's start; {@code to} likewise for today */
    public static byte[] export(MetricsReport report, String campaignName, LocalDate from, LocalDate to) {
        List<MetricsRow> rows = new ArrayList<>(report.items());
        rows.add(report.total());
        return SheetWriter.write(writer -> {
            writer.values(writer.dataSheet(DATA_SHEET, columns(report.by()), 3), rows,
                    r -> cells(r, r == report.total()));
            help(writer.helpSheet(HELP_SHEET), campaignName, from, to);
        });
    }

    /** A row's cells: name and key (none for the total), the counts as numbers, the rates as "98.9%". */
    static Object[] cells(MetricsRow r, boolean total) {
        return new Object[] {r.name(), total ? null : r.key(), r.collected(), r.resolved(), r.closed(), r.resolvedOnTime(),
            r.resolvedOnTimeOriginal(), r.rated(), r.satisfied(), r.resolutionPercent(), r.closurePercent(), r.onTimePercent(),
            r.onTimeOriginalPercent(), r.satisfactionPercent()};
    }

    private static void help(HelpSheet help, String campaignName, LocalDate from, LocalDate to) {
        help.heading("问题办理情况统计", "The ledger's metrics");
        help.line(campaignName, "Campaign");
        help.line("提出日期 " + (from == null ? "行动开始" : from.toString()) + " 至 " + (to == null ? "今天" : to.toString()),
                "Problems raised from " + (from == null ? "the campaign's start" : from.toString()) + " to " + (to == null ? "today" : to.toString()));
        help.gap();
        help.line("收集问题数：登记的问题，已撤销的不计；已化解：已办结或已销号。",
                "Collected: problems registered, withdrawn ones left out. Resolved: resolved or closed.");
        help.line("化解率 = 已化解 ÷ 收集问题数；销号率 = 已销号 ÷ 收集问题数。", "Resolution rate = resolved / collected; closure rate = closed / collected.");
        help.line("按时办结率 = 在现行期限（含批准的延期）内办结 ÷ 已化解；按时办结率（原期限）按原定期限计。",
                "On-time rate = resolved by the deadline in force (extensions counted) / resolved; also against the original deadline.");
        help.line("满意率 =（满意 + 基本满意）÷ 已评价。", "Satisfaction rate = (satisfied + basically satisfied) / rated.");
        help.line("百分比由原始比值四舍五入保留一位小数；分母为 0 时显示\u201c—\u201d。",
                "Percentages are rounded to one decimal from the exact ratio; \u201c—\u201d where the denominator is 0.");
        help.widths(70, 70);
    }
}
