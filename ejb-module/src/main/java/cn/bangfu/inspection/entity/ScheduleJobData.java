package cn.bangfu.inspection.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A solver job as the API shows it: {@code status}, the best {@code hardScore} and {@code softScore} so far (0 hard: no
 * rule broken), the {@code violations} the result still has in words, and for a progress bar the time limit and the
 * {@code progress} (0–100) of it spent.
 */
public record ScheduleJobData(Long id, Long round, String status, Long hardScore, Long softScore, List<Violation> violations,
                              Instant startedAt, Instant endedAt, Integer limitSeconds, Integer progress, String failure)
        implements Serializable {

    /** {@code visit} (its id), {@code constraint} (its code), {@code hard}, {@code message} in the reader's language. */
    public record Violation(Long visit, String constraint, boolean hard, String message) implements Serializable {
    }
}
