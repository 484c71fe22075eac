package cn.bangfu.org.entity;

import java.io.Serializable;
import java.util.Set;

/** The outcome of checking a login and password. Roles are set only when it succeeded. */
public record SignIn(Outcome outcome, String login, Set<Role> roles) implements Serializable {

    public enum Outcome { OK, INVALID, LOCKED, DISABLED }

    public static SignIn failed(Outcome outcome) {
        return new SignIn(outcome, null, Set.of());
    }

    public boolean ok() {
        return outcome == Outcome.OK;
    }
}
