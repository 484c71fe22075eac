package cn.bangfu.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.EnterpriseRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class EnterpriseSheetTest {

    @Test
    void templateHasTheChineseHeaderDropDownsAndAHelpSheetListingTheIndustries() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(EnterpriseSheet.template())) {
            Sheet data = workbook.getSheetAt(0);
            assertEquals("企业", data.getSheetName());
            Row header = data.getRow(0);
            List<String> titles = new ArrayList<>();
            header.forEach(c -> titles.add(c.getStringCellValue()));
            assertEquals(List.of("统一社会信用代码", "企业名称", "所在区划代码", "行业门类", "规模类别（四上）", "所在园区", "地址", "法定代表人",
                    "联系人", "联系电话", "标签"), titles);
            assertTrue(header.getCell(0).getCellComment().getString().getString().startsWith("Unified social credit code (required)"));
            List<? extends DataValidation> validations = data.getDataValidations();
            assertEquals(2, validations.size());
            String industryList = validations.stream().filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 3)
                    .findFirst().orElseThrow().getValidationConstraint().getFormula1();
            Sheet help = workbook.getSheet("说明");
            // The drop-down lists the help sheet's twenty industry labels, A first and T last.
            String[] range = industryList.replace("'说明'!", "").replace("$", "").split(":");
            assertEquals("A 农、林、牧、渔业", help.getRow(Integer.parseInt(range[0].substring(1)) - 1).getCell(0).getStringCellValue());
            assertEquals("T 国际组织", help.getRow(Integer.parseInt(range[1].substring(1)) - 1).getCell(0).getStringCellValue());
            assertEquals(0, data.getLastRowNum());
        }
    }

    @Test
    void anExportReadsBackAsTheSameEnterprises() {
        List<EnterpriseData> stored = List.of(Pingjiang.shoes(), Pingjiang.building());

        List<EnterpriseRow> rows = EnterpriseSheet.read(EnterpriseSheet.export(stored));

        assertEquals(List.of(2, 3), rows.stream().map(EnterpriseRow::row).toList());
        assertEquals(stored, rows.stream().map(r -> r.data().normalised()).toList());
        assertEquals("C 制造业", EnterpriseSheet.cells(Pingjiang.shoes())[3]);
        assertEquals("规上工业", EnterpriseSheet.cells(Pingjiang.shoes())[4]);
        assertEquals("出口、鞋业", EnterpriseSheet.cells(Pingjiang.shoes())[10]);
    }

    @Test
    void cellsAreReadAsPeopleTypeThem() {
        byte[] file = Workbooks.edit(EnterpriseSheet.template(), sheet -> {
            Row row = sheet.createRow(1);
            Workbooks.put(row, 0, "９１４３０６２６ｍａ４ｌ０００１" + Pingjiang.SHOES.substring(16));
            Workbooks.put(row, 1, "湖南赛雅特鞋业有限公司");
            Workbooks.put(row, 2, 430626);
            Workbooks.put(row, 3, "制造业");
            Workbooks.put(row, 4, "规上工业");
            Workbooks.put(row, 9, 13800138000L);
            Workbooks.put(row, 10, "鞋业，出口; 外贸");
        });

        EnterpriseData d = EnterpriseSheet.read(file).get(0).data();

        assertEquals(List.of(), d.problems());
        EnterpriseData n = d.normalised();
        assertEquals(Pingjiang.SHOES, n.creditCode());
        assertEquals("430626", n.regionCode());
        assertEquals("C", n.industry());
        assertEquals(List.of("ABOVE_SCALE_INDUSTRY"), n.scaleFlags());
        assertEquals("13800138000", n.contactPhone());
        assertEquals(List.of("出口", "外贸", "鞋业"), n.tags());
    }

    @Test
    void aWrongHeaderNamesEachWrongColumn() {
        byte[] file = Workbooks.edit(EnterpriseSheet.export(List.of(Pingjiang.shoes())), sheet -> {
            Workbooks.put(sheet.getRow(0), 0, "信用代码");
            Workbooks.put(sheet.getRow(0), 3, "Industry (GB/T 4754 section)");
        });

        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> EnterpriseSheet.read(file));

        assertEquals(List.of(FieldError.of("creditCode", "import.header.mismatch", "A", "统一社会信用代码").at(1, "A")), e.errors());
    }

    @Test
    void aTemplateWithoutRowsAndAFileThatIsNoWorkbookAreRefusedAsAWhole() {
        ImportRejectedException empty = assertThrows(ImportRejectedException.class, () -> EnterpriseSheet.read(EnterpriseSheet.template()));
        assertEquals(List.of(FieldError.of("file", "import.file.empty")), empty.errors());
        ImportRejectedException junk = assertThrows(ImportRejectedException.class, () -> EnterpriseSheet.read("企业,名称".getBytes()));
        assertEquals(List.of(FieldError.of("file", "import.file.unreadable")), junk.errors());
    }
}
