package cn.bangfu.platform.entity;

import java.util.List;

/**
 * The rules every typed-in text follows: surrounding blanks (full-width ones too) removed, nothing
 * left is no value, and a length is counted in characters as a user counts them (code points, so
 * a rare character outside the basic plane such as 𠀀 is one, not two).
 */
public final class Text {

    private Text() {
    }

    /** The text without surrounding blanks; null if nothing is left. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    /** The number of characters (code points); 0 for null. */
    public static int length(String s) {
        return s == null ? 0 : s.codePointCount(0, s.length());
    }

    public static boolean longerThan(String s, int max) {
        return length(s) > max;
    }

    /** Adds {@code field.required} for no value, {@code field.tooLong} for one longer than {@code max}. */
    public static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            errors.add(FieldError.of(field, "field.required"));
        } else {
            optional(errors, field, value, max);
        }
    }

    /** Adds {@code field.tooLong} for a value longer than {@code max}. */
    public static void optional(List<FieldError> errors, String field, String value, int max) {
        if (longerThan(value, max)) {
            errors.add(FieldError.of(field, "field.tooLong", max));
        }
    }
}
