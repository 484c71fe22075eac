package cn.bangfu.platform.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks as users make them: typed into Excel, numbers as numbers, or edited from a downloaded file. */
public final class Workbooks {

    private Workbooks() {
    }

    /** A one-sheet workbook; row i of {@code rows} is Excel row i + 1. Strings become text cells, numbers numeric cells, null no cell. */
    public static byte[] xlsx(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int r = 0; r < rows.length; r++) {
                if (rows[r] != null) {
                    fill(sheet.createRow(r), rows[r]);
                }
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file after a user opened it, changed something and saved it. */
    public static byte[] edit(byte[] xlsx, Consumer<Sheet> change) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(workbook.getSheetAt(0));
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Replaces one cell as typing over it in Excel would. POI's own setCellValue keeps the old text of
     * an inline-string cell (as the export writes them) next to the new one, which no spreadsheet program does.
     */
    public static void put(Row row, int column, Object value) {
        if (row.getCell(column) != null) {
            row.removeCell(row.getCell(column));
        }
        Object[] values = new Object[column + 1];
        values[column] = value;
        fill(row, values);
    }

    public static void fill(Row row, Object... values) {
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
