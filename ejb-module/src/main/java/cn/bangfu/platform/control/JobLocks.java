package cn.bangfu.platform.control;

import cn.bangfu.platform.entity.JobLock;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Takes a job's database lock for the caller's transaction: the job's {@link JobLock} row read with a pessimistic
 * write lock (SELECT … FOR UPDATE), created on the job's first run. Two nodes firing one timer at once: the second
 * waits until the first commits, then reads what it did.
 */
@Dependent
public class JobLocks {

    private static final Logger LOG = Logger.getLogger(JobLocks.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    JobLockRows rows;

    public JobLock lock(String job) {
        JobLock lock = em.find(JobLock.class, job, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            try {
                rows.create(job);
            } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
                // The first run ever on two nodes at once: the other one's row came first, and is the one to lock.
                LOG.log(Level.FINE, e, () -> "job " + job + ": its lock row was created meanwhile");
            }
            lock = em.find(JobLock.class, job, LockModeType.PESSIMISTIC_WRITE);
        }
        return lock;
    }
}
