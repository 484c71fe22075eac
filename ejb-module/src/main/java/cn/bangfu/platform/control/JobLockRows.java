package cn.bangfu.platform.control;

import cn.bangfu.platform.entity.JobLock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates a job's {@link JobLock} row in a transaction of its own, committed at once, so that the job can then lock
 * it: when two nodes run a job for the very first time together, one insert fails on the primary key and its job
 * goes on to lock the other's row, instead of failing.
 */
@ApplicationScoped
public class JobLockRows {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String job) {
        em.persist(new JobLock(job));
        em.flush();
    }
}
