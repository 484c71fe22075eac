package cn.bangfu.inspection.boundary;

import cn.bangfu.inspection.control.InspectionSchedule;
import cn.bangfu.inspection.control.SchedulePlanning;
import cn.bangfu.inspection.control.ScheduleSolver;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.optaplanner.core.api.score.buildin.hardsoft.HardSoftScore;
import org.optaplanner.core.api.solver.Solver;

/**
 * Runs solver jobs on the server's managed executor (never the request thread, never threads of its own: DESIGN §4) and
 * keeps the solvers running on this node so that a job can be stopped. The best score is written to the job at most
 * once a second; the result when the solver ends. A stop reaches the node the job runs on (sessions are sticky); a job
 * whose node died is shown FAILED once its time limit has passed ({@link cn.bangfu.inspection.entity.ScheduleJob}).
 */
@Singleton
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ScheduleRunner {

    private static final Logger LOG = Logger.getLogger(ScheduleRunner.class.getName());
    private static final long PROGRESS_EVERY_MS = Duration.ofSeconds(1).toMillis();

    @Resource
    ManagedExecutorService executor;

    @Inject
    ScheduleWork work;

    private final Map<Long, Solver<InspectionSchedule>> running = new ConcurrentHashMap<>();
    private final Set<Long> stopped = ConcurrentHashMap.newKeySet();

    public void submit(long jobId, int limitSeconds) {
        executor.submit(() -> run(jobId, limitSeconds));
    }

    /** Asks the job's solver to stop; it ends with the best schedule found so far. False when it does not run here. */
    public boolean stop(long jobId) {
        Solver<InspectionSchedule> solver = running.get(jobId);
        if (solver == null) {
            return false;
        }
        stopped.add(jobId);
        solver.terminateEarly();
        return true;
    }

    private void run(long jobId, int limitSeconds) {
        try {
            SchedulePlanning.Loaded loaded = work.start(jobId);
            if (loaded == null) {
                return;
            }
            Solver<InspectionSchedule> solver = ScheduleSolver.solver(limitSeconds);
            running.put(jobId, solver);
            AtomicLong last = new AtomicLong();
            solver.addEventListener(event -> {
                long now = System.currentTimeMillis();
                if (now - last.get() >= PROGRESS_EVERY_MS && event.getNewBestScore().isSolutionInitialized()) {
                    last.set(now);
                    work.progress(jobId, (HardSoftScore) event.getNewBestScore());
                }
            });
            InspectionSchedule solved = solver.solve(loaded.schedule());
            work.finish(jobId, loaded, solved, stopped.contains(jobId));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, e, () -> "Bangfu schedule job " + jobId + " failed");
            work.fail(jobId, e.toString());
        } finally {
            running.remove(jobId);
            stopped.remove(jobId);
        }
    }
}
