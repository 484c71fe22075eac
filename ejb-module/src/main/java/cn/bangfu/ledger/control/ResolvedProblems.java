package cn.bangfu.ledger.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/** The ids of a campaign's resolved (or closed) problems the user sees, resolved from … to: what a callback sample is drawn from. */
@Dependent
public class ResolvedProblems {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProblemScope problemScope;

    public List<Long> ids(Scope scope, Campaign campaign, LocalDate from, LocalDate to) {
        Where where = problemScope.of(scope, campaign).and("p.state in :resolved", "resolved", ProblemState.RESOLVED_OR_CLOSED)
                .andIf(from, "p.resolvedOn >= :from", "from").andIf(to, "p.resolvedOn <= :to", "to");
        return where.bind(em.createQuery("select p.id from Problem p" + where.clause() + " order by p.id", Long.class)).getResultList();
    }
}
