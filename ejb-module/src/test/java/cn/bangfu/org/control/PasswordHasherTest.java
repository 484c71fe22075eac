package cn.bangfu.org.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final String PASSWORD = "Bangfu-帮扶-2024";
    /** Hashing is slow on purpose; one hash serves all tests that only read it. */
    private static final String HASH = PasswordHasher.hash(PASSWORD);

    @Test
    void theHashOfAPasswordVerifies() {
        assertTrue(PasswordHasher.matches(PASSWORD, HASH));
    }

    @Test
    void aWrongPasswordDoesNotVerify() {
        assertFalse(PasswordHasher.matches("Bangfu-帮扶-2025", HASH));
        assertFalse(PasswordHasher.matches("bangfu-帮扶-2024", HASH));
        assertFalse(PasswordHasher.matches("", HASH));
        assertFalse(PasswordHasher.matches(null, HASH));
    }

    @Test
    void twoHashesOfOnePasswordDifferButBothVerify() {
        String other = PasswordHasher.hash(PASSWORD);
        assertNotEquals(HASH, other);
        assertTrue(PasswordHasher.matches(PASSWORD, other));
    }

    @Test
    void theHashIsStoredInJakartaSecurityPbkdf2Format() {
        String[] parts = HASH.split(":");
        assertEquals(4, parts.length, HASH);
        assertEquals("PBKDF2WithHmacSHA512", parts[0]);
        assertEquals("210000", parts[1]);
        assertEquals(32, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(64, Base64.getDecoder().decode(parts[3]).length, "hash bytes (512 bits)");
        assertTrue(HASH.startsWith("PBKDF2WithHmacSHA512:210000:"));
    }

    @Test
    void thePasswordDoesNotAppearInTheHash() {
        assertFalse(HASH.contains(PASSWORD));
    }

    @Test
    void aStoredHashWithAlteredIterationsDoesNotVerify() {
        // Same format, other parameters: the stored iteration count is the one used.
        String[] parts = HASH.split(":");
        String tampered = String.join(":", parts[0], "1000", parts[2], parts[3]);
        assertFalse(PasswordHasher.matches(PASSWORD, tampered), "the hash was derived with 210000 iterations");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "plain-text-password",
            "PBKDF2WithHmacSHA512",
            "PBKDF2WithHmacSHA512:210000",
            "PBKDF2WithHmacSHA512:210000:c2FsdA==",
            "PBKDF2WithHmacSHA512:210000:c2FsdA==:aGFzaA==:extra",
            "PBKDF2WithHmacSHA256:210000:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA512:many:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA512:0:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA512:-1:c2FsdA==:aGFzaA==",
            "PBKDF2WithHmacSHA512:1000:not base64!:aGFzaA==",
            "PBKDF2WithHmacSHA512:1000:c2FsdA==:not base64!",
            "PBKDF2WithHmacSHA512:1000::aGFzaA==",
            "PBKDF2WithHmacSHA512:1000:c2FsdA==:",
            ":::"
    })
    void aMalformedStoredHashNeverMatches(String stored) {
        assertFalse(PasswordHasher.matches(PASSWORD, stored));
        assertFalse(PasswordHasher.matches("plain-text-password", stored));
    }
}
