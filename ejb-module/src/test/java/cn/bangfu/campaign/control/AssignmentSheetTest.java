package cn.bangfu.campaign.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.bangfu.campaign.entity.AssignmentRow;
import cn.bangfu.campaign.entity.Fixture;
import cn.bangfu.campaign.entity.MatrixRow;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class AssignmentSheetTest {

    private static MatrixRow assigned() {
        var a = Fixture.assignment(Fixture.threeToOne(), Fixture.SHOES, Fixture.ZHANG, Fixture.GXJ, List.of(Fixture.FGJ, Fixture.SWJ),
                LocalDate.of(2026, 3, 1));
        return new MatrixRow(Fixture.SHOES.getId(), TargetRef.of(Fixture.SHOES), "C", a.data());
    }

    private static MatrixRow unassigned() {
        return new MatrixRow(Fixture.MACHINES.getId(), TargetRef.of(Fixture.MACHINES), "C", null);
    }

    @Test
    void theTemplateHasTheFixedColumnsAndOneColumnPerCoUnit() {
        try (XSSFWorkbook wb = open(AssignmentSheet.template("联手帮扶", 2))) {
            assertEquals(List.of("序号", "企业名称", "统一社会信用代码", "联系县领导", "牵头单位", "配合单位1", "配合单位2", "生效日期", "牵头单位第一责任人",
                    "牵头单位联系人/电话", "配合单位1第一责任人", "配合单位1联系人/电话", "配合单位2第一责任人", "配合单位2联系人/电话"),
                    cells(wb.getSheetAt(0).getRow(0)));
            assertEquals(AssignmentSheet.DATA_SHEET, wb.getSheetName(0));
            assertEquals(AssignmentSheet.HELP_SHEET, wb.getSheetName(1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anExportShowsNamesHeadsAndContactsLeavesTheEffectiveDateEmptyAndReadsBackAsRows() {
        byte[] xlsx = AssignmentSheet.export("联手帮扶", 2, List.of(assigned(), unassigned()));
        try (XSSFWorkbook wb = open(xlsx)) {
            List<String> row = cells(wb.getSheetAt(0).getRow(1));
            assertEquals(Arrays.asList("1", "湖南赛雅特鞋业有限公司", Fixture.SHOES.getCreditCode(), "张卫东", "平江县工业和信息化局", "平江县发展和改革局",
                    "平江县商务局", null, "平江局长", "陈晓东 13907302002", "平江局长", "周敏 13907302001", "平江局长", "联系人 0730-6221001"), row);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AssignmentRow> rows = AssignmentSheet.read(xlsx, 2);
        assertEquals(List.of(
                new AssignmentRow(2, "湖南赛雅特鞋业有限公司", Fixture.SHOES.getCreditCode(), "张卫东", "平江县工业和信息化局",
                        List.of("平江县发展和改革局", "平江县商务局"), null),
                new AssignmentRow(3, "湖南福坤机械有限公司", Fixture.MACHINES.getCreditCode(), null, null, Arrays.asList(null, null))), rows);
        assertEquals(true, rows.get(1).undecided());
    }

    @Test
    void aFileForAnotherNumberOfCoUnitsIsRefusedAtItsHeader() {
        byte[] twoCoUnits = AssignmentSheet.export("联手帮扶", 2, List.of(assigned()));
        ImportRejectedException three = assertThrows(ImportRejectedException.class, () -> AssignmentSheet.read(twoCoUnits, 3));
        assertEquals(List.of(FieldError.of("file", "assignment.import.header.coUnits", "F", 3).at(1, "H")), three.errors());
        ImportRejectedException one = assertThrows(ImportRejectedException.class, () -> AssignmentSheet.read(twoCoUnits, 1));
        assertEquals(List.of(FieldError.of("file", "assignment.import.header.coUnits", "F", 1).at(1, "G")), one.errors());
    }

    @Test
    void aWrongHeaderOrNoRowsIsRefused() {
        byte[] renamed = edit(AssignmentSheet.template("x", 2), s -> put(s.getRow(0), 3, "领导"));
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> AssignmentSheet.read(renamed, 2));
        assertEquals(List.of(FieldError.of("file", "import.header.mismatch", "D", "联系县领导").at(1, "D")), e.errors());
        ImportRejectedException empty = assertThrows(ImportRejectedException.class, () -> AssignmentSheet.read(AssignmentSheet.template("x", 2), 2));
        assertEquals(List.of(FieldError.of("file", "import.file.empty")), empty.errors());
    }

    @Test
    void theEffectiveDateIsReadFromADateCellAsIsoAndFromTextAsWritten() {
        byte[] xlsx = edit(AssignmentSheet.template("x", 2), s -> {
            CellStyle chineseShortDate = s.getWorkbook().createCellStyle();
            chineseShortDate.setDataFormat(s.getWorkbook().createDataFormat().getFormat("yyyy/m/d"));
            CellStyle excelShortDate = s.getWorkbook().createCellStyle();
            excelShortDate.setDataFormat((short) 14);
            Object[][] rows = {{"2026-03-01"}, {"2026/3/1"}, {"2026年3月1日"}, {"明天"}, {chineseShortDate}, {excelShortDate}, {null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                Workbooks.fill(row, null, "企业" + r, Fixture.SHOES.getCreditCode(), "张卫东", "pj-gxj", "pj-fgj", "pj-swj");
                if (rows[r][0] instanceof String text) {
                    row.createCell(7).setCellValue(text);
                } else if (rows[r][0] instanceof CellStyle style) {
                    row.createCell(7).setCellValue(LocalDate.of(2026, 3, 1));
                    row.getCell(7).setCellStyle(style);
                }
            }
        });
        assertEquals(Arrays.asList("2026-03-01", "2026/3/1", "2026年3月1日", "明天", "2026-03-01", "2026-03-01", null),
                AssignmentSheet.read(xlsx, 2).stream().map(AssignmentRow::validFrom).toList());
    }

    @Test
    void aSheetWithoutTheDateColumnStillReadsEveryRowWithoutADate() {
        // As the template was before 生效日期: the co-units, then the export-only columns.
        byte[] old = Workbooks.xlsx(
                new Object[] {"序号", "企业名称", "统一社会信用代码", "联系县领导", "牵头单位", "配合单位1", "配合单位2", "牵头单位第一责任人"},
                new Object[] {"1", "鞋业", Fixture.SHOES.getCreditCode(), "张卫东", "pj-gxj", "pj-fgj", "pj-swj", "平江局长"});
        assertEquals(List.of(new AssignmentRow(2, "鞋业", Fixture.SHOES.getCreditCode(), "张卫东", "pj-gxj", List.of("pj-fgj", "pj-swj"))),
                AssignmentSheet.read(old, 2));
        byte[] bare = Workbooks.xlsx(new Object[] {"序号", "企业名称", "统一社会信用代码", "联系县领导", "牵头单位", "配合单位1", "配合单位2"},
                new Object[] {"1", "鞋业", Fixture.SHOES.getCreditCode(), "张卫东", "pj-gxj", "pj-fgj", "pj-swj"});
        assertEquals(null, AssignmentSheet.read(bare, 2).get(0).validFrom());
    }

    @Test
    void aDateColumnAnywhereButRightAfterTheCoUnitsIsRefusedNotIgnored() {
        byte[] moved = Workbooks.xlsx(
                new Object[] {"序号", "企业名称", "统一社会信用代码", "联系县领导", "牵头单位", "配合单位1", "配合单位2", "牵头单位第一责任人", "生效日期"},
                new Object[] {"1", "鞋业", Fixture.SHOES.getCreditCode(), "张卫东", "pj-gxj", "pj-fgj", "pj-swj", null, "2026-03-01"});
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> AssignmentSheet.read(moved, 2));
        assertEquals(List.of(FieldError.of("file", "assignment.import.header.validFrom", "H").at(1, "I")), e.errors());
        assertEquals("表头不对：\"生效日期\"应在第 H 列，紧接最后一个配合单位之后", Messages.text(Messages.CHINESE, e.errors().get(0)));
    }

    static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] edit(byte[] xlsx, Consumer<Sheet> change) {
        try (XSSFWorkbook wb = open(xlsx)) {
            change.accept(wb.getSheetAt(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one cell as typing over it in Excel would (POI's setCellValue keeps an inline string's old text). */
    static void put(Row row, int column, String value) {
        if (row.getCell(column) != null) {
            row.removeCell(row.getCell(column));
        }
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static List<String> cells(Row row) {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            cells.add(row.getCell(c) == null ? null : row.getCell(c).getStringCellValue());
        }
        return cells;
    }
}
