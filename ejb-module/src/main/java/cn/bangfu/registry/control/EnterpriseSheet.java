package cn.bangfu.registry.control;

import cn.bangfu.platform.control.SheetReader;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.EnterpriseRow;
import cn.bangfu.registry.entity.Industry;
import cn.bangfu.registry.entity.ScaleFlag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
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
 * The enterprise spreadsheet (.xlsx): the import template, the export in the same layout (so an
 * export can be edited and imported again), and reading an upload back into rows. One header row,
 * one enterprise per row, columns as in {@link EnterpriseColumn}; drop-downs for the industry and
 * the scale category; a second sheet explains the columns and lists the industries.
 */
public final class EnterpriseSheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DATA_SHEET = "企业";
    public static final String HELP_SHEET = "说明";
    /** More than a province's 100,000 enterprises would not fit one sheet's comfort: split such files. */
    public static final int MAX_ROWS = 50_000;
    /** How several tags or flags share one cell when written; reading also takes commas and semicolons. */
    public static final String LIST_SEPARATOR = "、";

    private static final Pattern SEPARATORS = Pattern.compile("[、，,；;]");
    private static final int WINDOW = 100;
    private static final int HEADER_ROW = 0;

    private EnterpriseSheet() {
    }

    public static byte[] template() {
        return export(List.of());
    }

    /** The enterprises in template layout, written as they are iterated, so the iterable may page through the database. */
    public static byte[] export(Iterable<EnterpriseData> enterprises) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(DATA_SHEET);
            header(workbook, sheet, styles);
            int r = HEADER_ROW + 1;
            for (EnterpriseData enterprise : enterprises) {
                Row row = sheet.createRow(r++);
                String[] values = cells(enterprise);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        Cell cell = row.createCell(c);
                        cell.setCellStyle(styles.text);
                        cell.setCellValue(values[c]);
                    }
                }
            }
            int industriesFrom = help(workbook.createSheet(HELP_SHEET), styles);
            dropDowns(sheet, industriesFrom);
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
     * The data rows of an uploaded workbook, blank rows left out. A file that is no workbook, has the
     * wrong header or no data rows is rejected as a whole.
     */
    public static List<EnterpriseRow> read(byte[] xlsx) {
        return SheetReader.read(xlsx, EnterpriseColumn.values(), MAX_ROWS).stream()
                .map(r -> new EnterpriseRow(r.number(), data(r.cells()))).toList();
    }

    /** An enterprise's cells in column order, all text: the industry as "C 制造业", flags by their Chinese names. */
    static String[] cells(EnterpriseData e) {
        Industry industry = Industry.of(e.industry());
        List<String> flags = e.scaleFlags().stream().map(f -> ScaleFlag.of(f) == null ? f : ScaleFlag.of(f).chineseName()).toList();
        return new String[] {e.creditCode(), e.name(), e.regionCode(), industry == null ? e.industry() : industry.label(),
            joined(flags), e.park(), e.address(), e.legalRepresentative(), e.contactName(), e.contactPhone(), joined(e.tags())};
    }

    /** A row's cells as enterprise data, lists split at their separators; values otherwise as the user wrote them. */
    static EnterpriseData data(String[] cells) {
        return new EnterpriseData(cells[0], cells[1], cells[2], cells[3], split(cells[4]), cells[5], cells[6], cells[7], cells[8],
                cells[9], split(cells[10]), null);
    }

    private static List<String> split(String cell) {
        return cell == null ? List.of() : Arrays.stream(SEPARATORS.split(cell)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String joined(List<String> values) {
        return values.isEmpty() ? null : String.join(LIST_SEPARATOR, values);
    }

    private static void header(Workbook workbook, Sheet sheet, Styles styles) {
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row row = sheet.createRow(HEADER_ROW);
        for (EnterpriseColumn column : EnterpriseColumn.values()) {
            int c = column.ordinal();
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(column.title());
            // English readers find the column's meaning in the header's comment; the title itself stays the Chinese one the import checks.
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(HEADER_ROW);
            anchor.setRow2(HEADER_ROW + 6);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(helper.createRichTextString(column.english() + (column.required() ? " (required)" : " (optional)")
                    + "\n" + column.helpEnglish()));
            comment.setAuthor("Bangfu");
            cell.setCellComment(comment);
            sheet.setColumnWidth(c, column.width() * 256);
            sheet.setDefaultColumnStyle(c, styles.text);
        }
        sheet.createFreezePane(0, HEADER_ROW + 1);
    }

    /**
     * The industry drop-down lists the help sheet's industry labels (twenty labels are longer than
     * the 255 characters an explicit list may have); the scale category's four names fit in one.
     */
    private static void dropDowns(Sheet sheet, int industriesFrom) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        String range = "'" + HELP_SHEET + "'!$A$" + (industriesFrom + 1) + ":$A$" + (industriesFrom + Industry.values().length);
        validation(sheet, helper, helper.createFormulaListConstraint(range), EnterpriseColumn.INDUSTRY,
                "行业门类 Industry", "请从列表中选择行业门类。\nChoose a GB/T 4754 section from the list.");
        String[] flags = Arrays.stream(ScaleFlag.values()).map(ScaleFlag::chineseName).toArray(String[]::new);
        validation(sheet, helper, helper.createExplicitListConstraint(flags), EnterpriseColumn.SCALE_FLAGS,
                "规模类别 Scale category", "请从列表中选择，非四上企业留空：" + String.join("、", flags) + "\nChoose from the list or leave empty.");
    }

    private static void validation(Sheet sheet, DataValidationHelper helper, DataValidationConstraint constraint, EnterpriseColumn column,
                                   String title, String text) {
        int c = column.ordinal();
        DataValidation validation = helper.createValidation(constraint,
                new CellRangeAddressList(HEADER_ROW + 1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), c, c));
        // For XSSF this shows the in-cell arrow: POI's flag is the inverse of its name here.
        validation.setSuppressDropDownArrow(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox(title, text);
        validation.setEmptyCellAllowed(true);
        sheet.addValidationData(validation);
    }

    /** Writes the help sheet; returns the 0-based row of the first industry label, which the drop-down lists. */
    private static int help(Sheet sheet, Styles styles) {
        int r = 0;
        line(sheet.createRow(r++), styles.header, "企业导入模板说明", "How to fill in the enterprise import template");
        r++;
        line(sheet.createRow(r++), styles.header, "列 Column", "标题", "Title", "必填 Required", "说明", "Notes");
        for (EnterpriseColumn column : EnterpriseColumn.values()) {
            line(sheet.createRow(r++), styles.wrap, column.letter(), column.title(), column.english(),
                    column.required() ? "是 yes" : "否 no", column.help(), column.helpEnglish());
        }
        r++;
        line(sheet.createRow(r++), styles.header, "注意", "", "", "", "Notes");
        String[][] notes = {
            {"第 1 行是表头，请勿修改；每行填写一个企业，从第 2 行开始。", "Row 1 is the header; leave it as it is. One enterprise per row from row 2."},
            {"文件中只要有一处错误，就不会导入任何数据，并列出每处错误的行、列和原因。", "If any cell is wrong nothing is imported, and every wrong row, column and reason is listed."},
            {"已登记的企业按文件整行更新：空白的选填项会清空原有内容。同一文件导入两次，第二次不会改变任何数据。",
                "Registered enterprises are updated from the whole row: an empty optional cell clears what was stored. "
                    + "Importing the same file twice changes nothing the second time."},
            {"统一社会信用代码请按文本填写：填成数字时 Excel 只保留 15 位有效数字，代码会被改坏。",
                "Write credit codes as text: as a number Excel keeps only 15 significant digits and spoils the code."},
        };
        for (String[] note : notes) {
            line(sheet.createRow(r++), styles.wrap, note[0], "", "", "", note[1]);
        }
        r++;
        line(sheet.createRow(r++), styles.header, "行业门类（GB/T 4754-2017）", "Industry section");
        int first = r;
        for (Industry industry : Industry.values()) {
            line(sheet.createRow(r++), styles.wrap, industry.label(), industry.englishName());
        }
        r++;
        line(sheet.createRow(r++), styles.header, "规模类别", "代码 Code", "适用门类 Sections");
        for (ScaleFlag flag : ScaleFlag.values()) {
            line(sheet.createRow(r++), styles.wrap, flag.chineseName(), flag.name(), flag.sections());
        }
        int[] widths = {30, 40, 26, 14, 60, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        return first;
    }

    private static void line(Row row, CellStyle style, String... values) {
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            cell.setCellValue(values[c]);
        }
    }

    /** The few cell styles the workbook shares; every cell is text so Excel keeps codes and phone numbers as typed. */
    private static final class Styles {
        final CellStyle header;
        final CellStyle text;
        final CellStyle wrap;

        Styles(Workbook workbook) {
            short textFormat = workbook.createDataFormat().getFormat("@");
            text = workbook.createCellStyle();
            text.setDataFormat(textFormat);
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
