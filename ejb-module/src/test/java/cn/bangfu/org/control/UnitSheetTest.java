package cn.bangfu.org.control;

import static cn.bangfu.platform.control.Workbooks.xlsx;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UnitRow;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class UnitSheetTest {

    private static final Object[] HEADER = {"单位代码", "单位名称", "单位类型", "所在区划代码", "主要负责人", "联络人", "联系电话"};

    private static final UnitData GXJ = new UnitData("pj-gxj", "平江县工业和信息化局", "COUNTY_DEPARTMENT", "430626", "李明", "王芳", "0730-6221001", null, null);
    private static final UnitData WSZ = new UnitData("pj-wsz", "伍市镇人民政府", "TOWNSHIP", "430626101", null, "周洁", "13800138000", null, null);

    @Test
    void templateHasChineseHeaderTypeDropDownAndHelpSheet() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(UnitSheet.template())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertEquals("责任单位", sheet.getSheetName());
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals(java.util.stream.Stream.concat(java.util.stream.Stream.of(HEADER), java.util.stream.Stream.of("联系邮箱"))
                    .map(Object::toString).toList(), header, "the e-mail column came last, after the first template");
            assertTrue(sheet.getCellComment(new org.apache.poi.ss.util.CellAddress("A1")).getString().getString().startsWith("Unit code (required)"));
            assertTrue(sheet.getCellComment(new org.apache.poi.ss.util.CellAddress("G1")).getString().getString().startsWith("Contact phone (optional)"));

            List<? extends DataValidation> validations = sheet.getDataValidations();
            assertEquals(1, validations.size());
            DataValidation type = validations.get(0);
            assertEquals(DataValidationConstraint.ValidationType.LIST, type.getValidationConstraint().getValidationType());
            assertEquals(List.of("县直单位", "乡镇（街道）", "园区", "其他"), List.of(type.getValidationConstraint().getExplicitListValues()));
            assertEquals("C2", type.getRegions().getCellRangeAddress(0).formatAsString().split(":")[0]);

            Sheet help = workbook.getSheet("说明");
            assertNotNull(help, "second sheet 说明");
            String text = allText(help);
            for (String expected : List.of("单位代码", "联系电话", "县直单位", "COUNTY_DEPARTMENT", "乡镇（街道）", "TOWNSHIP", "园区", "PARK", "其他", "OTHER")) {
                assertTrue(text.contains(expected), "说明 mentions " + expected);
            }
        }
    }

    @Test
    void emptyTemplateReadsBackAsNoDataRows() {
        assertRejected(UnitSheet.template(), FieldError.of("file", "import.file.empty"));
    }

    @Test
    void filledInTemplateReadsAsTypedWithExcelRowNumbers() {
        byte[] file = Workbooks.edit(UnitSheet.template(), sheet -> {
            Workbooks.fill(sheet.createRow(1), " pj-gxj ", "平江县工业和信息化局", "县直单位", "430626", "李明", "王芳", "0730-6221001");
            Workbooks.fill(sheet.createRow(2), "", null, "  ");
            Workbooks.fill(sheet.createRow(3), "pj-wsz", "伍市镇人民政府", "乡镇(街道)", "430626101", null, "周洁", "13800138000");
            Workbooks.fill(sheet.createRow(4), "pj-gxq", "平江高新区", "park", "430626");
        });

        List<UnitRow> rows = UnitSheet.read(file);

        assertEquals(List.of(2, 4, 5), rows.stream().map(UnitRow::row).toList(), "blank row 3 is skipped, numbers as Excel shows them");
        assertEquals(new UnitData(" pj-gxj ", "平江县工业和信息化局", "COUNTY_DEPARTMENT", "430626", "李明", "王芳", "0730-6221001", null, null), rows.get(0).data());
        assertEquals("TOWNSHIP", rows.get(1).data().type(), "half-width brackets are the same type name");
        assertEquals("park", rows.get(2).data().type(), "a type code is passed on; UnitData accepts it in any case");
        assertTrue(rows.get(2).data().problems().isEmpty());
    }

    @Test
    void aSheetWithTheEmailColumnCarriesTheAddressesAndAnOlderOneSaysNothingOfThem() {
        byte[] current = Workbooks.edit(UnitSheet.template(), sheet -> Workbooks.fill(sheet.createRow(1), "pj-gxj", "平江县工业和信息化局", "县直单位",
                "430626", null, null, null, "gxj@pingjiang.gov.cn"));
        UnitRow row = UnitSheet.read(current).get(0);
        assertTrue(row.withEmail());
        assertEquals("gxj@pingjiang.gov.cn", row.data().contactEmail());

        UnitRow old = UnitSheet.read(xlsx(HEADER, new Object[] {"pj-gxj", "平江县工业和信息化局", "县直单位", 430626, null, null, null})).get(0);
        assertFalse(old.withEmail(), "a sheet of the first template, without the column, still imports");
        assertNull(old.data().contactEmail());
    }

    @Test
    void anExportCarriesTheAddresses() {
        UnitData withEmail = GXJ.withContactEmail("gxj@pingjiang.gov.cn");
        assertEquals(withEmail, UnitSheet.read(UnitSheet.export(List.of(withEmail))).get(0).data());
    }

    @Test
    void numbersTypedIntoCellsComeOutAsTheirDigits() {
        byte[] file = xlsx(HEADER,
                new Object[] {12345, "平江县财政局", "县直单位", 430626, null, null, 13800138000L},
                new Object[] {"pj-wsz", "伍市镇人民政府", "乡镇（街道）", 430626101, null, null, 7306221001.0});

        List<UnitRow> rows = UnitSheet.read(file);

        assertEquals("12345", rows.get(0).data().code());
        assertEquals("430626", rows.get(0).data().regionCode());
        assertEquals("13800138000", rows.get(0).data().contactPhone());
        assertEquals("430626101", rows.get(1).data().regionCode());
        assertEquals("7306221001", rows.get(1).data().contactPhone());
    }

    @Test
    void numbersInScientificOrDecimalFormatStillComeOutAsDigits() {
        byte[] file = Workbooks.edit(xlsx(HEADER, new Object[] {"pj-a", "甲", "其他", 430626, null, null, 13800138000L}), sheet -> {
            CellStyle scientific = sheet.getWorkbook().createCellStyle();
            scientific.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.00E+00"));
            sheet.getRow(1).getCell(3).setCellStyle(scientific);
            CellStyle decimals = sheet.getWorkbook().createCellStyle();
            decimals.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat("0.00"));
            sheet.getRow(1).getCell(6).setCellStyle(decimals);
        });
        assertEquals("4.31E+05", new DataFormatter().formatCellValue(Workbooks.open(file).getSheetAt(0).getRow(1).getCell(3)),
                "what Excel would show");

        UnitRow row = UnitSheet.read(file).get(0);

        assertEquals("430626", row.data().regionCode());
        assertEquals("13800138000", row.data().contactPhone());
    }

    @Test
    void englishHeaderIsAcceptedToo() {
        byte[] file = xlsx(new Object[] {"Unit code", "Unit name", "Unit type", "Region code", "Head (first responsible person)", "contact person", "Contact phone"},
                new Object[] {"pj-a", "甲", "其他", "430626"});
        assertEquals(1, UnitSheet.read(file).size());
    }

    @Test
    void fileThatIsNoWorkbookIsUnreadable() throws IOException {
        FieldError unreadable = FieldError.of("file", "import.file.unreadable");
        assertRejected(new byte[0], unreadable);
        assertRejected(null, unreadable);
        assertRejected("单位代码,单位名称,单位类型\npj-a,甲,其他\n".getBytes(StandardCharsets.UTF_8), unreadable);
        assertRejected(zipWith("hello.txt", "not a workbook"), unreadable);
        try (HSSFWorkbook old = new HSSFWorkbook()) {
            Workbooks.fill(old.createSheet().createRow(0), HEADER);
            ByteArrayOutputStream xls = new ByteArrayOutputStream();
            old.write(xls);
            assertRejected(xls.toByteArray(), unreadable);
        }
        byte[] truncated = java.util.Arrays.copyOf(UnitSheet.template(), 2000);
        assertRejected(truncated, unreadable);
    }

    @Test
    void workbookWithoutDataRowsIsEmpty() {
        FieldError empty = FieldError.of("file", "import.file.empty");
        assertRejected(xlsx(), empty);
        assertRejected(xlsx(HEADER), empty);
        assertRejected(xlsx(HEADER, new Object[] {"", " "}, null, new Object[] {null, null, null, null, null, null, null}), empty);
    }

    @Test
    void wrongHeaderNamesEachWrongColumn() {
        byte[] file = xlsx(new Object[] {"单位代码", "单位类型", "单位名称", "所在区划代码", "主要负责人", "联络人"},
                new Object[] {"pj-a", "其他", "甲", "430626"});

        List<FieldError> errors = rejection(file);

        assertEquals(List.of(
                        FieldError.of("name", "import.header.mismatch", "B", "单位名称").at(1, "B"),
                        FieldError.of("type", "import.header.mismatch", "C", "单位类型").at(1, "C"),
                        FieldError.of("contactPhone", "import.header.mismatch", "G", "联系电话").at(1, "G")),
                errors);
        assertEquals("表头不对：第 B 列应为\"单位名称\"，请使用下载的模板", Messages.text(Messages.CHINESE, errors.get(0)));
        assertEquals("Wrong header: column B must be \"单位名称\"; use the downloaded template", Messages.text(Locale.ENGLISH, errors.get(0)));
    }

    @Test
    void exportHasTheTemplateLayoutAndReadsBackAsTheSameUnits() throws IOException {
        byte[] file = UnitSheet.export(List.of(GXJ, WSZ));

        try (XSSFWorkbook workbook = Workbooks.open(file)) {
            Row first = workbook.getSheetAt(0).getRow(1);
            assertEquals("县直单位", first.getCell(2).getStringCellValue(), "types by their Chinese name, as the drop-down offers them");
            assertEquals("说明", workbook.getSheetName(1));
            assertEquals(1, workbook.getSheetAt(0).getDataValidations().size());
        }
        assertEquals(List.of(new UnitRow(2, GXJ), new UnitRow(3, WSZ)), UnitSheet.read(file));
    }

    @Test
    void provinceScaleExportOf20000UnitsReadsBackWhole() {
        byte[] file = UnitSheet.export(generated(20_000));

        List<UnitRow> rows = UnitSheet.read(file);

        assertEquals(20_000, rows.size());
        assertEquals(new UnitRow(20_001, unit(19_999)), rows.get(19_999));
    }

    @Test
    void moreRowsThanOneImportTakesAreRefused() {
        byte[] file = UnitSheet.export(generated(11));
        assertEquals(10, UnitSheet.read(UnitSheet.export(generated(10)), 10).size());

        List<FieldError> errors = assertThrows(ImportRejectedException.class, () -> UnitSheet.read(file, 10)).errors();

        assertEquals(List.of(FieldError.of("file", "import.file.tooManyRows", "10")), errors);
        assertEquals("文件超过 10 行数据，请分成几个文件导入", Messages.text(Messages.CHINESE, errors.get(0)));
    }

    /** Units made as they are written, so the test itself holds no list of them. */
    private static Iterable<UnitData> generated(int count) {
        return () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < count;
            }

            @Override
            public UnitData next() {
                return unit(i++);
            }
        };
    }

    private static UnitData unit(int i) {
        return new UnitData("u" + i, "单位" + i, "OTHER", "430626", "负责人" + i, null, "0730-" + (6000000 + i), null, null);
    }

    private static void assertRejected(byte[] file, FieldError expected) {
        assertEquals(List.of(expected), rejection(file));
    }

    private static List<FieldError> rejection(byte[] file) {
        return assertThrows(ImportRejectedException.class, () -> UnitSheet.read(file)).errors();
    }

    private static String allText(Sheet sheet) {
        StringBuilder text = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
        return text.toString();
    }

    private static byte[] zipWith(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
