package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.ScheduleJobs;
import cn.bangfu.inspection.entity.JobStatus;
import cn.bangfu.inspection.entity.ScheduleJobData;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * Solving a round's schedule from its page: the office starts a job with a time limit, the page polls it every second
 * (status, best score, progress) until it ends, then shows the schedule it left and the rules it still breaks. The page
 * opens on the round's latest job, so a job started elsewhere, or before a reload, is followed too.
 */
@Named
@ViewScoped
public class ScheduleSolving implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("limitSeconds", "tabs:scheduleForm:limitSeconds");

    @Inject
    InspectionRoundPage page;

    @Inject
    ScheduleJobs jobs;

    @Inject
    DialogSave dialogSave;

    @Inject
    FacesErrors errors;

    @Inject
    Labels labels;

    private Integer limitSeconds = ScheduleJobs.DEFAULT_LIMIT_SECONDS;
    private ScheduleJobData job;

    @PostConstruct
    void init() {
        if (!page.isMissing() && page.getData() != null) {
            job = jobs.latest(page.getCampaign(), page.getRound(), labels.locale()).orElse(null);
        }
    }

    public void solve() {
        ScheduleJobData started = dialogSave.attempt(() -> jobs.solve(page.getCampaign(), page.getRound(), limitSeconds, labels.locale()), INPUTS);
        if (started != null) {
            job = started;
            errors.info("inspection.solving.started");
        }
    }

    /** The poll's step: the job as it is now; when it has just ended, the schedule it left. */
    public void poll() {
        if (job == null) {
            return;
        }
        try {
            job = jobs.job(page.getCampaign(), page.getRound(), job.id(), labels.locale());
        } catch (NotFoundException | ForbiddenException | EJBAccessException e) {
            job = null;
        }
        if (!isRunning()) {
            ended();
        }
    }

    /** Stops the job; it ends with the best schedule found so far, which the poll then shows. */
    public void stop() {
        if (job == null) {
            return;
        }
        ScheduleJobData stopped = dialogSave.attempt(() -> jobs.stop(page.getCampaign(), page.getRound(), job.id(), labels.locale()), Map.of());
        if (stopped != null) {
            job = stopped;
            errors.info("inspection.solving.stopping");
            if (!isRunning()) {
                ended();
            }
        }
    }

    /**
     * The job has ended: the round, its schedule and its targets as the job left them. The poll itself redraws only the
     * job's status every second; the schedule, which changes only now, is redrawn once.
     */
    private void ended() {
        page.load();
        PrimeFaces.current().ajax().update("tabs:scheduleForm", "tabs:targetsForm", "head");
    }

    public boolean isRunning() {
        return job != null && JobStatus.valueOf(job.status()).running();
    }

    /** Whether the latest job has ended with a result (done or stopped; a failed one has none) whose violations to list. */
    public boolean isEnded() {
        return job != null && !isRunning() && JobStatus.valueOf(job.status()) != JobStatus.FAILED;
    }

    /** The best score so far in words ("硬约束 0 / 软约束 -123"), or null before the solver has one. */
    public String getScore() {
        return job == null || job.hardScore() == null ? null : labels.get("inspection.solving.score", job.hardScore(),
                job.softScore() == null ? 0 : job.softScore());
    }

    /** What the latest job's result still breaks, once it has ended: hard rules first. */
    public List<ScheduleJobData.Violation> getViolations() {
        return !isEnded() || job.violations() == null ? List.of()
                : job.violations().stream().sorted((a, b) -> Boolean.compare(b.hard(), a.hard())).toList();
    }

    public ScheduleJobData getJob() {
        return job;
    }

    public Integer getLimitSeconds() {
        return limitSeconds;
    }

    public void setLimitSeconds(Integer limitSeconds) {
        this.limitSeconds = limitSeconds;
    }
}
