package cn.bangfu.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectData;
import cn.bangfu.registry.entity.KeyProjectRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class KeyProjectSheetTest {

    static final KeyProjectCategory INFRA = new KeyProjectCategory("INFRASTRUCTURE", "基础设施", "Infrastructure", 1);
    static final KeyProjectCategory INDUSTRY = new KeyProjectCategory("INDUSTRY", "产业", "Industry", 2);
    static final List<KeyProjectCategory> CATEGORIES = List.of(INFRA, INDUSTRY);

    static KeyProjectData road() {
        return new KeyProjectData(null, "平伍公路改造", "INFRASTRUCTURE", new BigDecimal("12000"), "430626", "平江县交通局", null);
    }

    static KeyProjectData park() {
        return new KeyProjectData(null, "伍市工业园标准厂房", "INDUSTRY", new BigDecimal("3500.5"), "430626101", null, null);
    }

    @Test
    void templateHasTheChineseHeaderACategoryDropDownAndAHelpSheetListingTheCategories() throws IOException {
        try (XSSFWorkbook workbook = Workbooks.open(KeyProjectSheet.template(CATEGORIES))) {
            Sheet data = workbook.getSheetAt(0);
            assertEquals("重点项目", data.getSheetName());
            List<String> titles = new ArrayList<>();
            data.getRow(0).forEach(c -> titles.add(c.getStringCellValue()));
            assertEquals(List.of("项目名称", "项目类别", "总投资（万元）", "所在区划代码", "项目业主"), titles);
            assertEquals(1, data.getDataValidations().size());
            assertEquals(List.of("基础设施", "产业"), List.of(data.getDataValidations().get(0).getValidationConstraint().getExplicitListValues()));
            assertEquals(0, data.getLastRowNum());
            assertEquals("说明", workbook.getSheetAt(1).getSheetName());
        }
    }

    @Test
    void anExportReadsBackAsTheSameProjectsWithTheCategoryByName() {
        List<KeyProjectData> stored = List.of(road(), park());

        List<KeyProjectRow> rows = KeyProjectSheet.read(KeyProjectSheet.export(stored, CATEGORIES));

        assertEquals(List.of(2, 3), rows.stream().map(KeyProjectRow::row).toList());
        assertEquals(List.of("基础设施", "产业"), rows.stream().map(r -> r.data().category()).toList());
        Map<String, KeyProjectCategory> lookup = KeyProjectImportCheck.categoryLookup(CATEGORIES);
        assertEquals(List.of(road(), park()), rows.stream().map(r -> {
            KeyProjectData d = r.data().normalised();
            return new KeyProjectData(null, d.name(), lookup.get(d.category()).getCode(), d.totalInvestment(), d.regionCode(), d.owner(), null);
        }).toList());
    }

    @Test
    void everyBadCellIsReportedWithRowColumnAndMessageKey() {
        byte[] file = Workbooks.edit(KeyProjectSheet.template(CATEGORIES), sheet -> {
            Workbooks.fill(sheet.createRow(1), "平伍公路改造", "infrastructure", 12000, "430626", null);
            Workbooks.fill(sheet.createRow(2), null, "水利", "一千万", "430621", null);
            Workbooks.fill(sheet.createRow(3), "平伍公路改造", "基础设施", "-5", "430626", null);
            Workbooks.fill(sheet.createRow(4), "平伍公路改造", "产业", null, "430626101", null);
        });

        List<FieldError> errors = KeyProjectImportCheck.problems(KeyProjectSheet.read(file), Pingjiang.OFFICE, Pingjiang.regions(),
                KeyProjectImportCheck.categoryLookup(CATEGORIES), Map.of());

        assertEquals(List.of(
                FieldError.of("name", "field.required").at(3, "A"),
                FieldError.of("category", "keyProject.category.unknown", "水利").at(3, "B"),
                FieldError.of("totalInvestment", "keyProject.import.investment.format", "一千万").at(3, "C"),
                FieldError.of("regionCode", "region.unknown", "430621").at(3, "D"),
                FieldError.of("name", "keyProject.import.duplicateName", "平伍公路改造", "2").at(4, "A"),
                FieldError.of("totalInvestment", "keyProject.investment.range").at(4, "C")), errors);
    }

    @Test
    void twoStoredProjectsOfTheNameInTheRegionAreReportedAsAmbiguous() {
        byte[] file = KeyProjectSheet.export(List.of(road()), CATEGORIES);
        KeyProject one = new KeyProject(road(), Pingjiang.COUNTY, INFRA);
        KeyProject two = new KeyProject(road(), Pingjiang.COUNTY, INFRA);

        List<FieldError> errors = KeyProjectImportCheck.problems(KeyProjectSheet.read(file), Pingjiang.OFFICE, Pingjiang.regions(),
                KeyProjectImportCheck.categoryLookup(CATEGORIES), KeyProjectImportCheck.byKey(List.of(one, two)));

        assertEquals(List.of(FieldError.of("name", "keyProject.import.ambiguous", "2", "平伍公路改造").at(2, "A")), errors);
    }
}
