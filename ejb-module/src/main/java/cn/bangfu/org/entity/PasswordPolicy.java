package cn.bangfu.org.entity;

import cn.bangfu.platform.entity.FieldError;
import java.util.Optional;

/** Passwords need at least 10 characters of at least 3 kinds: lower case, upper case, digits, other. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 10;
    public static final int MIN_KINDS = 3;

    private PasswordPolicy() {
    }

    /** The problem with this password, if any, reported on {@code field}. */
    public static Optional<FieldError> check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of(FieldError.of(field, "password.tooShort", MIN_LENGTH));
        }
        if (kinds(password) < MIN_KINDS) {
            return Optional.of(FieldError.of(field, "password.tooSimple", MIN_KINDS));
        }
        return Optional.empty();
    }

    static int kinds(String password) {
        boolean lower = false, upper = false, digit = false, other = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                other = true;
            }
        }
        return (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    }
}
