package cn.bangfu.registry.entity;

import cn.bangfu.platform.entity.FieldError;
import java.util.List;

/** The text rules the registry's data records share: blanks removed, required fields, maximum lengths. */
final class Input {

    private Input() {
    }

    /** The text without surrounding blanks (also full-width ones); null if nothing is left. */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    static void required(List<FieldError> errors, String field, String value, int max) {
        if (value == null) {
            errors.add(FieldError.of(field, "field.required"));
        } else {
            optional(errors, field, value, max);
        }
    }

    static void optional(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.codePointCount(0, value.length()) > max) {
            errors.add(FieldError.of(field, "field.tooLong", max));
        }
    }
}
