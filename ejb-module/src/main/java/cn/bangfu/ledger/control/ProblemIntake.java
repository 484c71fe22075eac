package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemActor;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Registration (挂号) once the caller's right to register is settled: the registration's own checks added to the caller's,
 * all refused together, then a number, the problem, its first event, the audit trail and, for a problem the office did not
 * register itself, the office's notice. The ledger's API and an inspection's finding both register through it.
 */
@Dependent
public class ProblemIntake {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ProblemNumbers numbers;

    @Inject
    AuditTrail audit;

    public Problem register(Problem.Registration r, List<FieldError> earlier, ProblemActor actor, boolean tellOffice) {
        LocalDate today = LocalDate.now(clock);
        List<FieldError> errors = new ArrayList<>(earlier);
        errors.addAll(Problem.problems(r, today));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Instant now = clock.instant();
        Problem p = Problem.register(numbers.next(r.target().getRegion().getCode(), today.getYear()), r, actor, now, today);
        em.persist(p);
        em.flush();
        em.persist(p.registered(actor, now));
        audit.created(p);
        if (tellOffice) {
            em.persist(ProblemNotice.toOffice(r.campaign().getRegion(), ProblemNotice.REGISTERED, ProblemNotice.about(p, today, null), now));
        }
        em.flush();
        return p;
    }
}
