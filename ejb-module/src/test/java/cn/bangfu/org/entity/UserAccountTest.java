package cn.bangfu.org.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant T0 = Instant.parse("2024-05-06T08:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    private final Region pingjiang = Region.create("430626", "平江县",
            Region.create("430600", "岳阳市", Region.create("430000", "湖南省", null)));
    private final UserAccount account = new UserAccount("zhangsan", "张三", pingjiang, null, Set.of(Role.OFFICE), "hash-1");

    /** Fails {@code n} sign-ins one second apart from {@code start}; returns what the last call answered. */
    private boolean fail(int n, Instant start) {
        boolean locked = false;
        for (int i = 0; i < n; i++) {
            locked = account.signInFailed(start.plusSeconds(i));
        }
        return locked;
    }

    @Test
    void aNewAccountIsUsable() {
        assertTrue(account.isEnabled());
        assertFalse(account.lockedAt(T0));
        assertTrue(account.usableAt(T0));
        assertEquals(0, account.getFailedAttempts());
        assertNull(account.getLockedUntil());
    }

    @Test
    void fourFailuresDoNotLock() {
        for (int i = 1; i <= 4; i++) {
            assertFalse(account.signInFailed(T0.plusSeconds(i)), "failure " + i);
        }
        assertEquals(4, account.getFailedAttempts());
        assertFalse(account.lockedAt(T0.plusSeconds(5)));
        assertTrue(account.usableAt(T0.plusSeconds(5)));
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        fail(4, T0);
        Instant fifth = T0.plusSeconds(10);
        assertTrue(account.signInFailed(fifth));
        assertEquals(fifth.plus(FIFTEEN_MINUTES), account.getLockedUntil());
        assertTrue(account.lockedAt(fifth));
        assertFalse(account.usableAt(fifth));
        assertTrue(account.lockedAt(fifth.plus(FIFTEEN_MINUTES).minusMillis(1)));
        assertFalse(account.usableAt(fifth.plus(FIFTEEN_MINUTES).minusMillis(1)));
    }

    @Test
    void theLockEndsAfterFifteenMinutes() {
        fail(5, T0);
        Instant end = account.getLockedUntil();
        assertFalse(account.lockedAt(end));
        assertTrue(account.usableAt(end));
        assertTrue(account.usableAt(end.plus(Duration.ofDays(1))));
    }

    @Test
    void aFailureAfterTheLockExpiredStartsCountingAgain() {
        fail(5, T0);
        Instant afterLock = account.getLockedUntil().plusSeconds(1);
        assertFalse(account.signInFailed(afterLock), "one failure after the lock must not lock again");
        assertEquals(1, account.getFailedAttempts());
        assertNull(account.getLockedUntil());
        assertTrue(account.usableAt(afterLock));
        assertFalse(fail(3, afterLock.plusSeconds(1)));
        assertTrue(account.signInFailed(afterLock.plusSeconds(10)), "the fifth failure of the new count locks");
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        fail(4, T0);
        account.signedIn();
        assertEquals(0, account.getFailedAttempts());
        assertFalse(fail(4, T0.plusSeconds(10)), "four more failures after a sign-in do not lock");
        assertTrue(account.usableAt(T0.plusSeconds(20)));
    }

    @Test
    void unlockEndsALockAtOnce() {
        fail(5, T0);
        account.unlock();
        assertNull(account.getLockedUntil());
        assertEquals(0, account.getFailedAttempts());
        assertTrue(account.usableAt(T0.plusSeconds(10)));
        assertFalse(account.signInFailed(T0.plusSeconds(11)));
    }

    @Test
    void changingThePasswordUnlocks() {
        fail(5, T0);
        account.changePassword("hash-2");
        assertEquals("hash-2", account.getPasswordHash());
        assertNull(account.getLockedUntil());
        assertEquals(0, account.getFailedAttempts());
        assertTrue(account.usableAt(T0.plusSeconds(10)));
    }

    @Test
    void aDisabledAccountIsNotUsableButNotLockedEither() {
        account.enable(false);
        assertFalse(account.usableAt(T0));
        assertFalse(account.lockedAt(T0));
        account.enable(true);
        assertTrue(account.usableAt(T0));
    }

    @Test
    void aDisabledAccountStaysUnusableAfterALockExpires() {
        fail(5, T0);
        account.enable(false);
        assertFalse(account.usableAt(account.getLockedUntil().plusSeconds(1)));
    }

    @Test
    void theLockAndItsEndAreInTheAuditSnapshotButNotTheHash() {
        fail(5, T0);
        assertEquals(account.getLockedUntil().toString(), account.auditSnapshot().get("lockedUntil"));
        assertFalse(account.auditSnapshot().containsValue("hash-1"));
    }
}
