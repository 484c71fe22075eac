package cn.bangfu.org.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers for a short while that a login and password matched, so HTTP Basic calls do not pay
 * for PBKDF2 on every request. The key is an HMAC with a secret of this process over login,
 * password and the stored hash: the password is never kept, and a new password (a new stored hash)
 * no longer matches. Lockout and disabling are checked on the account each time, not cached.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration TTL = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private final byte[] secret = new byte[32];
    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    public VerifiedCredentials() {
        new SecureRandom().nextBytes(secret);
    }

    public boolean remembered(String login, String password, String storedHash, Instant now) {
        Instant until = verified.get(key(login, password, storedHash));
        return until != null && now.isBefore(until);
    }

    public void remember(String login, String password, String storedHash, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(until -> !now.isBefore(until));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(key(login, password, storedHash), now.plus(TTL));
    }

    String key(String login, String password, String storedHash) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update(login.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(password.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            mac.update(storedHash.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
