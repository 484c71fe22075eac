package cn.bangfu.appraisal.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs batch scoring jobs on the server's managed executor (never the request thread, never threads of its own: DESIGN
 * §4), a chunk of forms per transaction ({@link ScoringWork}): a chunk is written whole or not at all, and what was
 * written stays if a later chunk fails.
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScoringRunner {

    private static final Logger LOG = Logger.getLogger(ScoringRunner.class.getName());
    /** Forms a transaction computes: their units' metrics are read together. */
    static final int CHUNK = 1000;

    @Resource
    ManagedExecutorService executor;

    @Inject
    ScoringWork work;

    public void submit(long jobId) {
        executor.submit(() -> run(jobId));
    }

    private void run(long jobId) {
        try {
            List<Long> forms = work.start(jobId);
            if (forms == null) {
                return;
            }
            for (int i = 0; i < forms.size(); i += CHUNK) {
                work.chunk(jobId, forms.subList(i, Math.min(forms.size(), i + CHUNK)));
            }
            work.finish(jobId);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Bangfu scoring job " + jobId + " failed");
            work.fail(jobId, e.toString());
        }
    }
}
