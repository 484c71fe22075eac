package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class RegionLevelTest {

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource({
            "430000, PROVINCE",
            "110000, PROVINCE",
            "430600, CITY",
            "441900, CITY",
            "430626, COUNTY",
            "430621, COUNTY",
            "430626101, TOWNSHIP",
            "430626001, TOWNSHIP",
            "441900003, TOWNSHIP"
    })
    void wellFormedCodesHaveTheirLevel(String code, RegionLevel level) {
        assertEquals(level, RegionLevel.of(code));
    }

    @ParameterizedTest(name = "\"{0}\" is malformed")
    @NullAndEmptySource
    @ValueSource(strings = {
            "43000",        // 5 digits
            "4306261",      // 7 digits
            "43062610",     // 8 digits
            "4306261011",   // 10 digits
            "43062A",       // a letter
            "abcdef",
            "４３００００",   // full-width digits are not ASCII digits
            " 430626",      // blanks are not trimmed here
            "430626 ",
            "-43062",
            "000000",       // no province
            "001200",
            "000101",
            "430626000",    // a township ending 000 is the county itself
            "000000101",    // a township under the non-existent region 000000
            "001200101",
            "430000101"     // a township directly under a province
    })
    void malformedCodesHaveNoLevel(String code) {
        assertNull(RegionLevel.of(code));
    }

    @Test
    void aProvinceHasNoParent() {
        assertNull(RegionLevel.parentCode("430000"));
    }

    @Test
    void theParentOfACityIsItsProvince() {
        assertEquals("430000", RegionLevel.parentCode("430600"));
    }

    @Test
    void theParentOfACountyIsItsCity() {
        assertEquals("430600", RegionLevel.parentCode("430626"));
    }

    @Test
    void theParentOfATownshipIsItsCounty() {
        assertEquals("430626", RegionLevel.parentCode("430626101"));
    }

    @Test
    void theParentOfATownshipIsAWellFormedRegion() {
        String parent = RegionLevel.parentCode("430626101");
        assertEquals(RegionLevel.COUNTY, RegionLevel.of(parent));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"43000", "43062A", "000000", "430626000", "000000101"})
    void aMalformedCodeHasNoParent(String code) {
        assertNull(RegionLevel.parentCode(code));
    }
}
