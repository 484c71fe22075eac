package cn.bangfu.web.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 对口联系企业安排表 files as an office fills them in, for the integration tests that import them: every cell typed as text. */
final class AssignmentSheets {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String[] HEADER = {"序号", "企业名称", "统一社会信用代码", "联系县领导", "牵头单位", "配合单位1", "配合单位2"};

    private AssignmentSheets() {
    }

    /** The header of a campaign with two co-units, then the rows. */
    static byte[] undated(String[][] rows) {
        return xlsx(HEADER, rows);
    }

    /** The same with the optional 生效日期 column after the co-units. */
    static byte[] dated(String[][] rows) {
        return xlsx(Stream.concat(Stream.of(HEADER), Stream.of("生效日期")).toArray(String[]::new), rows);
    }

    private static byte[] xlsx(String[] header, String[][] rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("对口联系企业安排表");
            fill(s.createRow(0), header);
            for (int r = 0; r < rows.length; r++) {
                fill(s.createRow(r + 1), rows[r]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(Row row, String[] cells) {
        for (int c = 0; c < cells.length; c++) {
            row.createCell(c).setCellValue(cells[c]);
        }
    }
}
