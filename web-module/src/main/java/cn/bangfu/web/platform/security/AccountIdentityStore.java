package cn.bangfu.web.platform.security;

import cn.bangfu.org.boundary.Authenticator;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.SignIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.stream.Collectors;

/** Checks logins against the user accounts in the database (PBKDF2-HMAC-SHA512); the groups are the account's roles. */
@ApplicationScoped
public class AccountIdentityStore implements IdentityStore {

    @Inject
    Authenticator authenticator;

    @Inject
    SignInOutcome outcome;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential c)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        SignIn result = authenticator.signIn(c.getCaller(), c.getPasswordAsString());
        outcome.set(result.outcome());
        if (!result.ok()) {
            return CredentialValidationResult.INVALID_RESULT;
        }
        return new CredentialValidationResult(result.login(), result.roles().stream().map(Role::name).collect(Collectors.toSet()));
    }
}
