package cn.bangfu.inspection.boundary;

import cn.bangfu.inspection.control.RoundAccess;
import cn.bangfu.inspection.entity.InspectionRound;
import cn.bangfu.inspection.entity.InspectionTeam;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.ScheduleJob;
import cn.bangfu.inspection.entity.ScheduleJobData;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.control.AfterCommit;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Solving a round's schedule in the background: the office starts a job (one at a time per round), anyone who reads the
 * round polls it (status, best score, progress, and at the end the violations left, in words), the office stops it. The
 * job is handed to {@link ScheduleRunner} only once its row is committed, so the worker always finds it.
 */
@Stateless
public class ScheduleJobs {

    public static final int DEFAULT_LIMIT_SECONDS = 30;
    public static final int MAX_LIMIT_SECONDS = 600;

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    RoundAccess access;

    @Inject
    ScheduleRunner runner;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @RolesAllowed(Roles.OFFICE)
    public ScheduleJobData solve(String campaignCode, long roundId, Integer limitSeconds, Locale locale) {
        Scope scope = caller.get();
        InspectionRound round = access.managed(scope, campaignCode, roundId);
        round.requirePlanning();
        int limit = limitSeconds == null ? DEFAULT_LIMIT_SECONDS : limitSeconds;
        if (limit < 1 || limit > MAX_LIMIT_SECONDS) {
            throw new InvalidInputException(FieldError.of("limitSeconds", "field.range", 1, MAX_LIMIT_SECONDS));
        }
        if (em.createNamedQuery(InspectionTeam.COUNT_OF_ROUND, Long.class).setParameter("round", round).getSingleResult() == 0) {
            throw new ConflictException(FieldError.of("teams", "inspection.solve.noTeams"));
        }
        if (((Number) em.createNamedQuery(InspectionVisit.COUNT_OF_ROUND, Object[].class).setParameter("round", round).getSingleResult()[0])
                .longValue() == 0) {
            throw new ConflictException(FieldError.of("targets", "inspection.solve.noTargets"));
        }
        if (latest(round).filter(j -> j.running(clock.instant())).isPresent()) {
            throw new ConflictException(FieldError.of("round", "inspection.solve.running"));
        }
        ScheduleJob job = new ScheduleJob(round, limit, scope.login(), clock.instant());
        em.persist(job);
        em.flush();
        long id = job.getId();
        AfterCommit.run(transactions, () -> runner.submit(id, limit));
        return job.data(clock.instant(), locale);
    }

    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public ScheduleJobData job(String campaignCode, long roundId, long jobId, Locale locale) {
        InspectionRound round = access.readable(caller.get(), campaignCode, roundId);
        return find(round, jobId).data(clock.instant(), locale);
    }

    /** The round's latest job, if any: the page shows it when it opens. */
    @RolesAllowed({Roles.OFFICE, Roles.INSPECTOR, Roles.EVALUATOR, Roles.LEADER})
    public Optional<ScheduleJobData> latest(String campaignCode, long roundId, Locale locale) {
        InspectionRound round = access.readable(caller.get(), campaignCode, roundId);
        return latest(round).map(j -> j.data(clock.instant(), locale));
    }

    /** Stops a running job; it keeps the best schedule found so far. */
    @RolesAllowed(Roles.OFFICE)
    public ScheduleJobData stop(String campaignCode, long roundId, long jobId, Locale locale) {
        InspectionRound round = access.managed(caller.get(), campaignCode, roundId);
        ScheduleJob job = find(round, jobId);
        if (job.running(clock.instant())) {
            runner.stop(jobId);
        }
        return job.data(clock.instant(), locale);
    }

    private Optional<ScheduleJob> latest(InspectionRound round) {
        return em.createNamedQuery(ScheduleJob.OF_ROUND, ScheduleJob.class).setParameter("round", round).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private ScheduleJob find(InspectionRound round, long jobId) {
        ScheduleJob job = em.find(ScheduleJob.class, jobId);
        if (job == null || !job.getRound().equals(round)) {
            throw new NotFoundException("ScheduleJob", jobId);
        }
        return job;
    }
}
