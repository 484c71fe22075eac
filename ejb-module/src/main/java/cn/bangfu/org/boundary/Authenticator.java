package cn.bangfu.org.boundary;

import java.time.Clock;
import cn.bangfu.org.control.PasswordHasher;
import cn.bangfu.org.control.VerifiedCredentials;
import cn.bangfu.org.entity.SignIn;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Checks a login and password for the identity store. Failed attempts are counted on the account,
 * the fifth locks it for fifteen minutes; both are in the audit trail.
 */
@Stateless
@PermitAll
public class Authenticator {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    VerifiedCredentials verified;

    @Inject
    AuditTrail audit;

    public SignIn signIn(String login, String password) {
        if (login == null || password == null) {
            return SignIn.failed(SignIn.Outcome.INVALID);
        }
        UserAccount account = em.createNamedQuery(UserAccount.BY_LOGIN, UserAccount.class)
                .setParameter("login", login.strip()).getResultStream().findFirst().orElse(null);
        Instant now = clock.instant();
        if (account == null) {
            // Spend the same time as a real check, so response times do not reveal which logins exist.
            PasswordHasher.matches(password, DUMMY_HASH);
            return SignIn.failed(SignIn.Outcome.INVALID);
        }
        if (!account.isEnabled() || account.lockedAt(now)) {
            // Locked or disabled is told only to whoever knows the password; to anyone else it is a wrong password.
            // Either way one full check is made, so neither the answer nor its time tells which logins exist or are locked.
            if (!PasswordHasher.matches(password, account.getPasswordHash())) {
                return SignIn.failed(SignIn.Outcome.INVALID);
            }
            return SignIn.failed(account.isEnabled() ? SignIn.Outcome.LOCKED : SignIn.Outcome.DISABLED);
        }
        boolean right = verified.remembered(account.getLogin(), password, account.getPasswordHash(), now);
        if (!right && PasswordHasher.matches(password, account.getPasswordHash())) {
            verified.remember(account.getLogin(), password, account.getPasswordHash(), now);
            right = true;
        }
        if (right) {
            // Five failures in a row lock the account: any success, remembered or checked, ends the row.
            if (account.getFailedAttempts() > 0) {
                em.createNamedQuery(UserAccount.END_FAILURES).setParameter("id", account.getId()).executeUpdate();
            }
            return new SignIn(SignIn.Outcome.OK, account.getLogin(), account.getRoles());
        }
        audit.change(account.getLogin(), account, l -> l ? "LOCK" : "LOGIN_FAILED", () -> account.signInFailed(now));
        // Even the failure that locks the account answers "wrong password": its state is told only with the right one.
        return SignIn.failed(SignIn.Outcome.INVALID);
    }

    private static final String DUMMY_HASH = PasswordHasher.hash("no-such-account-Bangfu-1");
}
