package cn.bangfu.report.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.ledger.entity.ProblemCounts;
import cn.bangfu.report.entity.Briefing;
import cn.bangfu.report.entity.Briefing.UnitLine;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class BriefingLayoutTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private static final UnitLine GXJ = unit("pj-gxj", "平江县工业和信息化局", 4, 3, counts(2184, 2161, 2000), 0, 6, 0, 0, 0, 0, 0);
    private static final UnitLine SWJ = unit("pj-swj", "平江县商务局", 1, 0, counts(7, 5, 4), 2, 1, 2, 1, 1, 1, 0);
    private static final UnitLine FGJ = unit("pj-fgj", "平江县发展和改革局", 0, 1, counts(35, 35, 35), 0, 2, 0, 0, 0, 0, 0);
    private static final UnitLine UNROUTED = unit(null, "未交办", 2, 0, counts(3, 0, 0), 0, 0, 0, 0, 0, 0, 0);

    @Test
    void aMonthReadsAsABriefingWithItsSectionsUnitsAndFigures() throws IOException {
        String text = flat(text(BriefingLayout.pdf(november())));

        assertAll(
                () -> assertTrue(text.startsWith("企业帮扶工作简报第11期平江县企业帮扶工作领导小组办公室编2026年12月5日"), text),
                () -> assertTrue(text.contains("一、总体情况"), text),
                () -> assertTrue(text.contains("本期统计“2026年平江县联手帮扶企业和产业发展升级行动”2026年11月1日至2026年11月30日的工作情况"), text),
                () -> assertTrue(text.contains("本月新收集企业问题7个，其中已化解4个、销号3个；本月办结问题4个"), text),
                () -> assertTrue(text.contains("活动开展以来累计收集企业问题2,229个，已化解2,201个、销号2,039个，化解率98.7%，销号率91.5%。"), text),
                () -> assertTrue(text.contains("本月问题化解率57.1%"), text),
                () -> assertTrue(text.contains("二、问题办理"), text),
                // by resolution rate since the start: 发改局 100%, 工信局 98.9%, 商务局 71.4%; the unrouted problems last
                () -> assertTrue(text.contains("1平江县发展和改革局0135100.0%100.0%0"), text),
                () -> assertTrue(text.contains("2平江县工业和信息化局432,18498.9%91.6%0"), text),
                () -> assertTrue(text.contains("3平江县商务局10771.4%57.1%2"), text),
                () -> assertTrue(text.contains("4未交办2030.0%0.0%0"), text),
                () -> assertTrue(text.contains("三、走访与方案"), text),
                () -> assertTrue(text.contains("本月各单位走访帮扶对象9次（联合走访计一次），参与走访的单位3个，走访到的帮扶对象8个，占现有帮扶对象29个的27.6%。"), text),
                () -> assertTrue(text.contains("有1个单位超过首次走访期限仍未走访其帮扶对象"), text),
                () -> assertTrue(text.contains("本月新报送帮扶方案2份。截至成文日，尚有3个帮扶对象的方案未报送或被退回修改，已超过2026年3月31日的报送期限。"), text),
                () -> assertTrue(text.contains("四、督查发现与整改"), text),
                () -> assertTrue(text.contains("本月督查发现问题2个，其中严重1个、较重0个、一般1个；下发整改2项，经督查组核查整改销号1项。截至成文日，逾期未整改1项。"), text),
                () -> assertTrue(text.contains("1平江县商务局211"), text),
                () -> assertTrue(text.contains("五、工作靠前的单位和需要加力的单位"), text),
                () -> assertTrue(text.contains("按问题化解率从高到低排序"), text),
                // ahead: not behind and at least three problems; 商务局 is behind
                () -> assertTrue(text.contains("1平江县发展和改革局35100.0%100.0%2"), text),
                () -> assertTrue(text.contains("2平江县工业和信息化局2,18498.9%91.6%6"), text),
                () -> assertTrue(text.contains("1平江县商务局2110"), text),
                () -> assertFalse(text.contains("没有新收集的企业问题，也没有"), text),
                () -> assertFalse(text.contains("null"), text));
    }

    @Test
    void aMonthWithoutRecordsSaysSoInsteadOfPrintingZeros() throws IOException {
        Briefing quiet = new Briefing("2026年平江县联手帮扶企业和产业发展升级行动", "平江县", START, YearMonth.of(2026, 2), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), TODAY, null, new Briefing.Problems(ProblemCounts.NONE, 0, ProblemCounts.NONE, 0),
                new Briefing.Visits(0, 0, 0, 29, 0, 0), new Briefing.Plans(0, 0, LocalDate.of(2026, 3, 31)),
                new Briefing.Inspection(0, 0, 0, 0, 0, 0), List.of(), List.of(), List.of(), 0);

        String text = flat(text(BriefingLayout.pdf(quiet)));

        assertAll(
                () -> assertTrue(text.contains("第2期"), text),
                () -> assertTrue(text.contains("本月没有新收集的企业问题，也没有走访、方案报送、督查发现和整改记录。活动开展以来尚未收集到企业问题。"), text),
                () -> assertTrue(text.contains("活动开展以来尚未收集到企业问题，暂无问题办理情况。"), text),
                () -> assertTrue(text.contains("本月没有走访记录。"), text),
                () -> assertTrue(text.contains("本月没有新报送的帮扶方案。截至成文日，帮扶对象的方案均已报送。"), text),
                () -> assertTrue(text.contains("本月没有督查发现和整改记录。截至成文日，没有逾期未整改的事项。"), text),
                () -> assertTrue(text.contains("本期没有符合上述条件的单位。"), text),
                () -> assertTrue(text.contains("截至成文日，没有需要加力的单位。"), text),
                // no table of zeros: the only figure left is the one that is still worth a line
                () -> assertFalse(text.contains("本月收集问题"), text),
                () -> assertFalse(text.contains("序号"), text));
    }

    @Test
    void theTitleNamesTheRegionAndTheMonthAndTheIssueCountsFromTheCampaignsFirstMonth() throws IOException {
        Briefing b = november();
        try (PDDocument doc = Loader.loadPDF(BriefingLayout.pdf(b))) {
            assertEquals("平江县企业帮扶工作简报（2026年11月）", doc.getDocumentInformation().getTitle());
        }
        assertEquals(11, b.issue());
        assertEquals("平江县企业帮扶工作领导小组办公室", b.office());
    }

    @Test
    void aLeadersBriefingSaysWhatItCovers() throws IOException {
        Briefing b = november();
        Briefing led = new Briefing(b.campaignName(), b.regionName(), b.campaignStart(), b.month(), b.from(), b.to(), b.issuedOn(),
                "本期只统计您联系的帮扶对象", b.problems(), b.visits(), b.plans(), b.inspection(), b.units(), b.ahead(), b.behind(), b.behindTotal());

        assertTrue(flat(text(BriefingLayout.pdf(led))).contains("截至2026年12月5日。本期只统计您联系的帮扶对象。"));
    }

    @Test
    void aProvincesTablesStopAtAHundredUnitsAndSaySo() throws IOException {
        List<UnitLine> many = IntStream.range(0, 120).mapToObj(i -> unit(String.format("u%03d", i), String.format("第%03d单位", i), 0, 0, counts(3, 1, 0), 0, 0,
                0, 0, 0, 0, 0)).toList();
        Briefing b = november();
        Briefing province = new Briefing(b.campaignName(), b.regionName(), b.campaignStart(), b.month(), b.from(), b.to(), b.issuedOn(), null,
                b.problems(), b.visits(), b.plans(), b.inspection(), many, List.of(), List.of(), 0);

        String text = flat(text(BriefingLayout.pdf(province)));

        assertTrue(text.contains("共120个单位，表中列前100个，其余见问题台账看板。"), text);
        assertTrue(text.contains("100第099单位"), text);
        assertFalse(text.contains("101第"), text);
    }

    private static Briefing november() {
        List<UnitLine> units = List.of(FGJ, GXJ, SWJ, UNROUTED);
        List<UnitLine> behind = BriefingRanking.behind(units);
        return new Briefing("2026年平江县联手帮扶企业和产业发展升级行动", "平江县", START, NOVEMBER, NOVEMBER.atDay(1), NOVEMBER.atEndOfMonth(), TODAY,
                null, new Briefing.Problems(counts(7, 4, 3), 4, counts(2229, 2201, 2039), 2),
                new Briefing.Visits(9, 3, 8, 29, 1, 1), new Briefing.Plans(2, 3, LocalDate.of(2026, 3, 31)),
                new Briefing.Inspection(1, 0, 1, 2, 1, 1), units, BriefingRanking.ahead(units), behind, behind.size());
    }

    private static UnitLine unit(String code, String name, long collectedInMonth, long resolvedInMonth, ProblemCounts cumulative,
                                 long overdueProblems, long visits, long findings, long serious, long overdueRectifications, long notVisited,
                                 long plansMissing) {
        return new UnitLine(code, name, collectedInMonth, resolvedInMonth, cumulative, overdueProblems, visits, findings, serious,
                overdueRectifications, notVisited, plansMissing);
    }

    private static ProblemCounts counts(long collected, long resolved, long closed) {
        return new ProblemCounts(collected, resolved, closed, 0, 0, 0, 0);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // OpenPDF writes a table's text after the page's paragraphs: read it in the order a reader sees it
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /** Without the spaces (全角 ones too) and line breaks the layout puts between words, cells and lines. */
    private static String flat(String text) {
        return text.replaceAll("[\\s\u3000]", "");
    }
}
