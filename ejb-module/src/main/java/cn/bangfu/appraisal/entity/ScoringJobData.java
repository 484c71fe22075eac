package cn.bangfu.appraisal.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A batch scoring job as the API shows it: {@code progress} 0–100 over the forms to compute, how many were computed and
 * how many failed, each failure with the unit and the reason in words; {@code failure} why the job as a whole failed.
 */
public record ScoringJobData(Long id, String campaign, Long schemeId, String status, int total, int done, int failed, int progress,
                             List<String> failures, String startedBy, Instant startedAt, Instant endedAt, String failure) implements Serializable {
}
