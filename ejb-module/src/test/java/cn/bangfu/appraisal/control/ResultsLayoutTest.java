package cn.bangfu.appraisal.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.appraisal.entity.ResultsData;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The results on paper, read back as text: the ranking per unit type with grades in Chinese, the quota use, the rules, the day. */
class ResultsLayoutTest {

    private static final LocalDate DAY = LocalDate.of(2027, 2, 1);

    @Test
    void finalResultsCarryTheRankingPerUnitTypeTheQuotaUseTheRulesAndTheDay() throws IOException {
        String text = text(ResultsLayout.pdf(ResultsFixtures.results(true), DAY));
        assertTrue(text.startsWith(ResultsFixtures.SCHEME + "考评结果"), text);
        assertFalse(text.contains("初步结果"), "final results are not marked: " + text);
        assertTrue(text.contains("一、考评结果"), text);
        assertTrue(text.contains("（一）县直单位：共3个单位，优秀1个、良好1个、合格1个。"), text);
        assertTrue(text.contains("1pj-gxj平江县工业和信息化局95.5优秀否否已公布"), text);
        assertTrue(text.contains("2pj-swj平江县商务局92良好否是已公布"), "held back by the quota: " + text);
        assertTrue(text.contains("3pj-nyj平江县农业农村局85.25合格是否已定稿"), "vetoed: " + text);
        assertTrue(text.contains("（二）乡镇（街道）：共1个单位，不合格1个。"), text);
        assertTrue(text.contains("1pj-jyz平江县嘉义镇58不合格否否已复核"), "ranked within its own type: " + text);
        assertTrue(text.indexOf("二、名额使用情况") > text.indexOf("平江县嘉义镇"), text);
        assertTrue(text.contains("县直单位优秀11县直单位良好1不限"), text);
        assertTrue(text.indexOf("三、评定规则") > text.indexOf("二、名额使用情况"), text);
        assertTrue(text.contains("得分相同的，扣分少的在前；再相同的，按单位代码排列。"), text);
        assertTrue(text.contains("名额按该类单位数乘以比例向下取整、至少1个。"), text);
        assertTrue(text.endsWith("2027年2月1日"), "dated at the end: " + text);
    }

    @Test
    void provisionalResultsSaySoInTheHeadingAndUnderIt() throws IOException {
        String text = text(ResultsLayout.pdf(ResultsFixtures.results(false), DAY));
        assertTrue(text.startsWith(ResultsFixtures.SCHEME + "考评结果（初步结果）"), text);
        assertTrue(text.contains("以下为初步结果，排名和等次以审定公布的结果为准。"), text);
    }

    @Test
    void withoutPlacesTheTablesSayNoneAndTheRulesStillShow() throws IOException {
        String text = text(ResultsLayout.pdf(ResultsFixtures.hidden(), DAY));
        assertTrue(text.contains("暂无可以公布的考评结果"), text);
        String ranking = text.substring(text.indexOf("一、考评结果"), text.indexOf("二、名额使用情况"));
        assertTrue(ranking.endsWith("无") && !ranking.contains("pj-"), ranking);
        assertTrue(text.contains("单位类型等次单位数名额上限无"), text);
        assertTrue(text.contains("三、评定规则"), text);
        assertFalse(text.contains("（一）"), text);
    }

    @Test
    void theTablesLinesAreTheItemsInRankOrderInChinese() {
        assertEquals(List.of("2", "pj-swj", "平江县商务局", "92", "良好", "否", "是", "已公布"), ResultsLayout.rows(ResultsFixtures.ITEMS).get(1));
        assertEquals(List.of(List.of("县直单位", "优秀", "1", "1"), List.of("县直单位", "良好", "1", "不限")),
                ResultsLayout.quotaRows(ResultsFixtures.QUOTA_USE).subList(0, 2));
    }

    @Test
    void theRulesFollowTheSchemesQuotas() {
        String some = String.join("", GradingRulesText.of(new ResultsData.Rules(new BigDecimal("108"), new BigDecimal("96"), new BigDecimal("72.5"),
                15, 30), new BigDecimal("120")).stream().map(GradingRulesText.Rule::text).toList());
        assertTrue(some.contains("得分 108 分及以上为优秀，96 分及以上为良好，72.5 分及以上为合格，低于 72.5 分为不合格（满分 120 分）"), some);
        assertTrue(some.contains("优秀不超过该类单位数的 15%；良好不超过该类单位数的 30%"), some);
        assertTrue(some.contains("向下取整、至少 1 个"), some);
        String none = String.join("", GradingRulesText.of(new ResultsData.Rules(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("60"),
                0, 100), null).stream().map(GradingRulesText.Rule::text).toList());
        assertTrue(none.contains("不评优秀；良好不限名额"), none);
        assertFalse(none.contains("向下取整"), "no quota to round: " + none);
        assertFalse(none.contains("满分"), none);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // In reading order: OpenPDF writes a table's text after the paragraphs around it.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).replaceAll("[\\s\\u00a0]+", "").replaceAll("第\\d+页", "");
        }
    }
}
