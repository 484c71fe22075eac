package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cn.bangfu.platform.entity.FieldError;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UnitDataTest {

    private static UnitData valid() {
        return new UnitData("PJ-NYJ", "平江县农业农村局", "COUNTY_DEPARTMENT", "430626", "李明", "王芳", "13800138000", null, 3L);
    }

    private static UnitData withCode(String code) {
        UnitData v = valid();
        return new UnitData(code, v.name(), v.type(), v.regionCode(), v.headName(), v.contactName(), v.contactPhone(), null, v.version());
    }

    private static UnitData withName(String name) {
        UnitData v = valid();
        return new UnitData(v.code(), name, v.type(), v.regionCode(), v.headName(), v.contactName(), v.contactPhone(), null, v.version());
    }

    private static UnitData withType(String type) {
        UnitData v = valid();
        return new UnitData(v.code(), v.name(), type, v.regionCode(), v.headName(), v.contactName(), v.contactPhone(), null, v.version());
    }

    private static UnitData withRegion(String regionCode) {
        UnitData v = valid();
        return new UnitData(v.code(), v.name(), v.type(), regionCode, v.headName(), v.contactName(), v.contactPhone(), null, v.version());
    }

    private static UnitData withPeople(String headName, String contactName) {
        UnitData v = valid();
        return new UnitData(v.code(), v.name(), v.type(), v.regionCode(), headName, contactName, v.contactPhone(), null, v.version());
    }

    private static UnitData withPhone(String phone) {
        UnitData v = valid();
        return new UnitData(v.code(), v.name(), v.type(), v.regionCode(), v.headName(), v.contactName(), phone, null, v.version());
    }

    @Test
    void aCompleteUnitHasNoProblems() {
        assertEquals(List.of(), valid().problems());
    }

    @Test
    void headContactAndPhoneAreOptional() {
        assertEquals(List.of(), new UnitData("PJ-NYJ", "平江县农业农村局", "COUNTY_DEPARTMENT", "430626", null, "", "  ", null, null).problems());
    }

    @Test
    void everyMissingRequiredFieldIsReported() {
        assertEquals(List.of(
                        FieldError.of("code", "field.required"),
                        FieldError.of("name", "field.required"),
                        FieldError.of("type", "field.required"),
                        FieldError.of("regionCode", "field.required")),
                new UnitData(null, " ", "", "\t", null, null, null, null, null).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"PJ", "pj-nyj", "PJ_NYJ_01", "0730", "A1234567890123456789012345678901"})
    void wellFormedUnitCodesPass(String code) {
        assertEquals(List.of(), withCode(code).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "P",                                   // 1 character
            "A12345678901234567890123456789012",   // 33 characters
            "-PJ", "_PJ",                          // must start with a letter or digit
            "PJ NYJ", "PJ.NYJ", "PJ/NYJ", "平江农业"
    })
    void malformedUnitCodesAreRejected(String code) {
        assertEquals(List.of(FieldError.of("code", "unit.code.format")), withCode(code).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"COUNTY_DEPARTMENT", "county_department", "Township", "park", "OTHER", " other "})
    void unitTypesAreAcceptedInAnyCase(String type) {
        assertEquals(List.of(), withType(type).problems());
    }

    @ParameterizedTest
    @CsvSource({
            "COUNTY_DEPARTMENT, COUNTY_DEPARTMENT",
            "county_department, COUNTY_DEPARTMENT",
            "Township, TOWNSHIP",
            "' park ', PARK",
            "oTHER, OTHER"
    })
    void theUnitTypeIsFoundByItsCode(String value, UnitType type) {
        assertEquals(type, UnitData.unitType(value));
    }

    @Test
    void anUnknownTypeIsReportedWithWhatWasEntered() {
        assertEquals(List.of(FieldError.of("type", "unit.type.unknown", "县直单位")), withType(" 县直单位 ").problems());
        assertEquals(List.of(FieldError.of("type", "unit.type.unknown", "COUNTY")), withType("COUNTY").problems());
        assertNull(UnitData.unitType("COUNTY"));
        assertNull(UnitData.unitType(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"430000", "430600", "430626", "430626101"})
    void anyWellFormedRegionCodeIsAccepted(String regionCode) {
        assertEquals(List.of(), withRegion(regionCode).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"43062", "4306261", "43062610", "43062A", "000000", "430626000"})
    void aMalformedRegionCodeIsReportedWithTheCode(String regionCode) {
        assertEquals(List.of(FieldError.of("regionCode", "region.code.format", regionCode)), withRegion(regionCode).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "13800138000",
            "0730-6221001",
            "+86 138 0013 8000",
            "0730-6221001转123",
            "0730-6221001 转 123",
            "+86 (0730) 6221001",
            " 13800138000 "
    })
    void commonPhoneFormatsAreAccepted(String phone) {
        assertEquals(List.of(), withPhone(phone).problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "12", "1380013800a", "138-0013-8000-", "电话13800138000", "0730-6221001转"})
    void malformedPhonesAreRejected(String phone) {
        assertEquals(List.of(FieldError.of("contactPhone", "phone.format")), withPhone(phone).problems());
    }

    @Test
    void aNameOfTheMaximumLengthPassesOneMoreIsTooLong() {
        assertEquals(List.of(), withName("局".repeat(UnitData.NAME_MAX)).problems());
        assertEquals(List.of(FieldError.of("name", "field.tooLong", 100)), withName("局".repeat(UnitData.NAME_MAX + 1)).problems());
    }

    @Test
    void namesOfPeopleLongerThanFiftyAreTooLong() {
        assertEquals(List.of(), withPeople("李".repeat(50), "王".repeat(50)).problems());
        assertEquals(List.of(FieldError.of("headName", "field.tooLong", 50), FieldError.of("contactName", "field.tooLong", 50)),
                withPeople("李".repeat(51), "王".repeat(51)).problems());
    }

    @Test
    void lengthsAreMeasuredAfterTrimming() {
        assertEquals(List.of(), withName("  " + "局".repeat(UnitData.NAME_MAX) + "  ").problems());
    }

    @Test
    void allProblemsAreReportedTogetherInFieldOrder() {
        UnitData bad = new UnitData("-", "局".repeat(101), "FACTORY", "4306", "李".repeat(51), null, "abc", null, null);
        assertEquals(List.of(
                        FieldError.of("code", "unit.code.format"),
                        FieldError.of("name", "field.tooLong", 100),
                        FieldError.of("type", "unit.type.unknown", "FACTORY"),
                        FieldError.of("regionCode", "region.code.format", "4306"),
                        FieldError.of("headName", "field.tooLong", 50),
                        FieldError.of("contactPhone", "phone.format")),
                bad.problems());
    }

    private static UnitData withEmail(String email) {
        return valid().withContactEmail(email);
    }

    @ParameterizedTest
    @ValueSource(strings = {"gxj@pingjiang.gov.cn", " PJ.GXJ+reminders@mail.pingjiang.gov.cn ", "a_b-c@x-y.cn"})
    void aContactEmailIsOptionalAndAPlausibleAddress(String email) {
        assertEquals(List.of(), withEmail(email).problems());
        assertEquals(List.of(), withEmail(" ").problems());
        assertEquals(email.strip(), withEmail(email).normalised().contactEmail());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gxj", "gxj@", "@pingjiang.gov.cn", "gxj@pingjiang", "gxj@@pingjiang.gov.cn", "g xj@pingjiang.gov.cn",
        "gxj.@pingjiang.gov.cn", "gxj@-pingjiang.gov.cn", "工信局@pingjiang.gov.cn"})
    void anImplausibleContactEmailIsRefused(String email) {
        assertEquals(List.of(FieldError.of("contactEmail", "email.format")), withEmail(email).problems());
    }

    @Test
    void aContactEmailHasAtMostAHundredCharacters() {
        String domain = "@pingjiang.gov.cn";
        assertEquals(List.of(), withEmail("a".repeat(100 - domain.length()) + domain).problems());
        assertEquals(List.of(FieldError.of("contactEmail", "field.tooLong", 100)), withEmail("a".repeat(101 - domain.length()) + domain).problems());
    }

    @Test
    void normalisedTrimsEveryTextAndTurnsEmptyTextsIntoNull() {
        UnitData raw = new UnitData("  PJ-NYJ ", "\t平江县农业农村局\n", " park ", " 430626 ", "   ", "", " 13800138000 ", null, 7L);
        assertEquals(new UnitData("PJ-NYJ", "平江县农业农村局", "park", "430626", null, null, "13800138000", null, 7L), raw.normalised());
    }

    @Test
    void normalisedKeepsNulls() {
        UnitData empty = new UnitData(null, null, null, null, null, null, null, null, null);
        assertEquals(empty, empty.normalised());
    }
}
