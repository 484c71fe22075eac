package cn.bangfu.registry.entity;

import cn.bangfu.platform.entity.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015) that identifies an enterprise: 18
 * characters, namely the registering authority (登记管理部门码, 1), the kind of organisation (机构类别码,
 * 1), the registering office's GB/T 2260 region code (登记管理机关行政区划码, 6 digits), the entity code
 * (主体标识码, 9 characters: the organisation code of GB 11714 with its own check character) and the
 * check character (校验码, 1).
 *
 * <p>The alphabet is the digits and the upper-case letters without I, O, S, V and Z (31 characters);
 * the check character is the alphabet's character at {@code 31 - (Σ value·weight mod 31)}, 31 counting
 * as 0, with weights 3<sup>i</sup> mod 31 for positions 1–17.
 *
 * <p>{@link #normalise} accepts what people paste from licences and web pages: it removes spaces
 * (also the ideographic space U+3000 and no-break spaces), turns full-width digits and letters into
 * ASCII, and <b>turns lower-case letters into upper case</b>. {@link #check} reports everything else:
 * a wrong length, a character outside the alphabet (with its position), a region part that is not
 * six digits, and a wrong check character (with the one expected). The entity code's own GB 11714
 * check character is not enforced: the GB 32100 check character already catches a mistyped
 * character, and a second rule could only refuse codes that the registering office did issue.
 */
public final class CreditCode {

    public static final int LENGTH = 18;
    /** The 31 characters a code uses, in the order of their values 0–30. */
    public static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Letters the standard leaves out, so they are never confused with 1, 0, 5, U and 2. */
    public static final String BANNED = "IOSVZ";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final String FIELD = "creditCode";

    private CreditCode() {
    }

    /**
     * The code as it is stored: without spaces of any width, full-width digits and letters as ASCII,
     * letters in upper case. Null for null or a text of spaces only. Other characters stay as they
     * are, so {@link #check} can name them.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(raw.length());
        raw.codePoints().forEach(c -> {
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u3000') {
                return;
            }
            int ascii = c;
            if (c >= '\uFF10' && c <= '\uFF19' || c >= '\uFF21' && c <= '\uFF3A' || c >= '\uFF41' && c <= '\uFF5A') {
                ascii = c - 0xFEE0;
            }
            if (ascii >= 'a' && ascii <= 'z') {
                ascii = ascii - 'a' + 'A';
            }
            sb.appendCodePoint(ascii);
        });
        return sb.isEmpty() ? null : sb.toString();
    }

    /** Every problem of the code after {@link #normalise normalising} it; empty if it is a valid code. */
    public static List<FieldError> check(String raw) {
        String code = normalise(raw);
        List<FieldError> errors = new ArrayList<>();
        if (code == null) {
            errors.add(FieldError.of(FIELD, "field.required"));
            return errors;
        }
        int[] chars = code.codePoints().toArray();
        if (chars.length != LENGTH) {
            errors.add(FieldError.of(FIELD, "creditCode.length", String.valueOf(LENGTH), String.valueOf(chars.length)));
        }
        boolean regionReported = false;
        for (int i = 0; i < chars.length; i++) {
            String c = new String(Character.toChars(chars[i]));
            String position = String.valueOf(i + 1);
            if (BANNED.contains(c)) {
                errors.add(FieldError.of(FIELD, "creditCode.banned", position, c));
            } else if (chars[i] > 0x7F || ALPHABET.indexOf(chars[i]) < 0) {
                errors.add(FieldError.of(FIELD, "creditCode.character", position, c));
            } else if (chars.length == LENGTH && i >= 2 && i < 8 && !Character.isDigit(chars[i]) && !regionReported) {
                // Only in a code of the right length: in a shorter or longer one the parts are shifted, and
                // "the region is not six digits" would send the user looking in the wrong place.
                regionReported = true;
                errors.add(FieldError.of(FIELD, "creditCode.region", code.substring(2, Math.min(8, code.length()))));
            }
        }
        if (errors.isEmpty()) {
            char expected = checkCharacter(code.substring(0, LENGTH - 1));
            char actual = code.charAt(LENGTH - 1);
            if (expected != actual) {
                errors.add(FieldError.of(FIELD, "creditCode.checkDigit", String.valueOf(expected), String.valueOf(actual)));
            }
        }
        return errors;
    }

    /** True if the code is valid once normalised. */
    public static boolean valid(String raw) {
        return check(raw).isEmpty();
    }

    /**
     * The check character (position 18) for the first 17 characters.
     *
     * @throws IllegalArgumentException if there are not 17 characters of the alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("17 characters expected: " + first17);
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("not in the alphabet: " + first17.charAt(i));
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /**
     * A complete code from its parts, both check characters computed: the GB 11714 one of the entity
     * code and the GB 32100 one of the whole. For demo data and tests.
     *
     * @param authority    登记管理部门码, e.g. '9' for market regulation (工商)
     * @param kind         机构类别码, e.g. '1' for a company
     * @param regionCode   the registering office's six-digit region code
     * @param entityBody   the first eight characters of the entity code (digits and upper-case letters)
     */
    public static String compose(char authority, char kind, String regionCode, String entityBody) {
        String first17 = "" + authority + kind + regionCode + entityBody + organisationCheckCharacter(entityBody);
        return first17 + checkCharacter(first17);
    }

    /** The GB 11714 check character of an eight-character organisation code body: a digit or X. */
    static char organisationCheckCharacter(String body) {
        if (body == null || body.length() != ORGANISATION_WEIGHTS.length) {
            throw new IllegalArgumentException("8 characters expected: " + body);
        }
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            int value = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : -1;
            if (value < 0) {
                throw new IllegalArgumentException("not a digit or upper-case letter: " + c);
            }
            sum += value * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }
}
