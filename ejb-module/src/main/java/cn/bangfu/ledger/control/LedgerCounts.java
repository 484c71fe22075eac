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

/** The dashboard's counts of a campaign's problems that a user sees, in one pass over them: by state, by light, escalated (running), extensions waiting. */
@Dependent
public class LedgerCounts {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProblemScope problemScope;

    public LedgerSummary of(Scope scope, Campaign campaign, LightWindow lights) {
        Where where = problemScope.of(scope, campaign);
        // the lights in their order (counts[light.ordinal()]), then escalated and extensions waiting
        StringBuilder jpql = new StringBuilder("select p.state, count(p)");
        for (Light light : Light.values()) {
            jpql.append(", ").append(sum(LightWindow.inCase(light)));
        }
        jpql.append(", ").append(sum("p.escalatedOn is not null and " + LightWindow.anyOf("running", ProblemState.RUNNING)))
                .append(", ").append(sum("p.extensionDeadline is not null")).append(" from Problem p").append(where.clause()).append(" group by p.state");
        Map<String, Long> byState = new HashMap<>();
        long[] counts = new long[Light.values().length + 2];
        for (Object[] r : lights.bindInCase(where.bind(em.createQuery(jpql.toString(), Object[].class))).getResultList()) {
            byState.put(((ProblemState) r[0]).name(), ((Number) r[1]).longValue());
            for (int i = 0; i < counts.length; i++) {
                counts[i] += r[i + 2] == null ? 0 : ((Number) r[i + 2]).longValue();
            }
        }
        Map<String, Long> byLight = new HashMap<>();
        for (Light light : Light.values()) {
            byLight.put(light.name(), counts[light.ordinal()]);
        }
        return new LedgerSummary(byState, byLight, counts[counts.length - 2], counts[counts.length - 1]);
    }

    private static String sum(String condition) {
        return "sum(case when " + condition + " then 1 else 0 end)";
    }
}
