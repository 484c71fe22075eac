package cn.bangfu.inspection.boundary;

import cn.bangfu.inspection.control.InspectionSchedule;
import cn.bangfu.inspection.control.SchedulePlanning;
import cn.bangfu.inspection.control.ScheduleSolver;
import cn.bangfu.inspection.control.ScheduleViolation;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.JobStatus;
import cn.bangfu.inspection.entity.JobViolation;
import cn.bangfu.inspection.entity.RoundStatus;
import cn.bangfu.inspection.entity.ScheduleJob;
import cn.bangfu.platform.control.AuditTrail;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;

/**
 * The steps of a solver job that touch the database, each in a transaction of its own, for {@link ScheduleRunner}'s worker
 * thread: take the job and read the round, record progress, write the result, or record the failure. Only the runner
 * calls it; the caller was checked when the job was created.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScheduleWork {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    SchedulePlanning planning;

    @Inject
    AuditTrail audit;

    /** The job's round as a planning problem, the job marked SOLVING; null when the job is gone or no longer queued. */
    public SchedulePlanning.Loaded start(long jobId) {
        ScheduleJob job = em.find(ScheduleJob.class, jobId);
        if (job == null || job.getStatus() != JobStatus.QUEUED) {
            return null;
        }
        job.solving(clock.instant());
        return planning.load(job.getRound());
    }

    public void progress(long jobId, HardSoftScore best) {
        ScheduleJob job = em.find(ScheduleJob.class, jobId);
        if (job != null && job.getStatus() == JobStatus.SOLVING) {
            job.progress(best.hardScore(), best.softScore());
        }
    }

    /** Writes the solved schedule to the round's visits (if the round is still planned) and what it still breaks, in words. */
    public void finish(long jobId, SchedulePlanning.Loaded loaded, InspectionSchedule solved, boolean stopped) {
        ScheduleJob job = em.find(ScheduleJob.class, jobId);
        if (job == null) {
            return;
        }
        InspectionRound round = job.getRound();
        if (round.getStatus() != RoundStatus.PLANNING) {
            job.fail("round " + round.getId() + " was published while it was solved; its schedule was kept", clock.instant());
            return;
        }
        int changed = planning.apply(loaded, solved);
        HardSoftScore score = ScheduleSolver.score(solved);
        List<JobViolation> left = new ArrayList<>();
        for (ScheduleViolation v : ScheduleSolver.violations(solved)) {
            for (Long visit : v.visits()) {
                left.add(new JobViolation(visit, v.constraint(), v.hard(), v.messageKey(), v.args()));
            }
        }
        job.finish(stopped, score.hardScore(), score.softScore(), left, clock.instant());
        audit.change(job.getStartedByLogin(), round, r -> "SOLVE " + changed, () -> round);
    }

    public void fail(long jobId, String why) {
        ScheduleJob job = em.find(ScheduleJob.class, jobId);
        if (job != null) {
            job.fail(why, clock.instant());
        }
    }
}
