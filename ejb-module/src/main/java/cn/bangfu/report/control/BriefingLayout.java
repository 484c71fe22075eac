package cn.bangfu.report.control;

import cn.bangfu.ledger.entity.ProblemCounts;
import cn.bangfu.report.entity.Briefing;
import cn.bangfu.report.entity.Briefing.UnitLine;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A monthly briefing (简报) on paper, as the seeds' offices issue theirs: the red 企业帮扶工作简报, 第 N 期 with the editing
 * office and the date over the red rule, then 一、总体情况 (the month's figures and the campaign's since its start), 二、问题办理
 * (the table of units), 三、走访与方案, 四、督查发现与整改, 五、工作靠前的单位和需要加力的单位, each with the rule it applies.
 * A month without records says so in words instead of a page of zeros, and so does each section without its records.
 * Always in Chinese: it is an official document, whatever language the caller's pages speak.
 */
public final class BriefingLayout {

    public static final String TITLE = "企业帮扶工作简报";

    static final List<String> PROBLEM_HEADER = List.of("序号", "责任单位", "本月收集", "本月办结", "累计收集", "化解率", "销号率", "超期");
    // Room for "22,184", "100.0%" and a ten-character unit name on one line each at 小四 on A4.
    private static final float[] PROBLEM_WIDTHS = {6.5f, 30, 10, 10, 10.5f, 11.5f, 11.5f, 10};
    static final List<String> INSPECTION_HEADER = List.of("序号", "责任单位", "本月督查发现", "其中严重", "逾期未整改");
    private static final float[] INSPECTION_WIDTHS = {6, 40, 18, 18, 18};
    static final List<String> AHEAD_HEADER = List.of("序号", "单位", "累计承办问题", "化解率", "销号率", "本月走访");
    private static final float[] AHEAD_WIDTHS = {6, 36, 16, 14, 14, 14};
    static final List<String> BEHIND_HEADER = List.of("序号", "单位", "超期问题", "逾期整改", "超期未走访对象", "未报方案");
    private static final float[] BEHIND_WIDTHS = {6, 36, 14, 14, 16, 14};
    /** A province's office would otherwise print thousands of lines; the dashboard has them all. */
    static final int MAX_TABLE_ROWS = 100;

    private BriefingLayout() {
    }

    /** The briefing's file and metadata title: "平江县企业帮扶工作简报（2026年11月）". */
    public static String title(Briefing b) {
        return b.regionName() + TITLE + "（" + monthText(b.month()) + "）";
    }

    public static byte[] pdf(Briefing b) {
        ChinesePdf pdf = ChinesePdf.a4(title(b)).heading(TITLE)
                .docNumber("第 " + b.issue() + " 期\n" + b.office() + "编　　　" + ChinesePdf.chineseDate(b.issuedOn()));
        overview(pdf, b);
        problems(pdf, b);
        visitsAndPlans(pdf, b);
        inspection(pdf, b);
        units(pdf, b);
        return pdf.finish();
    }

    private static void overview(ChinesePdf pdf, Briefing b) {
        pdf.subheading("一、总体情况");
        pdf.paragraph("本期统计“" + b.campaignName() + "”" + ChinesePdf.chineseDate(b.from()) + "至" + ChinesePdf.chineseDate(b.to())
                + "的工作情况；超期问题、逾期整改、方案报送和首次走访情况截至" + ChinesePdf.chineseDate(b.issuedOn()) + "。"
                + (b.coverage() == null ? "" : b.coverage() + "。"));
        Briefing.Problems p = b.problems();
        ProblemCounts all = p.cumulative();
        String sinceStart = all.collected() == 0 ? "活动开展以来尚未收集到企业问题。"
                : "活动开展以来累计收集企业问题" + count(all.collected()) + "个，已化解" + count(all.resolved()) + "个、销号" + count(all.closed())
                + "个，化解率" + percent(all.resolved(), all.collected()) + "，销号率" + percent(all.closed(), all.collected()) + "。";
        List<Map.Entry<String, String>> figures = new ArrayList<>();
        if (b.quiet()) {
            pdf.paragraph("本月没有新收集的企业问题，也没有走访、方案报送、督查发现和整改记录。" + sinceStart);
        } else {
            ProblemCounts m = p.month();
            pdf.paragraph((m.collected() == 0 ? "本月没有新收集的企业问题" : "本月新收集企业问题" + count(m.collected()) + "个，其中已化解"
                    + count(m.resolved()) + "个、销号" + count(m.closed()) + "个") + "；本月办结问题" + count(p.resolvedInMonth()) + "个（含以前月份收集的问题）。"
                    + sinceStart);
            if (m.collected() > 0) {
                figures.add(Map.entry("本月收集问题", count(m.collected())));
                figures.add(Map.entry("本月问题化解率", percent(m.resolved(), m.collected())));
                figures.add(Map.entry("本月问题销号率", percent(m.closed(), m.collected())));
            }
            figures.add(Map.entry("本月办结问题", count(p.resolvedInMonth())));
            figures.add(Map.entry("本月走访（次）", count(b.visits().visits())));
            figures.add(Map.entry("本月报送方案（份）", count(b.plans().filed())));
            figures.add(Map.entry("本月督查发现问题", count(b.inspection().findings())));
        }
        if (all.collected() > 0) {
            figures.add(Map.entry("累计收集问题", count(all.collected())));
            figures.add(Map.entry("累计化解率", percent(all.resolved(), all.collected())));
            figures.add(Map.entry("累计销号率", percent(all.closed(), all.collected())));
        }
        figures.add(Map.entry("超期未办结问题（截至成文日）", count(p.overdue())));
        pdf.figures(figures);
    }

