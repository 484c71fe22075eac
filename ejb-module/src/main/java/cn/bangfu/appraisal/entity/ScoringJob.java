package cn.bangfu.appraisal.entity;

import cn.bangfu.campaign.entity.Campaign;
import jakarta.persistence.Column;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One batch computation of a campaign's forms (AUTO and DEDUCTION points, vetoes, frozen inputs), kept so that any node
 * answers its progress. The worker beats every chunk; a job whose beat stopped for {@link #LOST} died with its node and
 * is shown FAILED, and the campaign may be scored again.
 */
@Entity
@Table(name = "scoring_job")
@NamedQuery(name = ScoringJob.LATEST_OF, query = "select j from ScoringJob j where j.campaign = :campaign order by j.startedAt desc, j.id desc")
public class ScoringJob {

    public static final String LATEST_OF = "ScoringJob.latestOf";
    static final Duration LOST = Duration.ofMinutes(2);
    private static final int FAILURES_KEPT = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    /** The one scheme whose forms it computes; null: every scheme of the campaign. */
    @Column(name = "scheme_id", updatable = false)
    private Long schemeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ScoringJobStatus status = ScoringJobStatus.QUEUED;

    @Column(name = "forms_total", nullable = false)
    private int total;

    @Column(name = "forms_done", nullable = false)
    private int done;

    @Column(name = "forms_failed", nullable = false)
    private int failed;

    /** The failed forms, a line each ("unit code: reason"), the first hundred. */
    @Column(length = 20000)
    private String failures;

    @Column(name = "started_by", nullable = false, updatable = false, length = 64)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "beat_at", nullable = false)
    private Instant beatAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(length = 500)
    private String failure;

    @Version
    private long version;

    protected ScoringJob() {
    }

    public ScoringJob(Campaign campaign, Long schemeId, String startedBy, Instant now) {
        this.campaign = campaign;
        this.schemeId = schemeId;
        this.startedBy = startedBy;
        this.startedAt = now;
        this.beatAt = now;
    }

    public void start(int total, Instant now) {
        status = ScoringJobStatus.RUNNING;
        this.total = total;
        beatAt = now;
    }

    /** A chunk is written: how many forms it computed, and a line for each that failed. */
    public void progress(int computed, List<String> failedForms, Instant now) {
        done += computed;
        failed += failedForms.size();
        List<String> kept = new ArrayList<>(failureList());
        for (String f : failedForms) {
            if (kept.size() < FAILURES_KEPT) {
                kept.add(f.length() > 190 ? f.substring(0, 190) : f);
            }
        }
        failures = kept.isEmpty() ? null : String.join("\n", kept);
        beatAt = now;
    }

    public void finish(Instant now) {
        status = ScoringJobStatus.DONE;
        endedAt = now;
    }

    public void fail(String why, Instant now) {
        status = ScoringJobStatus.FAILED;
        failure = why == null ? null : why.length() > 500 ? why.substring(0, 500) : why;
        endedAt = now;
    }

    /** Whether it still runs somewhere: not over, and its worker beat within {@link #LOST}. */
    public boolean running(Instant now) {
        return status.running() && now.isBefore(beatAt.plus(LOST));
    }

    private List<String> failureList() {
        return failures == null || failures.isEmpty() ? List.of() : List.of(failures.split("\n"));
    }

    public ScoringJobData data(Instant now, String lostReason) {
        ScoringJobStatus shown = status.running() && !running(now) ? ScoringJobStatus.FAILED : status;
        int progress = switch (shown) {
            case QUEUED -> 0;
            case RUNNING -> total == 0 ? 0 : Math.min(99, (done + failed) * 100 / total);
            default -> 100;
        };
        String why = shown == ScoringJobStatus.FAILED && failure == null ? lostReason : failure;
        return new ScoringJobData(id, campaign.getCode(), schemeId, shown.name(), total, done, failed, progress, failureList(), startedBy,
                startedAt, endedAt, why);
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public Long getSchemeId() {
        return schemeId;
    }

    public ScoringJobStatus getStatus() {
        return status;
    }

    public String getStartedBy() {
        return startedBy;
    }
}
