package cn.bangfu.appraisal.boundary;

import cn.bangfu.appraisal.control.FormComputation;
import cn.bangfu.appraisal.entity.Appraisal;
import cn.bangfu.appraisal.entity.AppraisalState;
import cn.bangfu.appraisal.entity.SchemeStatus;
import cn.bangfu.appraisal.entity.ScoringJob;
import cn.bangfu.appraisal.entity.ScoringJobStatus;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.platform.entity.Messages;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The steps of a scoring job that touch the database, each in a transaction of its own, for {@link ScoringRunner}'s
 * worker: take the job and list the forms to compute, compute a chunk, end, or record the failure. Only the runner calls
 * it; the caller was checked when the job was created. Failures of single forms are kept in Chinese, the campaign
 * office's language.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ScoringWork {

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    FormComputation computation;

    /** The ids of the forms to compute, the job marked RUNNING; null when the job is gone or no longer queued. */
    public List<Long> start(long jobId) {
        ScoringJob job = em.find(ScoringJob.class, jobId);
        if (job == null || job.getStatus() != ScoringJobStatus.QUEUED) {
            return null;
        }
        List<Long> schemes = job.getSchemeId() != null ? List.of(job.getSchemeId())
                : em.createNamedQuery(ScoringScheme.OF_CAMPAIGN, ScoringScheme.class).setParameter("campaign", job.getCampaign())
                .getResultStream().filter(s -> s.getStatus() == SchemeStatus.PUBLISHED).map(ScoringScheme::getId).toList();
        List<Long> forms = schemes.isEmpty() ? List.of() : em.createNamedQuery(Appraisal.TO_SCORE, Long.class).setParameter("schemes", schemes)
                .setParameter("draft", AppraisalState.DRAFT).setParameter("selfAssessed", AppraisalState.SELF_ASSESSED).getResultList();
        job.start(forms.size(), clock.instant());
        return forms;
    }

    public void chunk(long jobId, List<Long> ids) {
        ScoringJob job = em.find(ScoringJob.class, jobId);
        List<Appraisal> forms = em.createNamedQuery(Appraisal.WITH_ITEMS, Appraisal.class).setParameter("ids", ids).getResultList().stream()
                .distinct().filter(a -> a.getState().scoring()).toList();
        List<FormComputation.Failure> failed = computation.compute(forms, LocalDate.now(clock), clock.instant(), job.getStartedBy());
        job.progress(ids.size() - failed.size(), failed.stream().map(f -> f.form().getUnit().getCode() + "："
                + Messages.get(Messages.CHINESE, "appraisal.scoring.failedIndicator", f.reason().indicator(),
                Messages.get(Messages.CHINESE, f.reason().problem().key(), f.reason().problem().args().toArray()))).toList(), clock.instant());
    }

    public void finish(long jobId) {
        ScoringJob job = em.find(ScoringJob.class, jobId);
        if (job != null) {
            job.finish(clock.instant());
        }
    }

    public void fail(long jobId, String why) {
        ScoringJob job = em.find(ScoringJob.class, jobId);
        if (job != null) {
            job.fail(why, clock.instant());
        }
    }
}
