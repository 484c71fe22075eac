package cn.bangfu.platform.entity;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * An enum's constant from what a client sent ("accepted", " ACCEPTED "): case and surrounding spaces do not matter.
 * Unknown or blank is null, or a field error that names the values allowed.
 */
public final class Codes {

    private Codes() {
    }

    /** The constant named by {@code value}, null when blank or unknown. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * The constant named by {@code value}; {@code otherwise} when blank; when unknown, {@code otherwise} and a field error
     * on {@code field} that lists the values allowed.
     */
    public static <E extends Enum<E>> E parse(List<FieldError> errors, String field, String value, Class<E> type, E otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        E e = parse(type, value);
        if (e == null) {
            errors.add(unknown(field, value, type));
            return otherwise;
        }
        return e;
    }

    /** "{value}" is not one of the type's values. */
    public static FieldError unknown(String field, String value, Class<? extends Enum<?>> type) {
        return FieldError.of(field, "value.unknown", value, Arrays.toString(type.getEnumConstants()));
    }
}
