package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.platform.entity.FieldError;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final Optional<FieldError> TOO_SHORT = Optional.of(FieldError.of("newPassword", "password.tooShort", 10));
    private static final Optional<FieldError> TOO_SIMPLE = Optional.of(FieldError.of("newPassword", "password.tooSimple", 3));

    @ParameterizedTest
    @ValueSource(strings = {
            "Abcdefgh1x",          // 10 characters: lower, upper, digit
            "abcdefgh1!",          // lower, digit, other
            "ABCDEFGH1!",          // upper, digit, other
            "Abcdefghi!",          // lower, upper, other
            "Aa1!Aa1!Aa1!",        // all four kinds
            "帮扶通帮扶通abC1",       // CJK characters count as "other"
            "Abcdefgh 1"           // a blank is "other" too
    })
    void goodPasswordsPass(String password) {
        assertEquals(Optional.empty(), PasswordPolicy.check("newPassword", password));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"Abcdefg1!", "Aa1!", "帮扶通帮扶通Ab1"})
    void fewerThanTenCharactersAreTooShort(String password) {
        assertEquals(TOO_SHORT, PasswordPolicy.check("newPassword", password));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "abcdefghij",          // one kind
            "abcdefghi1",          // lower, digit
            "ABCDEFGHIJk",         // upper, lower
            "1234567890!",         // digit, other
            "帮扶通帮扶通帮扶通帮扶通abc", // other, lower
            "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    })
    void tenCharactersOfTwoKindsOrFewerAreTooSimple(String password) {
        assertEquals(TOO_SIMPLE, PasswordPolicy.check("newPassword", password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "abcdefghi"})
    void aShortSimplePasswordIsReportedAsTooShort(String password) {
        assertEquals(TOO_SHORT, PasswordPolicy.check("newPassword", password));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "newPassword"})
    void theErrorIsReportedOnTheGivenField(String field) {
        assertEquals(field, PasswordPolicy.check(field, "short").orElseThrow().field());
    }
}
