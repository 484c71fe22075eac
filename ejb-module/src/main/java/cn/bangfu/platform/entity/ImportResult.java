package cn.bangfu.platform.entity;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/** What an import did: records created, records changed, and rows that matched a record exactly. */
public record ImportResult(int created, int updated, int unchanged) implements Serializable {

    /** What importing one row did. */
    public enum Outcome {
        CREATED, UPDATED, UNCHANGED
    }

    /** Imports the rows one by one, in order, and counts what each did. */
    public static <R> ImportResult of(List<R> rows, Function<R, Outcome> importRow) {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (R row : rows) {
            switch (importRow.apply(row)) {
                case CREATED -> created++;
                case UPDATED -> updated++;
                case UNCHANGED -> unchanged++;
            }
        }
        return new ImportResult(created, updated, unchanged);
    }
}
