package cn.bangfu.platform.control;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** The help sheet of an import spreadsheet, written from the top one line at a time. */
public final class HelpSheet {

    private final Sheet sheet;
    private final CellStyle heading;
    private final CellStyle text;
    private int next;

    HelpSheet(Sheet sheet, CellStyle heading, CellStyle text) {
        this.sheet = sheet;
        this.heading = heading;
        this.text = text;
    }

    /** A line in bold on grey that heads what follows. */
    public void heading(String... values) {
        line(heading, values);
    }

    /** A line of wrapped text, one value per cell from column A. */
    public void line(String... values) {
        line(text, values);
    }

    /** Leaves a row empty between parts. */
    public void gap() {
        next++;
    }

    /** The table of the data sheet's columns: letter, title, English, whether required, help in both languages. */
    public void columns(SheetColumn[] columns) {
        heading("列 Column", "标题", "Title", "必填 Required", "说明", "Notes");
        for (SheetColumn column : columns) {
            line(column.letter(), column.title(), column.english(), column.required() ? "是 yes" : "否 no", column.help(),
                    column.helpEnglish());
        }
    }

    /** Notes as pairs of Chinese and English: the Chinese in column A, the English beside the columns' English notes. */
    public void notes(String[][] notes) {
        heading("注意", "", "", "", "Notes");
        for (String[] note : notes) {
            line(note[0], "", "", "", note[1]);
        }
    }

    /** The row the next line goes to, from 0. */
    public int nextRow() {
        return next;
    }

    /** The widths of columns A, B, … in characters. */
    public void widths(int... widths) {
        for (int c = 0; c < widths.length; c++) {
            sheet.setColumnWidth(c, widths[c] * 256);
        }
    }

    private void line(CellStyle style, String... values) {
        Row row = sheet.createRow(next++);
        for (int c = 0; c < values.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            cell.setCellValue(values[c]);
        }
    }
}
