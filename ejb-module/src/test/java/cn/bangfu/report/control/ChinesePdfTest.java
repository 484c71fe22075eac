package cn.bangfu.report.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class ChinesePdfTest {

    private static final String ORGANISATION = "平江县企业帮扶工作领导小组办公室";
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    /** A4 width less the right margin of 26 mm: where the text block ends. */
    private static final float RIGHT_EDGE = 595.28f - 26 * 72f / 25.4f;

    @Test
    void aCircularReadsBackAsTheChineseThatWentIn() throws IOException {
        byte[] pdf = circular().finish();

        String text = flat(text(pdf));
        assertAll(
                () -> assertTrue(text.contains("平江县企业帮扶工作督查通报"), text),
                () -> assertTrue(text.contains("平帮办通〔2026〕3号"), text),
                () -> assertTrue(text.contains("一、督查基本情况"), text),
                () -> assertTrue(text.contains("4月8日至12日，县帮扶办组织4个督查组，对29家企业的三帮一工作开展了督查。"), text),
                () -> assertTrue(text.contains("收集问题2,184"), text),
                () -> assertTrue(text.contains("化解率98.9%"), text),
                () -> assertTrue(text.contains("序号责任单位问题数化解率"), text),
                () -> assertTrue(text.contains("1县工业和信息化局2,18498.9%"), text),
                () -> assertTrue(text.contains(ORGANISATION + "2026年12月5日"), text),
                () -> assertFalse(text.contains("null"), text));
    }

    @Test
    void theMetadataNamesTheDocumentAndBangfu() throws IOException {
        try (PDDocument doc = Loader.loadPDF(circular().finish())) {
            assertEquals("平江县企业帮扶工作督查通报（2026年第3期）", doc.getDocumentInformation().getTitle());
            assertEquals("帮扶通", doc.getDocumentInformation().getAuthor());
            assertEquals("zh-CN", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void everyFontIsTheEmbeddedSubsetOfNotoSansSc() throws IOException {
        byte[] pdf = circular().finish();

        List<String> fonts = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                    fonts.add(font.getName());
                }
            }
        }
        assertFalse(fonts.isEmpty());
        // No Helvetica or Liberation Sans slipped in (OpenPDF takes them for text or separators without a font).
        fonts.forEach(name -> assertTrue(name.matches("[A-Z]{6}\\+NotoSansSC-Regular.*"), name));
        // The subset, not the 10 MB font: a page of text stays small.
        assertTrue(pdf.length < 150_000, pdf.length + " bytes");
    }

    @Test
    void aLongTableRunsOverPagesWithItsHeaderOnEachAndThePagesNumbered() throws IOException {
        List<List<String>> rows = IntStream.rangeClosed(1, 200)
                .mapToObj(i -> List.of(Integer.toString(i), "第" + i + "号企业的问题：融资难、用工难，需协调解决", Integer.toString(i * 3)))
                .toList();
        byte[] pdf = ChinesePdf.a4("问题清单").heading("问题清单")
                .table(List.of("序号", "问题描述", "办理天数"), rows, new float[] {1, 6, 2}).finish();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, pages + " pages");
            for (int p = 1; p <= pages; p++) {
                String page = flat(pageText(doc, p));
                assertTrue(page.startsWith(p == 1 ? "问题清单序号问题描述办理天数" : "序号问题描述办理天数"), page);
                assertTrue(page.endsWith("第" + p + "页"), page);
            }
            String all = flat(new PDFTextStripper().getText(doc));
            assertTrue(all.contains("200第200号企业的问题：融资难、用工难，需协调解决600"), all);
        }
    }

    @Test
    void blankOrMissingTextPrintsNothing() throws IOException {
        byte[] pdf = ChinesePdf.a4(null)
                .heading(null).docNumber("  ").subheading("")
                .paragraph(null).paragraph("\u3000\u3000正文\n \n")
                .figures(List.of(Map.entry(" ", ""), new java.util.AbstractMap.SimpleEntry<>(null, null)))
                .figures(null)
                .signature(" ", null)
                .finish();

        assertEquals("正文第1页", flat(text(pdf)));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertEquals(null, doc.getDocumentInformation().getTitle());
        }
    }

    @Test
    void aTableCellWithoutTextIsEmptyAndATableWithoutRowsSaysNone() throws IOException {
        List<List<String>> rows = new ArrayList<>();
        rows.add(java.util.Arrays.asList("县发展和改革局", null));
        byte[] pdf = ChinesePdf.a4("t")
                .table(List.of("单位", "备注"), rows, null)
                .table(List.of("督查发现", "整改情况"), List.of(), null)
                .finish();

        assertEquals("单位备注县发展和改革局督查发现整改情况无第1页", flat(text(pdf)));
    }

    @Test
    void aNumericColumnIsAlignedRightAndATextColumnLeft() throws IOException {
        byte[] pdf = ChinesePdf.a4("t").table(List.of("责任单位", "问题数", "化解率"), List.of(
                List.of("县工业和信息化局", "2,184", "98.9%"),
                List.of("县商务局", "7", "—"),
                List.of("县市场监督管理局", "35", "100.0%")), new float[] {3, 2, 2}).finish();

        Glyphs glyphs = Glyphs.of(pdf);
        assertEquals(glyphs.right("2,184"), glyphs.right("7"), 0.5f);
        assertEquals(glyphs.right("2,184"), glyphs.right("35"), 0.5f);
        assertEquals(glyphs.right("98.9%"), glyphs.right("100.0%"), 0.5f);
        assertEquals(glyphs.left("县工业和信息化局"), glyphs.left("县商务局"), 0.5f);
        assertNotEquals(glyphs.right("县工业和信息化局"), glyphs.right("县商务局"), 0.5f);
    }

    @Test
    void aLongCellWrapsInsideItsColumn() throws IOException {
        String units = "县工业和信息化局（牵头），县商务局、县市场监督管理局（配合）";
        byte[] pdf = ChinesePdf.a4("t").table(List.of("责任单位", "办理情况"), List.of(List.of(units, "已办结")),
                new float[] {1, 3}).finish();

        Glyphs glyphs = Glyphs.of(pdf);
        float columnRight = 28 * 72f / 25.4f + (RIGHT_EDGE - 28 * 72f / 25.4f) / 4;
        List<TextPosition> cell = glyphs.of(units);
        assertTrue(cell.stream().map(TextPosition::getYDirAdj).distinct().count() >= 3, "lines of " + units);
        cell.forEach(g -> assertTrue(g.getXDirAdj() + g.getWidthDirAdj() <= columnRight, g + " beyond the column"));
        assertTrue(glyphs.left("已办结") > columnRight);
    }

    @Test
    void theSignatureStandsTwoCharactersFromTheRightWithTheDateTwoFurtherIn() throws IOException {
        byte[] pdf = ChinesePdf.a4("t").paragraph("特此通报。").signature(ORGANISATION, DAY).finish();

        Glyphs glyphs = Glyphs.of(pdf);
        assertEquals(RIGHT_EDGE - 2 * 16, glyphs.right(ORGANISATION), 0.5f);
        assertEquals(glyphs.left(ORGANISATION) + 2 * 16, glyphs.left("2026年12月5日"), 0.5f);
    }

    @Test
    void aDateLongerThanTheOrganisationStaysTwoCharactersFromTheRight() throws IOException {
        byte[] pdf = ChinesePdf.a4("t").signature("县帮扶办", DAY).finish();

        Glyphs glyphs = Glyphs.of(pdf);
        assertEquals(RIGHT_EDGE - 2 * 16, glyphs.right("2026年12月5日"), 0.5f);
        assertEquals(glyphs.left("县帮扶办") + 2 * 16, glyphs.left("2026年12月5日"), 0.5f);
    }

    @Test
    void datesAreWrittenWithoutLeadingZeros() {
        assertEquals("2026年12月5日", ChinesePdf.chineseDate(DAY));
        assertEquals("2027年1月10日", ChinesePdf.chineseDate(LocalDate.of(2027, 1, 10)));
    }

    @Test
    void noLineStartsWithAComma() throws IOException {
        // 2 characters of indent and 25 fill the first line but for the comma, which would start the second line.
        String text = "帮".repeat(25) + "，" + "扶".repeat(30) + "。";
        byte[] pdf = ChinesePdf.a4("t").paragraph(text).finish();

        List<String> lines = text(pdf).lines().map(ChinesePdfTest::flat).filter(l -> !l.isEmpty()).toList();
        assertEquals(List.of("帮".repeat(24), "帮，" + "扶".repeat(25), "扶".repeat(5) + "。", "第1页"), lines);
    }

    @Test
    void documentsBuiltAtOnceOnSeveralThreadsEachKeepTheirOwnText() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            // Each document draws 120 characters no other one uses, so each subset and its ToUnicode map differ.
            List<String> texts = IntStream.range(0, 8)
                    .mapToObj(k -> IntStream.range(0, 120).map(i -> 0x4E00 + k * 120 + i)
                            .mapToObj(Character::toString).collect(Collectors.joining()))
                    .toList();
            List<Future<byte[]>> pdfs = texts.stream()
                    .map(t -> pool.submit(() -> ChinesePdf.a4(t.substring(0, 5)).paragraph(t).finish())).toList();
            for (int k = 0; k < texts.size(); k++) {
                assertTrue(flat(text(pdfs.get(k).get())).startsWith(texts.get(k)), "document " + k);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEmptyDocumentIsOneNumberedPage() throws IOException {
        assertEquals("第1页", flat(text(ChinesePdf.a4("空").finish())));
    }

    @Test
    void misuseIsRefusedWithTheReason() {
        ChinesePdf pdf = ChinesePdf.a4("督查通报");
        IllegalArgumentException row = assertThrows(IllegalArgumentException.class,
                () -> pdf.table(List.of("单位", "问题数"), List.of(List.of("县商务局")), null));
        assertTrue(row.getMessage().contains("Row 1"), row.getMessage());
        assertThrows(IllegalArgumentException.class, () -> pdf.table(List.of("单位"), List.of(), new float[] {1, 2}));
        assertThrows(IllegalArgumentException.class, () -> pdf.table(List.of(), List.of(), null));
        pdf.finish();
        IllegalStateException again = assertThrows(IllegalStateException.class, pdf::finish);
        assertTrue(again.getMessage().contains("《督查通报》"), again.getMessage());
    }

    private static ChinesePdf circular() {
        return ChinesePdf.a4("平江县企业帮扶工作督查通报（2026年第3期）")
                .heading("平江县企业帮扶工作督查通报")
                .docNumber("平帮办通〔2026〕3号")
                .subheading("一、督查基本情况")
                .paragraph("4月8日至12日，县帮扶办组织4个督查组，对29家企业的三帮一工作开展了督查。")
                .figures(List.of(Map.entry("收集问题", "2,184"), Map.entry("化解率", "98.9%")))
                .subheading("二、存在的问题")
                .table(List.of("序号", "责任单位", "问题数", "化解率"), List.of(
                        List.of("1", "县工业和信息化局", "2,184", "98.9%"),
                        List.of("2", "县商务局", "7", "—")), new float[] {1, 4, 2, 2})
                .signature(ORGANISATION, DAY);
    }

    private static String text(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pageText(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    /** Without the spaces and line breaks the layout puts between words and lines. */
    private static String flat(String text) {
        return text.replaceAll("\\s", "");
    }

    /** The glyphs of a PDF in the order drawn, to measure where a piece of text starts and ends on the page. */
    private static final class Glyphs extends PDFTextStripper {

        private final List<TextPosition> positions = new ArrayList<>();
        private final StringBuilder drawn = new StringBuilder();

        static Glyphs of(byte[] pdf) throws IOException {
            Glyphs glyphs = new Glyphs();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                glyphs.getText(doc);
            }
            return glyphs;
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            positions.add(text);
            drawn.append(text.getUnicode().charAt(0));
            super.processTextPosition(text);
        }

        List<TextPosition> of(String s) {
            return positions.subList(start(s), start(s) + s.length());
        }

        float left(String s) {
            return positions.get(start(s)).getXDirAdj();
        }

        float right(String s) {
            TextPosition last = positions.get(start(s) + s.length() - 1);
            return last.getXDirAdj() + last.getWidthDirAdj();
        }

        private int start(String s) {
            int at = drawn.indexOf(s);
            assertTrue(at >= 0, s + " not drawn in " + drawn);
            return at;
        }
    }
}
