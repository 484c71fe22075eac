package cn.bangfu.report.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.report.entity.CircularData;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** A circular on paper, read back as text: what the office wrote and what the round found, in Chinese. */
class CircularLayoutTest {

    private static final CircularData.Figures FIGURES = new CircularData.Figures(26, 8, 3, 6, 2);
    private static final List<CircularData.Row> ROWS = List.of(
            new CircularData.Row("pj-swj", "平江县商务局", 2, 0, 0, 2, "涉企收费、不知道帮扶对象", 1),
            new CircularData.Row("pj-nyj", "平江县农业农村局", 1, 0, 0, 1, "拒绝督查", 0));

    @Test
    void aPublishedCircularCarriesItsTextTableAndDay() throws IOException {
        String text = text(CircularLayout.pdf(circular(LocalDate.of(2026, 4, 30), "平江县商务局等单位予以通报批评。"), LocalDate.of(2026, 12, 5)));
        assertTrue(text.contains("2026年4月全面督查情况通报"), text);
        assertFalse(text.contains("草稿"), "a published circular is not marked as a draft: " + text);
        assertTrue(text.contains("平江帮办通〔2026〕1号"), text);
        assertTrue(text.contains("一、督查基本情况") && text.contains("二、发现的主要问题") && text.contains("四、通报批评"), text);
        assertTrue(text.contains("平江县商务局") && text.contains("平江县农业农村局") && text.contains("拒绝督查"), text);
        assertTrue(text.contains("2026年4月30日"), "dated the day it was published: " + text);
        assertFalse(text.contains("2026年12月5日"), text);
        assertFalse(text.contains("三、通报表扬"), "a section without text is left out: " + text);
    }

    @Test
    void aDraftSaysSoAndIsDatedToday() throws IOException {
        String text = text(CircularLayout.pdf(circular(null, null), LocalDate.of(2026, 12, 5)));
        assertTrue(text.contains("2026年4月全面督查情况通报（草稿）"), text);
        assertTrue(text.contains("2026年12月5日"), text);
        assertFalse(text.contains("四、通报批评"), text);
    }

    @Test
    void theTableNumbersItsLinesInOrder() {
        assertEquals(List.of(List.of("1", "平江县商务局", "2", "0", "0", "2", "涉企收费、不知道帮扶对象", "1"),
                List.of("2", "平江县农业农村局", "1", "0", "0", "1", "拒绝督查", "0")), CircularLayout.rows(ROWS));
    }

    @Test
    void theDraftNamesTenUnitsAndCountsTheRest() {
        assertEquals("甲、乙", CircularDraft.names(List.of("甲", "乙")));
        List<String> twelve = List.of("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二");
        assertEquals("一、二、三、四、五、六、七、八、九、十等12个单位", CircularDraft.names(twelve));
        assertEquals("平江帮办通〔2026〕3号", CircularDraft.docNumber("平江县", 2026, 3));
        assertEquals("平江县企业帮扶工作领导小组办公室", CircularDraft.issuer("平江县"));
    }

    private static CircularData circular(LocalDate publishedOn, String criticism) {
        return new CircularData(1L, "pj-2026-lsbf", 2L, "2026年4月全面督查", "2026年4月全面督查情况通报", "平江帮办通〔2026〕1号",
                "平江县企业帮扶工作领导小组办公室", publishedOn == null ? "DRAFT" : "PUBLISHED", "督查共发现问题8个。", null, criticism,
                "各责任单位要逐项整改。", FIGURES, ROWS, publishedOn, false, 0);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        }
    }
}
