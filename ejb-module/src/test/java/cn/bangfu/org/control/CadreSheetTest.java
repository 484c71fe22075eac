package cn.bangfu.org.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRow;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.FieldError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CadreSheetTest {

    static final Unit GXJ = new Unit(new UnitData("pj-gxj", "平江县工业和信息化局", "COUNTY_DEPARTMENT", "430626", null, null, null, null, null),
            Area.PINGJIANG);
    static final Unit WSZ = new Unit(new UnitData("pj-wsz", "伍市镇人民政府", "TOWNSHIP", "430626101", null, null, null, null, null), Area.WUSHI);
    static final Unit NEIGHBOUR = new Unit(new UnitData("yy-gxj", "岳阳县工业和信息化局", "COUNTY_DEPARTMENT", "430621", null, null, null, null, null),
            Area.YUEYANG_COUNTY);
    static final Map<String, Unit> UNITS = Map.of("pj-gxj", GXJ, "pj-wsz", WSZ, "yy-gxj", NEIGHBOUR);

    static CadreData leader() {
        return new CadreData(null, "李明", "pj-gxj", "副县长", "COUNTY_LEADER", "13800138000", null);
    }

    static CadreData staff() {
        return new CadreData(null, "周洁", "pj-wsz", null, "STAFF", null, null);
    }

    @Test
    void templateHasTheChineseHeaderARankDropDownAndAHelpSheet() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(CadreSheet.template())) {
            Sheet data = workbook.getSheetAt(0);
            assertEquals("干部", data.getSheetName());
            List<String> titles = new ArrayList<>();
            data.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
            assertEquals(List.of("姓名", "单位代码", "职务", "职级", "联系电话"), titles);
            assertEquals(List.of("县级领导", "科级干部", "一般干部"),
                    List.of(data.getDataValidations().get(0).getValidationConstraint().getExplicitListValues()));
            assertEquals(0, data.getLastRowNum());
            assertEquals("说明", workbook.getSheetAt(1).getSheetName());
        }
    }

    @Test
    void anExportReadsBackAsTheSameCadresWithTheRankByName() {
        List<CadreRow> rows = CadreSheet.read(CadreSheet.export(List.of(leader(), staff())));

        assertEquals(List.of(2, 3), rows.stream().map(CadreRow::row).toList());
        assertEquals("县级领导", rows.get(0).data().rank());
        assertEquals(List.of(leader(), staff()), rows.stream().map(r -> r.data().normalised()).toList());
    }

    @Test
    void everyBadCellIsReportedWithRowColumnAndMessageKey() {
        byte[] file = Workbooks.edit(CadreSheet.template(), sheet -> {
            Workbooks.fill(sheet.createRow(1), "李明", "pj-gxj", "副县长", "county_leader", 13800138000L);
            Workbooks.fill(sheet.createRow(2), null, "yy-gxj", null, "处级", "12345");
            Workbooks.fill(sheet.createRow(3), "李明", "pj-gxj", null, "科级干部", null);
            Workbooks.fill(sheet.createRow(4), "李明", "pj-wsz", null, "一般干部", null);
            Workbooks.fill(sheet.createRow(5), "王芳", "pj-none", null, null, null);
        });

        List<FieldError> errors = CadreImportCheck.problems(CadreSheet.read(file), Area.PINGJIANG_OFFICE, UNITS, Map.of());

        assertEquals(List.of(
                FieldError.of("name", "field.required").at(3, "A"),
                FieldError.of("unitCode", "unit.unknown", "yy-gxj").at(3, "B"),
                FieldError.of("rank", "cadre.rank.unknown", "处级").at(3, "D"),
                FieldError.of("phone", "phone.format").at(3, "E"),
                FieldError.of("name", "cadre.import.duplicateName", "李明", "2").at(4, "A"),
                FieldError.of("unitCode", "unit.unknown", "pj-none").at(6, "B"),
                FieldError.of("rank", "field.required").at(6, "D")), errors);
    }

    @Test
    void twoStoredCadresOfTheNameInTheUnitAreReportedAsAmbiguous() {
        List<Cadre> stored = List.of(new Cadre(leader(), GXJ), new Cadre(leader(), GXJ));

        List<FieldError> errors = CadreImportCheck.problems(CadreSheet.read(CadreSheet.export(List.of(leader()))), Area.PINGJIANG_OFFICE,
                UNITS, CadreImportCheck.byKey(stored));

        assertEquals(List.of(FieldError.of("name", "cadre.import.ambiguous", "2", "李明").at(2, "A")), errors);
    }
}