    private static void problems(ChinesePdf pdf, Briefing b) {
        pdf.subheading("二、问题办理");
        List<UnitLine> handling = b.units().stream().filter(u -> u.cumulative().collected() > 0 || u.overdueProblems() > 0)
                .sorted(Comparator.comparing((UnitLine u) -> u.code() == null)
                        .thenComparing(u -> u.cumulative().resolutionRate(), Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(Comparator.comparingLong((UnitLine u) -> u.cumulative().collected()).reversed())
                        .thenComparing(UnitLine::name))
                .toList();
        if (handling.isEmpty()) {
            pdf.paragraph("活动开展以来尚未收集到企业问题，暂无问题办理情况。");
            return;
        }
        pdf.paragraph("各责任单位（主办）问题办理情况见下表，按活动开展以来的问题化解率从高到低排序，化解率相同的按累计收集问题数从多到少排序；"
                + "“累计”自活动开始之日起算，化解率、销号率按收集问题数计算，“—”表示没有问题可计算；“超期”为截至成文日的超期未办结问题。"
                + limited(handling.size()));
        pdf.table(PROBLEM_HEADER, numbered(handling, u -> List.of(u.name(), count(u.collectedInMonth()), count(u.resolvedInMonth()),
                count(u.cumulative().collected()), percent(u.cumulative().resolved(), u.cumulative().collected()),
                percent(u.cumulative().closed(), u.cumulative().collected()), count(u.overdueProblems()))), PROBLEM_WIDTHS);
    }

    private static void visitsAndPlans(ChinesePdf pdf, Briefing b) {
        pdf.subheading("三、走访与方案");
        Briefing.Visits v = b.visits();
        String visits = v.visits() == 0 ? "本月没有走访记录。"
                : "本月各单位走访帮扶对象" + count(v.visits()) + "次（联合走访计一次），参与走访的单位" + count(v.units()) + "个，走访到的帮扶对象"
                + count(v.targets()) + "个，占现有帮扶对象" + count(v.assignedTargets()) + "个的" + percent(v.targets(), v.assignedTargets()) + "。";
        String firstVisits = v.targetsNotVisited() == 0 ? "截至成文日，各单位均已在首次走访期限内走访或尚在期限内。"
                : "截至成文日，有" + count(v.unitsNotVisiting()) + "个单位超过首次走访期限仍未走访其帮扶对象，共涉及" + count(v.targetsNotVisited())
                + "个单位与帮扶对象的结对。";
        pdf.paragraph(visits + firstVisits);
        Briefing.Plans p = b.plans();
        String filed = p.filed() == 0 ? "本月没有新报送的帮扶方案。" : "本月新报送帮扶方案" + count(p.filed()) + "份。";
        String missing;
        if (p.missing() == 0) {
            missing = "截至成文日，帮扶对象的方案均已报送。";
        } else {
            missing = "截至成文日，尚有" + count(p.missing()) + "个帮扶对象的方案未报送或被退回修改"
                    + (p.deadline() == null ? "。" : p.late(b.issuedOn())
                    ? "，已超过" + ChinesePdf.chineseDate(p.deadline()) + "的报送期限。"
                    : "，报送期限为" + ChinesePdf.chineseDate(p.deadline()) + "。");
        }
        pdf.paragraph(filed + missing);
    }

    private static void inspection(ChinesePdf pdf, Briefing b) {
        pdf.subheading("四、督查发现与整改");
        Briefing.Inspection i = b.inspection();
        StringBuilder text = new StringBuilder();
        if (i.findings() == 0 && i.issued() == 0 && i.closed() == 0) {
            text.append("本月没有督查发现和整改记录。");
        } else {
            text.append(i.findings() == 0 ? "本月督查没有新发现问题" : "本月督查发现问题" + count(i.findings()) + "个，其中严重" + count(i.serious())
                    + "个、较重" + count(i.major()) + "个、一般" + count(i.minor()) + "个");
            text.append("；下发整改" + count(i.issued()) + "项，经督查组核查整改销号" + count(i.closed()) + "项。");
        }
        text.append(i.overdue() == 0 ? "截至成文日，没有逾期未整改的事项。" : "截至成文日，逾期未整改" + count(i.overdue()) + "项。");
        pdf.paragraph(text.toString());
        List<UnitLine> lines = b.units().stream().filter(u -> u.code() != null && (u.findings() > 0 || u.overdueRectifications() > 0))
                .sorted(Comparator.comparingLong(UnitLine::seriousFindings).reversed()
                        .thenComparing(Comparator.comparingLong(UnitLine::findings).reversed())
                        .thenComparing(Comparator.comparingLong(UnitLine::overdueRectifications).reversed()).thenComparing(UnitLine::code))
                .toList();
        if (!lines.isEmpty()) {
            pdf.paragraph("涉及的单位见下表，按严重问题数、发现问题数、逾期未整改数从多到少排序。" + limited(lines.size()));
            pdf.table(INSPECTION_HEADER, numbered(lines, u -> List.of(u.name(), count(u.findings()), count(u.seriousFindings()),
                    count(u.overdueRectifications()))), INSPECTION_WIDTHS);
        }
    }

    private static void units(ChinesePdf pdf, Briefing b) {
        pdf.subheading("五、工作靠前的单位和需要加力的单位");
        pdf.paragraph("（一）工作靠前的单位。" + BriefingRanking.AHEAD_RULE);
        if (b.ahead().isEmpty()) {
            pdf.paragraph("本期没有符合上述条件的单位。");
        } else {
            pdf.table(AHEAD_HEADER, numbered(b.ahead(), u -> List.of(u.name(), count(u.cumulative().collected()),
                    percent(u.cumulative().resolved(), u.cumulative().collected()), percent(u.cumulative().closed(), u.cumulative().collected()),
                    count(u.visits()))), AHEAD_WIDTHS);
        }
        pdf.paragraph("（二）需要加力的单位。" + BriefingRanking.BEHIND_RULE + (b.behindTotal() > b.behind().size()
                ? "共" + count(b.behindTotal()) + "个单位，列前" + b.behind().size() + "个。" : ""));
        if (b.behind().isEmpty()) {
            pdf.paragraph("截至成文日，没有需要加力的单位。");
        } else {
            pdf.table(BEHIND_HEADER, numbered(b.behind(), u -> List.of(u.name(), count(u.overdueProblems()), count(u.overdueRectifications()),
                    count(u.targetsNotVisited()), count(u.plansMissing()))), BEHIND_WIDTHS);
        }
    }

    /** The first {@link #MAX_TABLE_ROWS} lines, each after its number from 1. */
    private static List<List<String>> numbered(List<UnitLine> lines, java.util.function.Function<UnitLine, List<String>> cells) {
        return IntStream.range(0, Math.min(lines.size(), MAX_TABLE_ROWS)).mapToObj(i -> {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(i + 1));
            row.addAll(cells.apply(lines.get(i)));
            return List.copyOf(row);
        }).toList();
    }

    private static String limited(int rows) {
        return rows > MAX_TABLE_ROWS ? "共" + count(rows) + "个单位，表中列前" + MAX_TABLE_ROWS + "个，其余见问题台账看板。" : "";
    }

    /** "2026年11月". */
    static String monthText(YearMonth month) {
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** A count with thousands separated as the seeds print them: "2,184". */
    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The ledger's percentage: one decimal from the exact ratio, "—" with nothing to count. */
    static String percent(long part, long whole) {
        return ProblemCounts.percent(part, whole);
    }
}
