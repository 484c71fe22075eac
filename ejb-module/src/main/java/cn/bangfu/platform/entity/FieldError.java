package cn.bangfu.platform.entity;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;

/**
 * One thing wrong with one input field. The message is a key into the domain bundle
 * ({@code cn.bangfu.platform.messages}) so the same error reads in Chinese or English.
 * Row and column are set for spreadsheet imports only (row is 1-based as Excel shows it).
 */
public record FieldError(String field, String messageKey, List<Object> args, Integer row, String column)
        implements Serializable {

    /** The order an import lists its bad cells in: by row, then by column letter. */
    public static final Comparator<FieldError> BY_CELL = Comparator.comparing(FieldError::row)
            .thenComparing(e -> e.column() == null ? "" : e.column());

    public FieldError {
        args = args == null ? List.of() : List.copyOf(args);
    }

    public static FieldError of(String field, String messageKey, Object... args) {
        return new FieldError(field, messageKey, List.of(args), null, null);
    }

    public FieldError at(int row, String column) {
        return new FieldError(field, messageKey, args, row, column);
    }
}
