package cn.bangfu.platform.control;

import cn.bangfu.platform.entity.JobLock;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Takes a job's database lock for the caller's transaction: the job's {@link JobLock} row read with a pessimistic
 * write lock (SELECT … FOR UPDATE), created on the job's first run. Two nodes firing one timer at once: the second
 * waits until the first commits, then reads what it did.
 */
@Dependent
public class JobLocks {

    @PersistenceContext
    EntityManager em;

    public JobLock lock(String job) {
        JobLock lock = em.find(JobLock.class, job, LockModeType.PESSIMISTIC_WRITE);
        if (lock == null) {
            // The first run ever: a concurrent first run fails on the primary key and rolls back, doing nothing twice.
            em.persist(new JobLock(job));
            em.flush();
            lock = em.find(JobLock.class, job, LockModeType.PESSIMISTIC_WRITE);
        }
        return lock;
    }
}
