package cn.bangfu.org.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");
    private static final String HASH = "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==";
    private static final String NEW_HASH = "PBKDF2WithHmacSHA512:210000:bmV3IHNhbHQ=:bmV3IGhhc2g=";

    private final VerifiedCredentials verified = new VerifiedCredentials();

    @Test
    void nothingIsRememberedAtFirst() {
        assertFalse(verified.remembered("zhangsan", "Secret-Pass1", HASH, T0));
    }

    @Test
    void aCredentialIsRememberedAfterRemember() {
        verified.remember("zhangsan", "Secret-Pass1", HASH, T0);
        assertTrue(verified.remembered("zhangsan", "Secret-Pass1", HASH, T0));
        assertTrue(verified.remembered("zhangsan", "Secret-Pass1", HASH, T0.plusSeconds(60)));
    }

    @Test
    void anotherPasswordIsNotRemembered() {
        verified.remember("zhangsan", "Secret-Pass1", HASH, T0);
        assertFalse(verified.remembered("zhangsan", "Secret-Pass2", HASH, T0));
        assertFalse(verified.remembered("zhangsan", "", HASH, T0));
    }

    @Test
    void anotherLoginIsNotRemembered() {
        verified.remember("zhangsan", "Secret-Pass1", HASH, T0);
        assertFalse(verified.remembered("lisi", "Secret-Pass1", HASH, T0));
    }

    @Test
    void loginAndPasswordCannotBeShiftedIntoEachOther() {
        verified.remember("zhang", "san-Secret-Pass1", HASH, T0);
        assertFalse(verified.remembered("zhangsan", "-Secret-Pass1", HASH, T0));
    }

    @Test
    void aCredentialIsForgottenOnceTheStoredHashChanges() {
        verified.remember("zhangsan", "Secret-Pass1", HASH, T0);
        assertFalse(verified.remembered("zhangsan", "Secret-Pass1", NEW_HASH, T0));
    }

    @Test
    void aCredentialExpiresAfterTheTtl() {
        verified.remember("zhangsan", "Secret-Pass1", HASH, T0);
        assertTrue(verified.remembered("zhangsan", "Secret-Pass1", HASH, T0.plus(VerifiedCredentials.TTL).minusMillis(1)));
        assertFalse(verified.remembered("zhangsan", "Secret-Pass1", HASH, T0.plus(VerifiedCredentials.TTL)));
        assertFalse(verified.remembered("zhangsan", "Secret-Pass1", HASH, T0.plus(Duration.ofHours(1))));
    }

    @Test
    void theTtlIsShort() {
        assertTrue(VerifiedCredentials.TTL.compareTo(Duration.ofMinutes(5)) <= 0);
    }

    @Test
    void rememberingAgainRenewsTheTtl() {
        verified.remember("zhangsan", "Secret-Pass1", HASH, T0);
        Instant later = T0.plus(Duration.ofMinutes(4));
        verified.remember("zhangsan", "Secret-Pass1", HASH, later);
        assertTrue(verified.remembered("zhangsan", "Secret-Pass1", HASH, T0.plus(Duration.ofMinutes(6))));
    }

    @Test
    void anotherProcessDoesNotKnowWhatThisOneRemembered() {
        verified.remember("zhangsan", "Secret-Pass1", HASH, T0);
        assertFalse(new VerifiedCredentials().remembered("zhangsan", "Secret-Pass1", HASH, T0));
    }
}
