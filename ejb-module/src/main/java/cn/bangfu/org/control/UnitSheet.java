package cn.bangfu.org.control;

import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UnitRow;
import cn.bangfu.org.entity.UnitType;
import cn.bangfu.platform.control.SheetReader;
import cn.bangfu.platform.entity.ImportRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.DataValidation;
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
 * The unit spreadsheet (.xlsx): the import template, the export in the same layout (so an export
 * can be edited and imported again), and reading an upload back into rows. One header row, one
 * unit per row below it, columns as in {@link UnitColumn}; a second sheet explains the columns.
 */
public final class UnitSheet {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String DATA_SHEET = "责任单位";
    public static final String HELP_SHEET = "说明";
    /** Well above a province's 20,000 units, so any export can be imported again; beyond it, split the file. */
    public static final int MAX_ROWS = 50_000;

    /** Rows SXSSF keeps in memory while writing; the rest are flushed to a temporary file. */
    private static final int WINDOW = 100;
    private static final int HEADER_ROW = 0;

    private UnitSheet() {
    }

    public static byte[] template() {
        return export(List.of());
    }

    /** The units in template layout, written as they are iterated, so the iterable may page through the database. */
    public static byte[] export(Iterable<UnitData> units) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        try (workbook) {
            Styles styles = new Styles(workbook);
            Sheet sheet = workbook.createSheet(DATA_SHEET);
            header(workbook, sheet, styles);
            typeDropDown(sheet);
            int r = HEADER_ROW + 1;
            for (UnitData unit : units) {
                Row row = sheet.createRow(r++);
                String[] values = cells(unit);
                for (int c = 0; c < values.length; c++) {
                    if (values[c] != null) {
                        Cell cell = row.createCell(c);
                        cell.setCellStyle(styles.text);
                        cell.setCellValue(values[c]);
                    }
                }
            }
            help(workbook.createSheet(HELP_SHEET), styles);
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
     * The data rows of an uploaded workbook, blank rows left out, cells as text; the type converted
     * to its code when it is a Chinese type name. A file that is no workbook, has the wrong header
     * or no data rows is rejected as a whole.
     */
    public static List<UnitRow> read(byte[] xlsx) throws ImportRejectedException {
        return read(xlsx, MAX_ROWS);
    }

    /** @param maxRows the most data rows one import takes */
    static List<UnitRow> read(byte[] xlsx, int maxRows) {
        return SheetReader.read(xlsx, UnitColumn.values(), maxRows).stream()
                .map(r -> new UnitRow(r.number(), data(r.cells()))).toList();
    }

    /** A unit's cells in column order: all text, the type by its Chinese name. */
    static String[] cells(UnitData unit) {
        UnitType type = UnitData.unitType(unit.type());
        return new String[] {unit.code(), unit.name(), type == null ? unit.type() : type.chineseName(), unit.regionCode(),
            unit.headName(), unit.contactName(), unit.contactPhone()};
    }

    /** A row's cells as unit data: the type as its code when it is a Chinese type name, the rest as the user wrote it. */
    static UnitData data(String[] cells) {
        return new UnitData(cells[0], cells[1], typeCode(cells[2]), cells[3], cells[4], cells[5], cells[6], null);
    }

    /**
     * The type code for a Chinese type name, written with full- or half-width brackets; any other
     * text unchanged, so a type code passes and a wrong text is reported as the user wrote it.
     */
    private static String typeCode(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('(', '（').replace(')', '）');
        for (UnitType type : UnitType.values()) {
            if (type.chineseName().equals(t)) {
                return type.name();
            }
        }
        return text;
    }

    private static void header(Workbook workbook, Sheet sheet, Styles styles) {
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row row = sheet.createRow(HEADER_ROW);
        for (UnitColumn column : UnitColumn.values()) {
            int c = column.ordinal();
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(column.title());
            // English readers find the column's meaning in the header's comment; the title itself stays the Chinese one the import checks.
            ClientAnchor anchor = helper.createClientAnchor();
            anchor.setCol1(c);
            anchor.setCol2(c + 3);
            anchor.setRow1(HEADER_ROW);
            anchor.setRow2(HEADER_ROW + 5);
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

    private static void typeDropDown(Sheet sheet) {
        String[] names = Arrays.stream(UnitType.values()).map(UnitType::chineseName).toArray(String[]::new);
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int c = UnitColumn.TYPE.ordinal();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(names),
                new CellRangeAddressList(HEADER_ROW + 1, SpreadsheetVersion.EXCEL2007.getLastRowIndex(), c, c));
        // For XSSF this shows the in-cell arrow: POI's flag is the inverse of its name here.
        validation.setSuppressDropDownArrow(true);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("单位类型 Unit type", "请从列表中选择：" + String.join("、", names) + "\nChoose a type from the list.");
        validation.setShowPromptBox(true);
        validation.createPromptBox("单位类型", String.join("、", names));
        sheet.addValidationData(validation);
    }

    private static void help(Sheet sheet, Styles styles) {
        int r = 0;
        line(sheet.createRow(r++), styles.header, "责任单位导入模板说明", "How to fill in the unit import template");
        r++;
        line(sheet.createRow(r++), styles.header, "列 Column", "标题", "Title", "必填 Required", "说明", "Notes");
        for (UnitColumn column : UnitColumn.values()) {
            line(sheet.createRow(r++), styles.wrap, column.letter(), column.title(), column.english(),
                    column.required() ? "是 yes" : "否 no", column.help(), column.helpEnglish());
        }
        r++;
        line(sheet.createRow(r++), styles.header, "单位类型可选值", "代码 Code", "Unit type");
        for (UnitType type : UnitType.values()) {
            line(sheet.createRow(r++), styles.wrap, type.chineseName(), type.name(), english(type));
        }
        r++;
        line(sheet.createRow(r++), styles.header, "注意", "", "", "", "Notes");
        String[][] notes = {
            {"第 1 行是表头，请勿修改；每行填写一个单位，从第 2 行开始。", "Row 1 is the header; leave it as it is. One unit per row from row 2."},
            {"文件中只要有一处错误，就不会导入任何数据，并列出每处错误的行、列和原因。", "If any cell is wrong nothing is imported, and every wrong row, column and reason is listed."},
            {"已有的单位按文件整行更新：空白的选填项会清空原有内容。", "Existing units are updated from the whole row: an empty optional cell clears what was stored."},
            {"区划代码和电话按文本填写最稳妥；填成数字也能正确识别。", "Region codes and phone numbers are safest as text; numbers are read correctly too."},
        };
        for (String[] note : notes) {
            line(sheet.createRow(r++), styles.wrap, note[0], "", "", "", note[1]);
        }
        int[] widths = {18, 16, 22, 14, 60, 60};
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private static String english(UnitType type) {
        return switch (type) {
            case COUNTY_DEPARTMENT -> "County department";
            case TOWNSHIP -> "Township or subdistrict";
            case PARK -> "Industrial park";
            case OTHER -> "Other";
        };
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
