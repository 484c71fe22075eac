package cn.bangfu.appraisal.boundary;

import cn.bangfu.appraisal.entity.ScoringJob;
import cn.bangfu.appraisal.entity.ScoringJobData;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.campaign.control.CampaignLookup;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.AfterCommit;
import cn.bangfu.platform.control.JobLocks;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Roles;
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
 * Batch scoring (year end): an evaluator starts the computation of a campaign's forms (of one scheme, or all) in the
 * background; anyone who follows the campaign polls it. One job per campaign runs in the whole cluster: the start
 * takes the jobs' database lock, so two nodes asked at once cannot both start one. A job that died with its node is
 * shown FAILED and the campaign may be scored again; forms already computed are computed again, which changes nothing
 * of what they hold but the day their inputs were frozen.
 */
@Stateless
public class ScoringJobs {

    static final String LOCK = "appraisal-scoring";

    @Inject
    Clock clock;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CampaignLookup campaigns;

    @Inject
    JobLocks locks;

    @Inject
    ScoringRunner runner;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @RolesAllowed(Roles.EVALUATOR)
    public ScoringJobData start(String campaignCode, Long schemeId, Locale locale) {
        Scope scope = caller.get();
        Campaign campaign = campaigns.visible(scope, campaignCode);
        if (!campaign.managedBy(scope) || !scope.has(Role.EVALUATOR)) {
            throw new ForbiddenException(scope.login() + " does not score the forms of campaign " + campaignCode);
        }
        if (schemeId != null) {
            ScoringScheme s = em.find(ScoringScheme.class, schemeId);
            if (s == null || !s.getCampaign().equals(campaign)) {
                throw new InvalidInputException(FieldError.of("schemeId", "appraisal.scheme.unknown", schemeId));
            }
        }
        locks.lock(LOCK);
        Optional<ScoringJob> running = latest(campaign).filter(j -> j.running(clock.instant()));
        if (running.isPresent()) {
            throw new ConflictException(FieldError.of("campaign", "appraisal.scoring.running", running.get().getId()));
        }
        ScoringJob job = new ScoringJob(campaign, schemeId, scope.login(), clock.instant());
        em.persist(job);
        em.flush();
        long id = job.getId();
        AfterCommit.run(transactions, () -> runner.submit(id));
        return job.data(clock.instant(), lost(locale));
    }

    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER})
    public ScoringJobData job(String campaignCode, long jobId, Locale locale) {
        Campaign campaign = campaigns.visible(caller.get(), campaignCode);
        ScoringJob job = em.find(ScoringJob.class, jobId);
        if (job == null || !job.getCampaign().equals(campaign)) {
            throw new NotFoundException("ScoringJob", jobId);
        }
        return job.data(clock.instant(), lost(locale));
    }

    /** The campaign's latest job, if any: the page shows it when it opens. */
    @RolesAllowed({Roles.OFFICE, Roles.EVALUATOR, Roles.LEADER})
    public Optional<ScoringJobData> latest(String campaignCode, Locale locale) {
        Campaign campaign = campaigns.visible(caller.get(), campaignCode);
        return latest(campaign).map(j -> j.data(clock.instant(), lost(locale)));
    }

    private Optional<ScoringJob> latest(Campaign campaign) {
        return em.createNamedQuery(ScoringJob.LATEST_OF, ScoringJob.class).setParameter("campaign", campaign).setMaxResults(1)
                .getResultStream().findFirst();
    }

    private static String lost(Locale locale) {
        return Messages.get(locale, "appraisal.scoring.lost");
    }
}
