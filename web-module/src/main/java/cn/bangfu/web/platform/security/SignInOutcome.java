package cn.bangfu.web.platform.security;

import cn.bangfu.org.entity.SignIn;
import jakarta.enterprise.context.RequestScoped;

/** Why the last sign-in of this request failed, so the login page can say "locked" rather than "wrong password". */
@RequestScoped
public class SignInOutcome {

    private SignIn.Outcome outcome;

    public SignIn.Outcome get() {
        return outcome;
    }

    void set(SignIn.Outcome outcome) {
        this.outcome = outcome;
    }
}
