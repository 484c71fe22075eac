package cn.bangfu.org.entity;

import java.util.regex.Pattern;

/**
 * E-mail addresses as a unit gives them for its daily reminders: one {@code @}, a local part without blanks, and a
 * domain of at least two labels ({@code gxj@pingjiang.gov.cn}). Plausible, not proven: only a mail that arrives proves it.
 */
public final class Email {

    public static final int MAX = 100;

    private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@"
            + LABEL + "(?:\\." + LABEL + ")+");

    private Email() {
    }

    public static boolean valid(String email) {
        return email != null && email.length() <= MAX && SHAPE.matcher(email.strip()).matches();
    }
}
