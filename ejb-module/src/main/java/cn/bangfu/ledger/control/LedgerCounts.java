package cn.bangfu.ledger.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.ledger.entity.LedgerSummary;
import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.Map;

/** The dashboard's counts of a campaign's problems that a user sees: by state (one grouped query), by light, escalated, extensions waiting. */
@Dependent
public class LedgerCounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProblemScope problemScope;

    public LedgerSummary of(Scope scope, Campaign campaign, LightWindow lights) {
        Map<String, Long> byState = new HashMap<>();
        Where where = problemScope.of(scope, campaign);
        for (Object[] r : where.bind(em.createQuery("select p.state, count(p) from Problem p" + where.clause() + " group by p.state",
                Object[].class)).getResultList()) {
            byState.put(((ProblemState) r[0]).name(), ((Number) r[1]).longValue());
        }
        Map<String, Long> byLight = new HashMap<>();
        for (Light light : Light.values()) {
            byLight.put(light.name(), count(lights.narrow(problemScope.of(scope, campaign), light)));
        }
        return new LedgerSummary(byState, byLight,
                count(problemScope.of(scope, campaign).and("p.escalatedOn is not null").and("p.state in :running", "running", ProblemState.RUNNING)),
                count(problemScope.of(scope, campaign).and("p.extensionDeadline is not null")));
    }

    private long count(Where where) {
        return where.bind(em.createQuery("select count(p) from Problem p" + where.clause(), Long.class)).getSingleResult();
    }
}
