package cn.bangfu.registry.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.FieldError;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    /** The standard's own example, and codes printed on the licences of well-known companies. */
    @ParameterizedTest
    @ValueSource(strings = {
        "91350100M000100Y43", // GB 32100-2015, the example in the standard
        "91440300708461136T", // 深圳市腾讯计算机系统有限公司
        "914403001922038216", // 华为技术有限公司
        "91330100716105852F", // 阿里巴巴（中国）有限公司
    })
    void publishedCodesAreValid(String code) {
        assertEquals(List.of(), CreditCode.check(code));
        assertTrue(CreditCode.valid(code));
    }

    /** Codes of 平江 shape made with the algorithm: authority 9 (market regulation), kind 1/2/3, region 430626. */
    @ParameterizedTest
    @ValueSource(strings = {"MA4L0000", "MA4PG4K8", "MA4Q1C2X", "18600012", "MA7D8E9F", "55000001"})
    void composedCodesAreValid(String entityBody) {
        for (char kind : new char[] {'1', '2', '3'}) {
            String code = CreditCode.compose('9', kind, "430626", entityBody);
            assertEquals(18, code.length(), code);
            assertEquals(List.of(), CreditCode.check(code), code);
        }
    }

    @Test
    void theCheckCharacterIsComputedByTheStandardsWeights() {
        assertEquals('3', CreditCode.checkCharacter("91350100M000100Y4"));
        // Σ = 0 gives 31 - 0 = 31, which counts as 0.
        assertEquals('0', CreditCode.checkCharacter("00000000000000000"));
        // Only position 17 (weight 28) carries 1: 31 - 28 = 3.
        assertEquals('3', CreditCode.checkCharacter("00000000000000001"));
        // Position 1 (weight 1) carries 30 (Y): 31 - 30 = 1.
        assertEquals('1', CreditCode.checkCharacter("Y0000000000000000"));
    }

    @Test
    void theEntityCodeGetsItsGb11714CheckCharacter() {
        assertEquals('4', CreditCode.organisationCheckCharacter("M000100Y"));
        assertEquals('X', CreditCode.organisationCheckCharacter("D2143569"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.organisationCheckCharacter("M00010"));
    }

    @Test
    void everyWrongCheckCharacterIsFoundAndTheExpectedOneNamed() {
        String valid = "91350100M000100Y43";
        for (char c : CreditCode.ALPHABET.toCharArray()) {
            if (c == '3') {
                continue;
            }
            String code = valid.substring(0, 17) + c;
            assertEquals(List.of(FieldError.of("creditCode", "creditCode.checkDigit", "3", String.valueOf(c))), CreditCode.check(code), code);
        }
        FieldError e = CreditCode.check("91350100M000100Y44").get(0);
        assertEquals("校验位应为 3，实为 4：请核对代码中是否有抄错的字符", Messages.text(Messages.CHINESE, e));
        assertEquals("The check character should be 3, not 4: look for a mistyped character", Messages.text(Locale.ENGLISH, e));
    }

    @Test
    void aMistypedCharacterOrTwoSwappedOnesAreCaught() {
        String valid = "91440300708461136T";
        assertFalse(CreditCode.valid("91440300708461163T"), "swapped neighbours");
        assertFalse(CreditCode.valid("91440300708461137T"), "one digit off");
        assertFalse(CreditCode.valid("91440301708461136T"), "region digit off");
        assertTrue(CreditCode.valid(valid));
    }

    @Test
    void seventeenAndNineteenCharactersAreTheWrongLength() {
        List<FieldError> short17 = CreditCode.check("91350100M000100Y4");
        assertEquals(List.of(FieldError.of("creditCode", "creditCode.length", "18", "17")), short17);
        assertEquals("统一社会信用代码应为 18 位，现为 17 位", Messages.text(Messages.CHINESE, short17.get(0)));
        assertEquals(List.of(FieldError.of("creditCode", "creditCode.length", "18", "19")), CreditCode.check("91350100M000100Y433"));
        assertEquals("A unified social credit code has 18 characters, this one has 19",
                Messages.text(Locale.ENGLISH, CreditCode.check("91350100M000100Y433").get(0)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"I", "O", "S", "V", "Z"})
    void theFiveBannedLettersAreRefusedWithTheirPosition(String letter) {
        String code = "91350100M" + letter + "00100Y43";
        List<FieldError> errors = CreditCode.check(code);
        assertEquals(List.of(FieldError.of("creditCode", "creditCode.banned", "10", letter)), errors);
        assertEquals("第 10 位的字符\"" + letter + "\"不允许：代码中不使用 I、O、S、V、Z", Messages.text(Messages.CHINESE, errors.get(0)));
    }

    @Test
    void aBannedLetterTypedInLowerCaseIsNamedInUpperCase() {
        assertEquals(List.of(FieldError.of("creditCode", "creditCode.banned", "14", "O")), CreditCode.check("91350100M0001o0Y43"));
    }

    @Test
    void otherCharactersAreRefusedWithTheirPosition() {
        assertEquals(List.of(FieldError.of("creditCode", "creditCode.character", "9", "-")), CreditCode.check("91350100-000100Y43"));
        assertEquals(List.of(FieldError.of("creditCode", "creditCode.character", "18", "号")), CreditCode.check("91350100M000100Y4号"));
        // A full-width hyphen is not a full-width letter or digit: it is refused, not converted.
        assertEquals(List.of(FieldError.of("creditCode", "creditCode.character", "9", "－")), CreditCode.check("91350100－000100Y43"));
    }

    @Test
    void theRegionPartMustBeSixDigits() {
        List<FieldError> errors = CreditCode.check("9135A100M000100Y43");
        assertEquals(List.of(FieldError.of("creditCode", "creditCode.region", "35A100")), errors);
        assertEquals("第 3–8 位是登记管理机关的行政区划代码，应为 6 位数字，现为\"35A100\"", Messages.text(Messages.CHINESE, errors.get(0)));
    }

    @Test
    void wrongLengthAndBadCharactersAreReportedTogether() {
        assertEquals(List.of(
                FieldError.of("creditCode", "creditCode.length", "18", "17"),
                FieldError.of("creditCode", "creditCode.banned", "10", "I")), CreditCode.check("91350100MI00100Y4"));
    }

    @Test
    void lowerCaseIsTurnedIntoUpperCase() {
        assertEquals("91350100M000100Y43", CreditCode.normalise("91350100m000100y43"));
        assertEquals(List.of(), CreditCode.check("91350100m000100y43"));
        assertEquals(List.of(), CreditCode.check("91440300708461136t"));
    }

    @Test
    void fullWidthDigitsAndLettersAndSpacesOfAnyWidthAreNormalised() {
        assertEquals("91350100M000100Y43", CreditCode.normalise("９１３５０１００Ｍ０００１００Ｙ４３"));
        assertEquals("91350100M000100Y43", CreditCode.normalise("９１３５０１００ｍ０００１００ｙ４３"));
        assertEquals("91350100M000100Y43", CreditCode.normalise(" 9135\u30000100 M000\u00A0100Y43\t"));
        assertEquals(List.of(), CreditCode.check("９１３５０１００Ｍ０００１００Ｙ４３"));
    }

    @Test
    void nothingIsRequired() {
        assertNull(CreditCode.normalise(null));
        assertNull(CreditCode.normalise(" \u3000 "));
        assertEquals(List.of(FieldError.of("creditCode", "field.required")), CreditCode.check(null));
        assertEquals(List.of(FieldError.of("creditCode", "field.required")), CreditCode.check("\u3000"));
    }

    @Test
    void theCheckCharacterNeedsSeventeenCharactersOfTheAlphabet() {
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("9135"));
        assertThrows(IllegalArgumentException.class, () -> CreditCode.checkCharacter("91350100O000100Y4"));
    }
}
