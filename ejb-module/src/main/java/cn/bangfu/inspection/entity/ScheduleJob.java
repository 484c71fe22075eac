package cn.bangfu.inspection.entity;

import cn.bangfu.platform.entity.Messages;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One run of the solver over a round, kept so that any node can answer its progress and its result after the page that
 * started it is gone. A job that outlives its time limit by {@link #GRACE} without ending was lost with its node.
 */
@Entity
@Table(name = "schedule_job")
@NamedQuery(name = ScheduleJob.OF_ROUND, query = "select j from ScheduleJob j where j.round = :round order by j.startedAt desc, j.id desc")
public class ScheduleJob {

    public static final String OF_ROUND = "ScheduleJob.ofRound";
    static final Duration GRACE = Duration.ofMinutes(2);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "round_id", nullable = false, updatable = false)
    private InspectionRound round;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private JobStatus status = JobStatus.QUEUED;

    @Column(name = "limit_seconds", nullable = false, updatable = false)
    private int limitSeconds;

    @Column(name = "hard_score")
    private Long hardScore;

    @Column(name = "soft_score")
    private Long softScore;

    @Column(name = "started_by", nullable = false, updatable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(length = 500)
    private String failure;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "schedule_violation", joinColumns = @JoinColumn(name = "job_id"))
    @OrderColumn(name = "seq_no")
    private List<JobViolation> violations = new ArrayList<>();

    @Version
    private long version;

    protected ScheduleJob() {
    }

    public ScheduleJob(InspectionRound round, int limitSeconds, String startedBy, Instant now) {
        this.round = round;
        this.limitSeconds = limitSeconds;
        this.startedBy = startedBy;
        this.startedAt = now;
    }

    /** The worker took it: the clock of the time limit starts now. */
    public void solving(Instant now) {
        status = JobStatus.SOLVING;
        startedAt = now;
    }

    public void progress(long hard, long soft) {
        hardScore = hard;
        softScore = soft;
    }

    public void finish(boolean stopped, long hard, long soft, List<JobViolation> left, Instant now) {
        status = stopped ? JobStatus.STOPPED : JobStatus.DONE;
        progress(hard, soft);
        violations.clear();
        violations.addAll(left);
        endedAt = now;
    }

    public void fail(String why, Instant now) {
        status = JobStatus.FAILED;
        failure = why == null ? null : why.length() > 500 ? why.substring(0, 500) : why;
        endedAt = now;
    }

    /** Whether the job still runs somewhere: it is not over and has not outlived its time limit by the grace. */
    public boolean running(Instant now) {
        return status.running() && now.isBefore(startedAt.plusSeconds(limitSeconds).plus(GRACE));
    }

    public ScheduleJobData data(Instant now, Locale locale) {
        JobStatus shown = status.running() && !running(now) ? JobStatus.FAILED : status;
        int progress = switch (shown) {
            case QUEUED -> 0;
            case SOLVING -> (int) Math.min(99, Duration.between(startedAt, now).toMillis() / (limitSeconds * 10L));
            default -> 100;
        };
        List<ScheduleJobData.Violation> vs = violations.stream()
                .map(v -> new ScheduleJobData.Violation(v.getVisitId(), v.getConstraint(), v.isHard(),
                        Messages.get(locale, v.getMessageKey(), v.args().toArray())))
                .toList();
        String why = shown == JobStatus.FAILED && failure == null ? Messages.get(locale, "inspection.job.lost") : failure;
        return new ScheduleJobData(id, round.getId(), shown.name(), hardScore, softScore, vs, startedAt, endedAt, limitSeconds, progress, why);
    }

    public Long getId() {
        return id;
    }

    public InspectionRound getRound() {
        return round;
    }

    public String getStartedByLogin() {
        return startedBy;
    }

    public JobStatus getStatus() {
        return status;
    }

    public int getLimitSeconds() {
        return limitSeconds;
    }

    public List<JobViolation> getViolations() {
        return violations;
    }
}
