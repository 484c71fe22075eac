package cn.bangfu.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes an import spreadsheet (.xlsx) in the layout {@link SheetReader} reads back: a data sheet
 * with one header row naming the {@link SheetColumn}s and one record per row below it, and a help
 * sheet. Rows are streamed, so an export of tens of thousands of records holds a few in memory.
 */
public final class SheetWriter {


    /** Rows SXSSF keeps in memory while writing; the rest are flushed to a temporary file. */
    private static final int WINDOW = 100;
    private static final int HEADER_ROW = 0;

    /** The title and text of a drop-down's error or prompt box. */
    public record Box(String title, String text) {
    }

    private final Workbook workbook;
    private final Styles styles;

    private SheetWriter(Workbook workbook) {
        this.workbook = workbook;
        this.styles = new Styles(workbook);
    }

    /** The bytes of the workbook {@code content} fills. */
    public static byte[] write(Consumer<SheetWriter> content) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            content.accept(new SheetWriter(workbook));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /**
     * A new sheet with the header row: the columns' titles, their English in comments
     * {@code commentRows} high, their widths, text cells below; the header stays in view.
     */
    public Sheet dataSheet(String name, SheetColumn[] columns, int commentRows) {
        Sheet sheet = workbook.createSheet(name);
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row row = sheet.createRow(HEADER_ROW);
        for (SheetColumn column : columns) {
            int c = column.ordinal();
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(column.title());
            // English readers find the column's meaning in the header's comment; the title itself stays the Chinese one the import checks.
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(HEADER_ROW);
            anchor.setRow2(HEADER_ROW + commentRows);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(column.english() + (column.required() ? " (required)" : " (optional)")
                    + "\n" + column.helpEnglish()));
            comment.setAuthor("Bangfu");
            cell.setCellComment(comment);
            sheet.setColumnWidth(c, column.width() * 256);
            sheet.setDefaultColumnStyle(c, styles.text);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
        return sheet;
    }

    /** One row per record below the header, in the order iterated; a null cell is left out. */
    public <T> void rows(Sheet sheet, Iterable<T> records, Function<T, String[]> cells) {
        values(sheet, records, cells::apply);
    }

    /**
     * One row per record below the header, in the order iterated: a {@link Number} as a number Excel adds up,
     * anything else as its text; a null cell is left out. For reports, whose counts are figures, not codes.
     */
    public <T> void values(Sheet sheet, Iterable<T> records, Function<T, Object[]> cells) {
        int r = HEADER_ROW + 1;
        for (T record : records) {
            Row row = sheet.createRow(r++);
            Object[] values = cells.apply(record);
            for (int c = 0; c < values.length; c++) {
                if (values[c] instanceof Number n) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(styles.number);
                    cell.setCellValue(n.doubleValue());
                } else if (values[c] != null) {
                    Cell cell = row.createCell(c);
                    cell.setCellStyle(styles.text);
                    cell.setCellValue(values[c].toString());
                }
            }
        }
    }

    /** A drop-down on a column's data cells that refuses other values; {@code prompt} may be null for none. */
    public static void dropDown(Sheet sheet, DataValidationConstraint values, SheetColumn column, Box error, Box prompt) {
        int c = column.ordinal();
        DataValidation validation = sheet.getDataValidationHelper().createValidation(values,
                new CellRangeAddressList(HEADER_ROW + 1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), c, c));
        // For XSSF this shows the in-cell arrow: POI's flag is the inverse of its name here.
        validation.setSuppressDropDownArrow(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(error.title(), error.text());
        validation.setEmptyCellAllowed(true);
        if (prompt != null) {
            validation.setShowPromptBox(true);
            validation.createPromptBox(prompt.title(), prompt.text());
        }
        sheet.addValidationData(validation);
    }

    /** A new sheet that explains the data sheet, written line by line. */
    public HelpSheet helpSheet(String name) {
        return new HelpSheet(workbook.createSheet(name), styles.header, styles.wrap);
    }

    /** The few cell styles the workbook shares; every cell is text so Excel keeps codes and phone numbers as typed. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle number;
        final CellStyle wrap;

        Styles(Workbook workbook) {
            short textFormat = workbook.createDataFormat().getFormat("@");
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("0"));
            wrap = workbook.createCellStyle();
            wrap.setDataFormat(textFormat);
            wrap.setWrapText(true);
            wrap.setVerticalAlignment(VerticalAlignment.TOP);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setDataFormat(textFormat);
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
    }
}
