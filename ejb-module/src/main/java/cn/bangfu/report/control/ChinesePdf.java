package cn.bangfu.report.control;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An official Chinese document on A4 (督查通报, 简报, 考评表), laid out after GB/T 9704-2012 as far as one sans-serif
 * font allows: its margins, 二号 heading, 三号 body with the first line indented two characters, 文号 over a red rule,
 * 落款 with the date in 阿拉伯数字, and "第 N 页" under every page.
 * <p>
 * Every method adds to the document in the order called and returns {@code this}; {@link #finish()} gives the bytes.
 * Null or blank text adds nothing, so a caller passes optional parts (a missing 文号, an unset date) without checks.
 * One instance builds one document on one thread; the font behind it is shared by all of them.
 * <p>
 * Text copied out of the PDF is the text put in, but for the few variant characters the font draws with one glyph
 * (壿 and 墫): a PDF maps each glyph back to one character, the first the document used.
 */
public final class ChinesePdf {

    /** Unpacked at build time from ph-fonts-noto-sans-sc (ejb-module/pom.xml), with its OFL.txt beside it. */
    static final String FONT_RESOURCE = "/fonts/NotoSansSC/NotoSansSC-Regular.ttf";
    static final String AUTHOR = "帮扶通";

    private static final float MM = 72f / 25.4f;
    // GB/T 9704-2012 5.2.1: 天头 37 mm, 订口 28 mm, and a 156 × 225 mm 版心 leaves 26 mm and 35 mm.
    private static final float TOP = 37 * MM;
    private static final float LEFT = 28 * MM;
    private static final float RIGHT = 26 * MM;
    private static final float BOTTOM = 35 * MM;
    // Chinese type sizes in points: 二号, 三号, 小四.
    private static final float TITLE_SIZE = 22f;
    private static final float BODY_SIZE = 16f;
    private static final float TABLE_SIZE = 12f;
    private static final float LINE_SPACING = 1.5f;
    private static final Color RED = new Color(0xCC, 0x00, 0x00);
    private static final Color HEADER_FILL = new Color(0xF2, 0xF2, 0xF2);
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?\\s*[%％‰]?");
    /** What a cell of a numeric column may hold instead of a number: nothing counted. */
    private static final Pattern NO_NUMBER = Pattern.compile("[-—–/／]*");

    private static volatile BaseFont font;

    private final String title;
    private final Document document;
    private final PdfWriter writer;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    // Font objects are mutable (colour, style), so each document has its own; the BaseFont under them is shared.
    private final Font titleFont;
    private final Font bodyFont;
    private final Font boldFont;
    private final Font redFont;
    private final Font tableFont;
    private final Font tableBoldFont;
    private boolean finished;

    private ChinesePdf(String title) {
        this.title = text(title);
        BaseFont base = font();
        titleFont = new Font(base, TITLE_SIZE, Font.BOLD, RED);
        bodyFont = new Font(base, BODY_SIZE, Font.NORMAL);
        boldFont = new Font(base, BODY_SIZE, Font.BOLD);
        redFont = new Font(base, BODY_SIZE, Font.NORMAL, RED);
        tableFont = new Font(base, TABLE_SIZE, Font.NORMAL);
        tableBoldFont = new Font(base, TABLE_SIZE, Font.BOLD);
        document = new Document(PageSize.A4, LEFT, RIGHT, TOP, BOTTOM);
        try {
            writer = PdfWriter.getInstance(document, out);
        } catch (DocumentException e) {
            throw failure(e);
        }
        writer.setPageEvent(new PageNumbers(new Font(base, TABLE_SIZE, Font.NORMAL)));
        // Browsers' PDF viewers then show "平江县…督查通报" in the tab, not the download's file name.
        writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString("zh-CN"));
        if (!this.title.isEmpty()) {
            document.addTitle(this.title);
        }
        document.addAuthor(AUTHOR);
        document.addCreator(AUTHOR);
        document.open();
    }

    /** A new A4 document whose metadata title is {@code title} (what a viewer shows, not printed on the page). */
    public static ChinesePdf a4(String title) {
        return new ChinesePdf(title);
    }

    /** The big centred title, red as a 红头: "平江县企业帮扶工作督查通报". */
    public ChinesePdf heading(String text) {
        String t = text(text);
        if (t.isEmpty()) {
            return this;
        }
        Paragraph p = block(t, titleFont, Element.ALIGN_CENTER);
        p.setLeading(0, 1.3f);
        p.setSpacingAfter(BODY_SIZE / 2);
        return add(p);
    }

    /** The 文号 centred under the heading ("平帮办通〔2026〕3号"), then the thin red rule across the page. */
    public ChinesePdf docNumber(String number) {
        String n = text(number);
        if (n.isEmpty()) {
            return this;
        }
        add(block(n, bodyFont, Element.ALIGN_CENTER));
        // A separator chunk carries U+FFFC, for which OpenPDF would embed Liberation Sans unless it has our font.
        Chunk rule = new Chunk(new LineSeparator(1f, 100f, RED, Element.ALIGN_CENTER, 0f));
        rule.setFont(redFont);
        Paragraph line = new Paragraph(rule);
        line.setLeading(BODY_SIZE / 2);
        line.setSpacingAfter(BODY_SIZE * LINE_SPACING);
        return add(line);
    }

    /** A first-level heading ("一、督查基本情况"): bold, indented like the body as GB/T 9704 has it. */
    public ChinesePdf subheading(String text) {
        String t = text(text);
        if (t.isEmpty()) {
            return this;
        }
        Paragraph p = block(t, boldFont, Element.ALIGN_LEFT);
        p.setFirstLineIndent(2 * BODY_SIZE);
        return add(p);
    }

    /**
     * Body text, justified, the first line indented two characters. Each line of {@code text} becomes a paragraph of its
     * own, so text typed into a form keeps its paragraphs; spaces the writer typed to indent (including 全角 ones) go.
     */
    public ChinesePdf paragraph(String text) {
        if (text == null) {
            return this;
        }
        for (String line : text.split("\\R")) {
            String t = text(line);
            if (!t.isEmpty()) {
                Paragraph p = block(t, bodyFont, Element.ALIGN_JUSTIFIED);
                p.setFirstLineIndent(2 * BODY_SIZE);
                add(p);
            }
        }
        return this;
    }

    /**
     * The summary figures as a small bordered table of label and value ("收集问题" | "2,184"), values to the right.
     * Entries whose label and value are both blank are left out, and so is the table when none is left.
     */
    public ChinesePdf figures(List<Map.Entry<String, String>> figures) {
        if (figures == null) {
            return this;
        }
        PdfPTable table = new PdfPTable(new float[] {3, 2});
        table.setWidthPercentage(70);
        table.setSpacingBefore(BODY_SIZE / 2);
        table.setSpacingAfter(BODY_SIZE / 2);
        for (Map.Entry<String, String> figure : figures) {
            if (figure == null || text(figure.getKey()).isEmpty() && text(figure.getValue()).isEmpty()) {
                continue;
            }
            table.addCell(cell(text(figure.getKey()), tableFont, Element.ALIGN_LEFT, null));
            table.addCell(cell(text(figure.getValue()), tableFont, Element.ALIGN_RIGHT, null));
        }
        return table.size() == 0 ? this : add(table);
    }

    /**
     * A bordered table whose header row repeats on every page it runs over. A column whose cells are all numbers
     * ("2,184", "98.9%", "—" for none) is aligned right so its digits line up; a table without rows says "无".
     *
     * @param relativeWidths one per column, or null for equal columns
     * @throws IllegalArgumentException when there is no column, or a row or the widths do not match the header
     */
    public ChinesePdf table(List<String> header, List<List<String>> rows, float[] relativeWidths) {
        if (header == null || header.isEmpty()) {
            throw new IllegalArgumentException("A table needs at least one column.");
        }
        int columns = header.size();
        if (relativeWidths != null && relativeWidths.length != columns) {
            throw new IllegalArgumentException(
                    "The table has " + columns + " columns but " + relativeWidths.length + " widths.");
        }
        List<List<String>> body = rows == null ? List.of() : rows;
        for (int r = 0; r < body.size(); r++) {
            if (body.get(r) == null || body.get(r).size() != columns) {
                throw new IllegalArgumentException("Row " + (r + 1) + " of the table does not have "
                        + columns + " cells: " + body.get(r));
            }
        }
        PdfPTable table = relativeWidths == null ? new PdfPTable(columns) : new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        table.setSpacingBefore(BODY_SIZE / 2);
        table.setSpacingAfter(BODY_SIZE / 2);
        table.setHeaderRows(1);
        for (String h : header) {
            table.addCell(cell(text(h), tableBoldFont, Element.ALIGN_CENTER, HEADER_FILL));
        }
        if (body.isEmpty()) {
            PdfPCell none = cell("无", tableFont, Element.ALIGN_CENTER, null);
            none.setColspan(columns);
            table.addCell(none);
            return add(table);
        }
        boolean[] numeric = numericColumns(body, columns);
        for (List<String> row : body) {
            for (int c = 0; c < columns; c++) {
                table.addCell(cell(text(row.get(c)), tableFont,
                        numeric[c] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT, null));
            }
        }
        return add(table);
    }

    /**
     * The 落款 after GB/T 9704-2012 7.3.5.3 (no seal): one line below the text, the organisation two characters from
     * the right, the date under it starting two characters further right; a date longer than that stays two characters
     * from the right and pushes the organisation left instead.
     */
    public ChinesePdf signature(String organisation, LocalDate date) {
        String org = text(organisation);
        String day = date == null ? "" : chineseDate(date);
        if (org.isEmpty() && day.isEmpty()) {
            return this;
        }
        float character = BODY_SIZE;
        float orgWidth = font().getWidthPoint(org, BODY_SIZE);
        float dayWidth = font().getWidthPoint(day, BODY_SIZE);
        if (org.isEmpty()) {
            return signatureLine(day, 2 * character, true);
        }
        float orgIndent = Math.max(2 * character, 4 * character + dayWidth - orgWidth);
        signatureLine(org, orgIndent, true);
        return day.isEmpty() ? this : signatureLine(day, orgIndent + orgWidth - 2 * character - dayWidth, false);
    }

    private ChinesePdf signatureLine(String text, float rightIndent, boolean first) {
        Paragraph p = block(text, bodyFont, Element.ALIGN_RIGHT);
        p.setIndentationRight(rightIndent);
        if (first) {
            p.setSpacingBefore(BODY_SIZE * LINE_SPACING);
        }
        return add(p);
    }

    /** The document as PDF bytes; the builder is spent afterwards. */
    public byte[] finish() {
        requireOpen();
        finished = true;
        if (writer.isPageEmpty()) {
            // OpenPDF refuses to close a document without a page; an empty circular still gets its one page.
            writer.setPageEmpty(false);
        }
        try {
            document.close();
        } catch (DocumentException e) {
            throw failure(e);
        }
        return out.toByteArray();
    }

    /** "2026年12月5日": the date as official documents write it (GB/T 9704-2012 7.3.5.1, Arabic numerals, no zeros). */
    public static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * The font, read once: 10 MB of TrueType that OpenPDF parses in a fraction of a second and then only reads. Each
     * PdfWriter keeps its own record of the glyphs used and writes its own subset from a private cursor over the shared
     * bytes, so documents on several threads share it safely.
     */
    static BaseFont font() {
        BaseFont f = font;
        if (f == null) {
            synchronized (ChinesePdf.class) {
                f = font;
                if (f == null) {
                    font = f = loadFont();
                }
            }
        }
        return f;
    }

    private static BaseFont loadFont() {
        byte[] bytes;
        try (InputStream in = ChinesePdf.class.getResourceAsStream(FONT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The PDF font " + FONT_RESOURCE + " is not on the class path: "
                        + "ejb-module's build unpacks it from ph-fonts-noto-sans-sc in generate-resources.");
            }
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("The PDF font " + FONT_RESOURCE + " could not be read", e);
        }
        try {
            return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, bytes,
                    null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("The PDF font " + FONT_RESOURCE + " is not a usable TrueType font: "
                    + e.getMessage(), e);
        }
    }

    /** Right-aligns a column only when every cell that says something is a number, so codes among names stay left. */
    private static boolean[] numericColumns(List<List<String>> rows, int columns) {
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            boolean anyNumber = false;
            boolean onlyNumbers = true;
            for (List<String> row : rows) {
                String v = text(row.get(c));
                if (NUMBER.matcher(v).matches()) {
                    anyNumber = true;
                } else if (!NO_NUMBER.matcher(v).matches()) {
                    onlyNumbers = false;
                    break;
                }
            }
            numeric[c] = anyNumber && onlyNumbers;
        }
        return numeric;
    }

    private static PdfPCell cell(String text, Font font, int alignment, Color fill) {
        PdfPCell cell = new PdfPCell(phrase(text, font));
        cell.setHorizontalAlignment(alignment);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setLeading(0, 1.3f);
        cell.setPadding(4f);
        cell.setPaddingBottom(6f);
        cell.setUseAscender(true);
        cell.setBorderWidth(0.5f);
        if (fill != null) {
            cell.setBackgroundColor(fill);
        }
        return cell;
    }

    private static Paragraph block(String text, Font font, int alignment) {
        Paragraph p = new Paragraph(LINE_SPACING * font.getSize(), chunk(text, font));
        p.setAlignment(alignment);
        return p;
    }

    private static Phrase phrase(String text, Font font) {
        return text.isEmpty() ? new Phrase() : new Phrase(chunk(text, font));
    }

    private static Chunk chunk(String text, Font font) {
        Chunk chunk = new Chunk(text, font);
        chunk.setSplitCharacter(LineBreaks.INSTANCE);
        return chunk;
    }

    /** Blank means nothing to print: null, spaces, or 全角 spaces a writer typed to indent. */
    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    private ChinesePdf add(Element element) {
        requireOpen();
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw failure(e);
        }
        return this;
    }

    private void requireOpen() {
        if (finished) {
            throw new IllegalStateException("The PDF " + quoted() + " is finished; start a new one with ChinesePdf.a4.");
        }
    }

    private IllegalStateException failure(DocumentException e) {
        return new IllegalStateException("The PDF " + quoted() + " could not be laid out: " + e.getMessage(), e);
    }

    private String quoted() {
        return title.isEmpty() ? "(untitled)" : "《" + title + "》";
    }

    /**
     * Where a Chinese line may break (避头尾): OpenPDF breaks after any ideograph, so a line could start with "，" or
     * "。" and end with "（"; here no line starts with closing punctuation and none ends with an opening one, and a line
     * may break after "，" (OpenPDF alone would not, as full-width commas are outside its CJK ranges).
     */
    static final class LineBreaks extends DefaultSplitCharacter {

        static final LineBreaks INSTANCE = new LineBreaks();
        private static final String NO_LINE_START = "，。、；：？！）》」』】〕〉”’…—·％,.;:?!)]}%";
        private static final String NO_LINE_END = "（《「『【〔〈“‘([{";

        @Override
        public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
            char c = getCurrentCharacter(current, cc, ck);
            if (current + 1 < end && NO_LINE_START.indexOf(getCurrentCharacter(current + 1, cc, ck)) >= 0) {
                return false;
            }
            if (NO_LINE_END.indexOf(c) >= 0) {
                return false;
            }
            if (NO_LINE_START.indexOf(c) >= 0 && c > 0xff) {
                return true;
            }
            if (Character.isLowSurrogate(c) && current > start && Character.isHighSurrogate(cc[current - 1])) {
                // CJK extension B and later (rare characters in names) sit outside the BMP ranges OpenPDF knows.
                return Character.isIdeographic(Character.toCodePoint(cc[current - 1], c));
            }
            return super.isSplitCharacter(start, current, end, cc, ck);
        }
    }

    /** "第 N 页" centred under the text block of every page, 7 mm below it as GB/T 9704 puts the page number. */
    private static final class PageNumbers extends PdfPageEventHelper {

        private final Font font;

        PageNumbers(Font font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            float x = (document.left() + document.right()) / 2;
            float y = document.bottom() - 7 * MM - font.getSize();
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                    new Phrase("第 " + writer.getPageNumber() + " 页", font), x, y, 0);
        }
    }
}
