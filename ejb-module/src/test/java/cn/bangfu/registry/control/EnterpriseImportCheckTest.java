package cn.bangfu.registry.control;

import static cn.bangfu.registry.control.Pingjiang.BUILDING;
import static cn.bangfu.registry.control.Pingjiang.COUNTY;
import static cn.bangfu.registry.control.Pingjiang.NEIGHBOUR;
import static cn.bangfu.registry.control.Pingjiang.SHOES;
import static cn.bangfu.registry.control.Pingjiang.YUEYANG_COUNTY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.EnterpriseRow;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnterpriseImportCheckTest {

    /** One enterprise of the office's own county, and one of the neighbouring county it may not see. */
    private static final Map<String, Enterprise> EXISTING = Map.of(
            SHOES, new Enterprise(Pingjiang.shoes(), COUNTY),
            NEIGHBOUR, new Enterprise(new EnterpriseData(NEIGHBOUR, "岳阳县荣湾食品有限公司", "430621", "C", null, null, null, null, null,
                    null, null, null), YUEYANG_COUNTY));

    @Test
    void goodRowsGiveNoErrors() {
        List<EnterpriseRow> rows = List.of(
                new EnterpriseRow(2, Pingjiang.shoes()),
                new EnterpriseRow(3, Pingjiang.building()),
                row(4, " " + Pingjiang.FOOD.toLowerCase(Locale.ROOT), "平江县香源食品有限公司", "430626101", "C 制造业", "规上工业", "食品、酱干"));

        assertEquals(List.of(), check(rows));
    }

    @Test
    void everyBadCellIsReportedWithRowColumnLetterAndReason() {
        String wrongCheck = SHOES.substring(0, 17) + (SHOES.endsWith("0") ? "1" : "0");
        List<EnterpriseRow> rows = List.of(
                new EnterpriseRow(2, Pingjiang.shoes()),
                row(3, wrongCheck.substring(0, 17), "", "430626", "U", "四上", null),
                row(4, "91430626MA4LOOO1XX", "平江县某公司", "430621", "F", "规上工业", "鞋业、出口"),
                row(5, wrongCheck, "平江县某公司", "4306", "C", null, null),
                row(6, null, null, null, null, null, null));

        List<FieldError> errors = check(rows);

        String expectedCheck = SHOES.substring(17);
        assertEquals(List.of(
                FieldError.of("creditCode", "creditCode.length", "18", "17").at(3, "A"),
                FieldError.of("name", "field.required").at(3, "B"),
                FieldError.of("industry", "industry.unknown", "U").at(3, "D"),
                FieldError.of("scaleFlags", "scaleFlag.unknown", "四上").at(3, "E"),
                FieldError.of("creditCode", "creditCode.banned", "13", "O").at(4, "A"),
                FieldError.of("creditCode", "creditCode.banned", "14", "O").at(4, "A"),
                FieldError.of("creditCode", "creditCode.banned", "15", "O").at(4, "A"),
                FieldError.of("regionCode", "region.unknown", "430621").at(4, "C"),
                FieldError.of("scaleFlags", "scaleFlag.ABOVE_SCALE_INDUSTRY.industry", "F").at(4, "E"),
                FieldError.of("creditCode", "creditCode.checkDigit", expectedCheck, wrongCheck.substring(17)).at(5, "A"),
                FieldError.of("regionCode", "region.code.format", "4306").at(5, "C"),
                FieldError.of("creditCode", "field.required").at(6, "A"),
                FieldError.of("name", "field.required").at(6, "B"),
                FieldError.of("regionCode", "field.required").at(6, "C"),
                FieldError.of("industry", "field.required").at(6, "D")), errors);
        assertEquals("第 13 位的字符\"O\"不允许：代码中不使用 I、O、S、V、Z", Messages.text(Messages.CHINESE, errors.get(4)));
        assertEquals("校验位应为 " + expectedCheck + "，实为 " + wrongCheck.substring(17) + "：请核对代码中是否有抄错的字符",
                Messages.text(Messages.CHINESE, errors.get(9)));
    }

    @Test
    void aCreditCodeTwiceInTheFileIsReportedWhereItRepeatsWhateverItsSpelling() {
        List<EnterpriseRow> rows = List.of(
                new EnterpriseRow(2, Pingjiang.building()),
                new EnterpriseRow(3, Pingjiang.shoes()),
                new EnterpriseRow(1205, Pingjiang.building().with("９" + BUILDING.substring(1).toLowerCase(Locale.ROOT), null)));

        List<FieldError> errors = check(rows);

        assertEquals(List.of(FieldError.of("creditCode", "import.duplicateCreditCode", BUILDING, "2").at(1205, "A")), errors);
        assertEquals("Credit code \"" + BUILDING + "\" appears twice in the file (see also row 2)", Messages.text(Locale.ENGLISH, errors.get(0)));
    }

    @Test
    void anEnterpriseRegisteredInAnotherCountyIsTakenNotUpdated() {
        List<EnterpriseRow> rows = List.of(row(2, NEIGHBOUR, "岳阳县荣湾食品有限公司", "430626", "C", null, null));

        List<FieldError> errors = check(rows);

        assertEquals(List.of(FieldError.of("creditCode", "enterprise.creditCode.taken", NEIGHBOUR).at(2, "A")), errors);
        assertEquals("统一社会信用代码\"" + NEIGHBOUR + "\"已登记", Messages.text(Messages.CHINESE, errors.get(0)));
    }

    @Test
    void theLookupsAskForEachCodeOnceNormalised() {
        List<EnterpriseRow> rows = List.of(
                new EnterpriseRow(2, Pingjiang.shoes()),
                new EnterpriseRow(3, Pingjiang.shoes().with(SHOES.toLowerCase(Locale.ROOT), null)),
                new EnterpriseRow(4, Pingjiang.building()));

        assertEquals(List.of(SHOES, BUILDING), EnterpriseImportCheck.creditCodes(rows));
        assertEquals(List.of("430626", "430626101"), EnterpriseImportCheck.regionCodes(rows));
    }

    private static List<FieldError> check(List<EnterpriseRow> rows) {
        return EnterpriseImportCheck.problems(rows, Pingjiang.OFFICE, Pingjiang.regions(), EXISTING);
    }

    private static EnterpriseRow row(int row, String code, String name, String region, String industry, String flags, String tags) {
        String[] cells = {code, name, region, industry, flags, null, null, null, null, null, tags};
        return new EnterpriseRow(row, EnterpriseSheet.data(cells));
    }
}
