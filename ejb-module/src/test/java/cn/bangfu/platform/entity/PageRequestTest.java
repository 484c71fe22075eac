package cn.bangfu.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageRequestTest {

    @ParameterizedTest(name = "size {0} -> {1}")
    @CsvSource({"0, 20", "-5, 20", "1, 1", "20, 20", "499, 499", "500, 500", "501, 500", "1000000, 500"})
    void theSizeDefaultsToTwentyAndIsCappedAtFiveHundred(int asked, int used) {
        assertEquals(used, new PageRequest(0, asked, null, null).size());
    }

    @ParameterizedTest(name = "page {0} -> {1}")
    @CsvSource({"-1, 0", "-100, 0", "0, 0", "3, 3"})
    void aNegativePageIsTheFirst(int asked, int used) {
        assertEquals(used, new PageRequest(asked, 20, null, null).page());
    }

    @Test
    void theOffsetIsPageTimesSize() {
        assertEquals(0, new PageRequest(0, 50, null, null).offset());
        assertEquals(150, new PageRequest(3, 50, null, null).offset());
        assertEquals(0, new PageRequest(-2, 50, null, null).offset());
        assertEquals(1000, new PageRequest(2, 1000, null, null).offset(), "the capped size is used");
    }

    @Test
    void theOffsetNeverOverflows() {
        PageRequest p = new PageRequest(Integer.MAX_VALUE, Integer.MAX_VALUE, null, null);
        assertEquals(500, p.size());
        assertTrue(p.offset() >= 0, "offset " + p.offset());
        assertEquals(Integer.MAX_VALUE / 500, p.page());
    }

    @Test
    void parsedParametersDefaultWhenAbsentAndCapTheSize() {
        assertEquals(new PageRequest(0, 20, null, null), PageRequest.parse(null, null, null, null));
        assertEquals(new PageRequest(3, 500, "-name", "x"), PageRequest.parse("3", "2147483647", "-name", "x"));
        assertEquals(new PageRequest(0, 20, null, null), PageRequest.parse("", " ", null, null), "empty is absent");
        assertEquals(new PageRequest(5, 20, null, null), PageRequest.parse("+5", null, null, null));
    }

    @ParameterizedTest(name = "page={0} size={1} -> errors on {2}")
    @CsvSource(delimiter = ';', value = {
        "abc; 20; page", "1e3; 20; page", "-1; 20; page", "2147483648; 20; page", "99999999999999999999; 20; page",
        "2147483647; 2147483647; page", "0; abc; size", "0; 0; size", "0; -5; size", "x; y; page,size"})
    void badParametersAreFieldErrorsNamingThem(String page, String size, String fields) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PageRequest.parse(page, size, null, null));
        assertEquals(fields, String.join(",", e.errors().stream().map(FieldError::field).toList()));
    }

    @Test
    void theLastPageThatFitsIsAccepted() {
        PageRequest p = PageRequest.parse(String.valueOf(Integer.MAX_VALUE / 500), "500", null, null);
        assertEquals(Integer.MAX_VALUE / 500 * 500, p.offset());
    }

    @Test
    void firstIsTheFirstPageUnsortedUnfiltered() {
        PageRequest p = PageRequest.first(10);
        assertEquals(new PageRequest(0, 10, null, null), p);
    }

    @Test
    void aPlainSortIsAscending() {
        PageRequest p = new PageRequest(0, 20, "name", null);
        assertFalse(p.descending());
        assertEquals("name", p.sortField());
    }

    @Test
    void aMinusSortIsDescending() {
        PageRequest p = new PageRequest(0, 20, "-name", null);
        assertTrue(p.descending());
        assertEquals("name", p.sortField());
    }

    @Test
    void aBlankSortIsNoSort() {
        PageRequest p = new PageRequest(0, 20, "  ", null);
        assertNull(p.sort());
        assertNull(p.sortField());
        assertFalse(p.descending());
        assertEquals("code", new PageRequest(0, 20, " -code ", null).sortField());
    }

    @Test
    void noQueryHasNoPattern() {
        assertNull(new PageRequest(0, 20, null, null).qPattern());
        assertNull(new PageRequest(0, 20, null, " \t ").qPattern());
        assertNull(new PageRequest(0, 20, null, " \t ").q());
    }

    @Test
    void theQueryBecomesALowerCaseContainsPattern() {
        assertEquals("%pj-nyj%", new PageRequest(0, 20, null, "  PJ-NYJ ").qPattern());
        assertEquals("%平江县%", new PageRequest(0, 20, null, "平江县").qPattern());
    }

    @Test
    void likeWildcardsAndTheEscapeCharacterAreEscaped() {
        assertEquals("%100\\%%", new PageRequest(0, 20, null, "100%").qPattern());
        assertEquals("%pj\\_nyj%", new PageRequest(0, 20, null, "PJ_NYJ").qPattern());
        assertEquals("%a\\\\b%", new PageRequest(0, 20, null, "a\\b").qPattern());
        assertEquals("%\\\\\\%\\_%", new PageRequest(0, 20, null, "\\%_").qPattern());
    }
}
