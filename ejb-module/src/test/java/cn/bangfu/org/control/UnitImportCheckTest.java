package cn.bangfu.org.control;

import static cn.bangfu.org.control.Area.PINGJIANG;
import static cn.bangfu.org.control.Area.PINGJIANG_OFFICE;
import static cn.bangfu.org.control.Area.YUEYANG_COUNTY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UnitRow;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.FieldError;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitImportCheckTest {

    /** A unit of the office's own county, and one of the neighbouring county it may not see. */
    private static final Map<String, Unit> EXISTING = Map.of(
            "pj-gxj", new Unit(new UnitData("pj-gxj", "平江县工业和信息化局", "COUNTY_DEPARTMENT", "430626", null, null, null, null, null), PINGJIANG),
            "yy-gxj", new Unit(new UnitData("yy-gxj", "岳阳县工业和信息化局", "COUNTY_DEPARTMENT", "430621", null, null, null, null, null), YUEYANG_COUNTY));

    @Test
    void goodRowsGiveNoErrors() {
        List<UnitRow> rows = List.of(
                row(2, "pj-gxj", "平江县工业和信息化局", "COUNTY_DEPARTMENT", "430626", "李明", "王芳", "0730-6221001"),
                row(3, "pj-wsz", "伍市镇人民政府", "TOWNSHIP", "430626101", null, null, "13800138000"),
                row(4, "pj-gxq", "平江高新区", "park", " 430626 ", null, null, null));

        assertEquals(List.of(), check(rows));
    }

    @Test
    void badCellsAreReportedWithRowColumnLetterAndReason() {
        List<UnitRow> rows = List.of(
                row(2, "pj-ok", "平江县财政局", "COUNTY_DEPARTMENT", "430626", null, null, null),
                row(3, "x", "", "乡政府", "430626", "李".repeat(51), null, "call me"),
                row(4, "pj-yy", "岳阳县某局", "OTHER", "430621", null, null, null),
                row(5, "pj-nowhere", "某局", "OTHER", "439999", null, null, null),
                row(6, "pj-bad", "某局", "OTHER", "4306", null, null, null),
                row(7, null, null, null, null, null, null, null));

        List<FieldError> errors = check(rows);

        assertEquals(List.of(
                FieldError.of("code", "unit.code.format").at(3, "A"),
                FieldError.of("name", "field.required").at(3, "B"),
                FieldError.of("type", "unit.type.unknown", "乡政府").at(3, "C"),
                FieldError.of("headName", "field.tooLong", 50).at(3, "E"),
                FieldError.of("contactPhone", "phone.format").at(3, "G"),
                FieldError.of("regionCode", "region.unknown", "430621").at(4, "D"),
                FieldError.of("regionCode", "region.unknown", "439999").at(5, "D"),
                FieldError.of("regionCode", "region.code.format", "4306").at(6, "D"),
                FieldError.of("code", "field.required").at(7, "A"),
                FieldError.of("name", "field.required").at(7, "B"),
                FieldError.of("type", "field.required").at(7, "C"),
                FieldError.of("regionCode", "field.required").at(7, "D")), errors);
        assertEquals("单位类型\"乡政府\"无效，应为：县直单位、乡镇（街道）、园区、其他", Messages.text(Messages.CHINESE, errors.get(2)));
        assertEquals("行政区划\"430621\"不存在或不在您的管辖范围内", Messages.text(Messages.CHINESE, errors.get(5)));
    }

    @Test
    void aCodeTwiceInTheFileIsReportedWhereItRepeats() {
        List<UnitRow> rows = List.of(
                row(2, "pj-new", "新单位", "OTHER", "430626", null, null, null),
                row(3, "pj-gxj", "平江县工业和信息化局", "COUNTY_DEPARTMENT", "430626", null, null, null),
                row(1205, " pj-new", "新单位（重复）", "OTHER", "430626", null, null, null));

        List<FieldError> errors = check(rows);

        assertEquals(List.of(FieldError.of("code", "import.duplicateInFile", "pj-new", "2").at(1205, "A")), errors);
        assertEquals("代码\"pj-new\"在文件中重复（另见第 2 行）", Messages.text(Messages.CHINESE, errors.get(0)));
        assertEquals("Code \"pj-new\" appears twice in the file (see also row 2)", Messages.text(Locale.ENGLISH, errors.get(0)));
    }

    @Test
    void aUnitOutsideTheCallersScopeIsAsUnknownAsOneThatDoesNotExist() {
        List<UnitRow> rows = List.of(row(2, "yy-gxj", "岳阳县工业和信息化局", "COUNTY_DEPARTMENT", "430626", null, null, null));

        List<FieldError> errors = check(rows);

        assertEquals(List.of(FieldError.of("code", "unit.unknown", "yy-gxj").at(2, "A")), errors);
        assertEquals("单位\"yy-gxj\"不存在或不在您的管辖范围内", Messages.text(Messages.CHINESE, errors.get(0)));
    }

    @Test
    void theLookupsAskForEachCodeOnce() {
        List<UnitRow> rows = List.of(
                row(2, "pj-a", "甲", "OTHER", "430626", null, null, null),
                row(3, " pj-a ", "甲", "OTHER", "430626101", null, null, null),
                row(4, null, "乙", "OTHER", null, null, null, null));

        assertEquals(List.of("pj-a"), UnitImportCheck.codes(rows));
        assertEquals(List.of("430626", "430626101"), UnitImportCheck.regionCodes(rows));
    }

    private static List<FieldError> check(List<UnitRow> rows) {
        return UnitImportCheck.problems(rows, PINGJIANG_OFFICE, Area.regions(), EXISTING);
    }

    private static UnitRow row(int row, String code, String name, String type, String region, String head, String contact, String phone) {
        return new UnitRow(row, new UnitData(code, name, type, region, head, contact, phone, null, null));
    }
}
