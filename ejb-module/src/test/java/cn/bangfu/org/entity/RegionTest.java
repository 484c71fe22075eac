package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionTest {

    private final Region hunan = Region.create("430000", "湖南省", null);
    private final Region yueyang = Region.create("430600", "岳阳市", hunan);
    private final Region pingjiang = Region.create("430626", "平江县", yueyang);
    private final Region yueyangCounty = Region.create("430621", "岳阳县", yueyang);
    private final Region township = Region.create("430626101", "汉昌街道", pingjiang);

    private static List<FieldError> errorsOf(Runnable r) {
        return assertThrows(InvalidInputException.class, r::run).errors();
    }

    @Test
    void aProvinceHasNoParentAndItsOwnPath() {
        assertEquals("430000", hunan.getCode());
        assertEquals("湖南省", hunan.getName());
        assertEquals(RegionLevel.PROVINCE, hunan.getLevel());
        assertNull(hunan.getParent());
        assertNull(hunan.getParentCode());
        assertEquals("430000/", hunan.getPath());
    }

    @Test
    void thePathListsTheCodesFromTheProvinceDown() {
        assertEquals("430000/430600/", yueyang.getPath());
        assertEquals("430000/430600/430626/", pingjiang.getPath());
        assertEquals("430000/430600/430626/430626101/", township.getPath());
        assertEquals("430000/430600/430626/%", pingjiang.pathPattern());
    }

    @Test
    void levelAndParentComeFromTheCodeAndTheGivenParent() {
        assertEquals(RegionLevel.COUNTY, pingjiang.getLevel());
        assertSame(yueyang, pingjiang.getParent());
        assertEquals("430600", pingjiang.getParentCode());
        assertEquals(RegionLevel.TOWNSHIP, township.getLevel());
    }

    @Test
    void theNameIsStripped() {
        assertEquals("平江县", Region.create("430626", "  平江县\t", yueyang).getName());
    }

    @Test
    void aNameOfExactlyTheMaximumLengthIsAccepted() {
        String name = "县".repeat(Region.NAME_MAX);
        assertEquals(name, Region.create("430626", name, yueyang).getName());
    }

    @Test
    void aRegionContainsItselfAndEverythingBelow() {
        assertTrue(pingjiang.contains(pingjiang));
        assertTrue(pingjiang.contains(township));
        assertTrue(hunan.contains(pingjiang));
        assertTrue(hunan.contains(yueyangCounty));
        assertTrue(yueyang.contains(township));
    }

    @Test
    void aRegionDoesNotContainItsNeighboursOrParents() {
        assertFalse(pingjiang.contains(yueyangCounty));
        assertFalse(yueyangCounty.contains(township));
        assertFalse(pingjiang.contains(yueyang));
        assertFalse(township.contains(pingjiang));
        assertFalse(pingjiang.contains(null));
    }

    @Test
    void aMissingCodeIsRequired() {
        assertEquals(List.of(FieldError.of("code", "region.code.required")), errorsOf(() -> Region.create(null, "平江县", yueyang)));
        assertEquals(List.of(FieldError.of("code", "region.code.required")), errorsOf(() -> Region.create("  ", "平江县", yueyang)));
    }

    @Test
    void aMalformedCodeIsReportedWithTheCode() {
        assertEquals(List.of(FieldError.of("code", "region.code.format", "43062")), errorsOf(() -> Region.create("43062", "平江县", yueyang)));
    }

    @Test
    void aCountyUnderTheWrongCityIsAParentMismatch() {
        Region changsha = Region.create("430100", "长沙市", hunan);
        assertEquals(List.of(FieldError.of("parentCode", "region.parent.mismatch", "430626", "430600")),
                errorsOf(() -> Region.create("430626", "平江县", changsha)));
    }

    @Test
    void aCountyWithoutParentIsAParentMismatch() {
        assertEquals(List.of(FieldError.of("parentCode", "region.parent.mismatch", "430626", "430600")),
                errorsOf(() -> Region.create("430626", "平江县", null)));
    }

    @Test
    void aProvinceWithAParentIsAParentMismatch() {
        assertEquals(List.of(FieldError.of("parentCode", "region.parent.mismatch", "440000", "-")),
                errorsOf(() -> Region.create("440000", "广东省", hunan)));
    }

    @Test
    void aTownshipMustSitUnderItsCountyNotBeside() {
        assertEquals(List.of(FieldError.of("parentCode", "region.parent.mismatch", "430626101", "430626")),
                errorsOf(() -> Region.create("430626101", "汉昌街道", yueyangCounty)));
    }

    @Test
    void aNameIsRequired() {
        assertEquals(List.of(FieldError.of("name", "field.required")), errorsOf(() -> Region.create("430626", null, yueyang)));
        assertEquals(List.of(FieldError.of("name", "field.required")), errorsOf(() -> Region.create("430626", " \u3000 ", yueyang)));
    }

    @Test
    void aNameLongerThanTheMaximumIsRejected() {
        assertEquals(List.of(FieldError.of("name", "field.tooLong", Region.NAME_MAX)),
                errorsOf(() -> Region.create("430626", "县".repeat(Region.NAME_MAX + 1), yueyang)));
    }

    @Test
    void allProblemsAreReportedTogether() {
        assertEquals(List.of(FieldError.of("code", "region.code.format", "4306X6"), FieldError.of("name", "field.required")),
                errorsOf(() -> Region.create("4306X6", "", yueyang)));
        assertEquals(List.of(FieldError.of("parentCode", "region.parent.mismatch", "430626", "430600"),
                        FieldError.of("name", "field.tooLong", Region.NAME_MAX)),
                errorsOf(() -> Region.create("430626", "x".repeat(101), hunan)));
    }
}
