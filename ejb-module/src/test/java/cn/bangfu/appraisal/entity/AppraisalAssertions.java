package cn.bangfu.appraisal.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.StateRefusal;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.function.Executable;

/**
 * How the appraisal tests check what a user gets ({@link AppraisalFixtures} is what they act on): a refusal as its 409 or
 * 400 says it, its words in English, points compared as numbers (26 is 26.00), the last entry of a form's history.
 */
final class AppraisalAssertions {

    private AppraisalAssertions() {
    }

    /** A refused step or cell: a 409 with the form's state and the steps the caller may take instead. */
    static AppraisalRefusedException refused(Executable step, AppraisalState state, List<AppraisalAction> allowed, String key) {
        AppraisalRefusedException e = assertThrows(AppraisalRefusedException.class, step);
        assertInstanceOf(ConflictException.class, e, "a 409");
        assertInstanceOf(StateRefusal.class, e, "with state and allowed in the problem document");
        assertEquals(1, e.errors().size(), e.errors()::toString);
        assertEquals(key, e.errors().get(0).messageKey(), e.errors()::toString);
        assertEquals(state.name(), e.state(), "the state named");
        assertEquals(allowed.stream().map(Enum::name).toList(), e.allowed(), "the caller's steps named");
        return e;
    }

    /** Bad input: a 400 (not a 409) with every field error. */
    static List<FieldError> badInput(Executable step) {
        InvalidInputException e = assertThrows(InvalidInputException.class, step);
        assertFalse(e instanceof ConflictException, () -> "a 400, not a 409: " + e.errors());
        return e.errors();
    }

    /** What the user reads, in English. */
    static String english(FieldError e) {
        return Messages.text(Locale.ENGLISH, e);
    }

    /** What the user reads of a refusal's first error, in English. */
    static String english(InvalidInputException e) {
        return english(e.errors().get(0));
    }

    static void assertPoints(String expected, BigDecimal actual, String what) {
        if (expected == null) {
            assertNull(actual, what);
            return;
        }
        assertTrue(actual != null && new BigDecimal(expected).compareTo(actual) == 0, () -> what + ": expected " + expected + " but was " + actual);
    }

    static AppraisalEvent lastEvent(Appraisal a) {
        return a.getEvents().get(a.getEvents().size() - 1);
    }
}
