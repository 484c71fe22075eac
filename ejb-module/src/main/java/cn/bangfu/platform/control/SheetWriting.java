package cn.bangfu.platform.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * What Bangfu's workbooks share when written: text cells (so Excel keeps codes and phone numbers as
 * typed), a bold grey header with an English comment per column, help lines. The import side is
 * {@link SheetReader}. (The unit and enterprise sheets predate it and keep their own copies.)
 */
public final class SheetWriting {

    private SheetWriting() {
    }

    /** The few cell styles one workbook shares. */
    public static final class Styles {
        public final CellStyle header;
        public final CellStyle text;
        public final CellStyle wrap;

        public Styles(Workbook workbook) {
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

    /**
     * Row 1: the Chinese titles the import checks, each with an English comment, column widths in
     * characters, text format for the whole column, and the header frozen.
     */
    public static void header(Workbook workbook, Sheet sheet, Styles styles, String[] titles, String[] comments, int[] widths) {
        CreationHelper helper = workbook.getCreationHelper();
        Drawing<?> drawing = sheet.createDrawingPatriarch();
        Row row = sheet.createRow(0);
        for (int c = 0; c < titles.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(styles.header);
            cell.setCellValue(titles[c]);
            if (comments[c] != null) {
                ClientAnchor anchor = helper.createClientAnchor();
                anchor.setCol1(c);
                anchor.setCol2(c + 3);
                anchor.setRow1(0);
                anchor.setRow2(5);
                Comment comment = drawing.createCellComment(anchor);
                comment.setString(helper.createRichTextString(comments[c]));
                comment.setAuthor("Bangfu");
                cell.setCellComment(comment);
            }
            sheet.setColumnWidth(c, widths[c] * 256);
            sheet.setDefaultColumnStyle(c, styles.text);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Writes text cells in one row; null values leave the cell empty. */
    public static void line(Row row, CellStyle style, String... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] != null) {
                Cell cell = row.createCell(c);
                cell.setCellStyle(style);
                cell.setCellValue(values[c]);
            }
        }
    }
}
