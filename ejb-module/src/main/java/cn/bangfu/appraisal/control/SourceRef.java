package cn.bangfu.appraisal.control;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Objects;

/**
 * A record behind a metric ({@link UnitFigures}): what it is, its key, and the version it had when the metric was computed, so
 * that a frozen score can show the records it came from and tell which of them changed since.
 *
 * @param type    one of {@link #PROBLEM}, {@link #ASSIGNMENT}, {@link #PLAN}, {@link #VISIT}, {@link #FINDING},
 *                {@link #RECTIFICATION}
 * @param id      the record's primary key
 * @param version the record's JPA version then (0 for a record without one)
 */
public record SourceRef(String type, long id, long version) implements Serializable {

    public static final String PROBLEM = "problem";
    public static final String ASSIGNMENT = "assignment";
    public static final String PLAN = "plan";
    public static final String VISIT = "visit";
    public static final String FINDING = "finding";
    public static final String RECTIFICATION = "rectification";

    /** How a metric lists its records: by type, then by id; a record appears once whatever its version. */
    public static final Comparator<SourceRef> ORDER = Comparator.comparing(SourceRef::type).thenComparingLong(SourceRef::id);

    public SourceRef {
        Objects.requireNonNull(type, "type");
    }
}
