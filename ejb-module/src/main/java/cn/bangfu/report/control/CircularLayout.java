package cn.bangfu.report.control;

import cn.bangfu.report.entity.CircularData;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A circular on paper: the title and 文号, then 一、督查基本情况 with the round's figures, 二、发现的主要问题 with the table
 * of findings by unit, 三、通报表扬, 四、通报批评, 五、下一步工作要求 (a section without text is left out), and the issuer's
 * 落款. A draft says so in its title, so a printed draft is never taken for the circular.
 */
public final class CircularLayout {

    static final List<String> HEADER = List.of("序号", "责任单位", "发现问题", "一般", "较重", "严重", "涉及检查事项", "已整改销号");
    private static final float[] WIDTHS = {6, 22, 9, 8, 8, 8, 26, 11};

    private CircularLayout() {
    }

    /** The PDF; {@code draftDay} dates a draft's 落款, a published circular carries the day it was published. */
    public static byte[] pdf(CircularData c, LocalDate draftDay) {
        boolean draft = c.publishedOn() == null;
        String title = draft ? c.title() + "（草稿）" : c.title();
        ChinesePdf pdf = ChinesePdf.a4(title).heading(title).docNumber(c.docNumber());
        pdf.subheading("一、督查基本情况").paragraph(c.summary()).figures(List.of(
                Map.entry("督查对象", String.valueOf(c.figures().visits())),
                Map.entry("发现问题", String.valueOf(c.figures().findings())),
                Map.entry("其中严重问题", String.valueOf(c.figures().serious())),
                Map.entry("涉及单位", String.valueOf(c.figures().units())),
                Map.entry("已整改销号", String.valueOf(c.figures().rectified()))));
        pdf.subheading("二、发现的主要问题").table(HEADER, rows(c.rows()), WIDTHS);
        section(pdf, "三、通报表扬", c.praise());
        section(pdf, "四、通报批评", c.criticism());
        section(pdf, "五、下一步工作要求", c.requirements());
        return pdf.signature(c.issuer(), draft ? draftDay : c.publishedOn()).finish();
    }

    /** The table's lines as text, numbered from 1. */
    public static List<List<String>> rows(List<CircularData.Row> rows) {
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> {
            CircularData.Row r = rows.get(i);
            return List.of(String.valueOf(i + 1), r.unitName(), String.valueOf(r.findings()), String.valueOf(r.minor()), String.valueOf(r.major()),
                    String.valueOf(r.serious()), r.items(), String.valueOf(r.rectified()));
        }).toList();
    }

    private static void section(ChinesePdf pdf, String heading, String text) {
        if (text != null && !text.isBlank()) {
            pdf.subheading(heading).paragraph(text);
        }
    }
}
