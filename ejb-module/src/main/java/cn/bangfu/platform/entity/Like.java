package cn.bangfu.platform.entity;

import java.util.Locale;

/**
 * A typed-in text as a JPQL LIKE pattern that finds it anywhere: {@code "%text%"} in lower case, with
 * LIKE's own wildcards ({@code %}, {@code _}) and the escape character escaped, so queries compare
 * {@code lower(x) like :q escape '\'} and a user's "50%" finds "50%", not "500".
 */
public final class Like {

    private Like() {
    }

    /** The pattern, or null for no text (a filter that is not set). */
    public static String containing(String text) {
        String t = Text.clean(text);
        return t == null ? null : "%" + t.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The pattern, or one that matches everything for no text (a picker before the user types). */
    public static String containingOrAll(String text) {
        String pattern = containing(text);
        return pattern == null ? "%" : pattern;
    }
}
