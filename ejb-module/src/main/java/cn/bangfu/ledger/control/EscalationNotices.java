package cn.bangfu.ledger.control;

import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.ledger.entity.ProblemEvent;
import cn.bangfu.platform.control.ChunkedLookup;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Who is told of an escalation (督办): the target's current contact leader, and the responsible unit. The office's
 * escalation of one problem and the daily job's of many say the same; the leaders of many problems are read in one
 * query per campaign (and thousand targets).
 */
@Dependent
public class EscalationNotices {

    @PersistenceContext
    EntityManager em;

    /** The notices of these ESCALATE events, in the caller's transaction. */
    public void tell(List<ProblemEvent> escalations, Instant now, LocalDate today) {
        Map<String, Assignment> current = leaders(escalations.stream().map(ProblemEvent::getProblem).toList());
        for (ProblemEvent e : escalations) {
            Problem p = e.getProblem();
            Map<String, String> about = ProblemNotice.about(p, today, e.getReason());
            Assignment a = current.get(key(p.getCampaignId(), p.getTargetId()));
            if (a != null) {
                em.persist(ProblemNotice.toLeader(a.getContactLeader(), ProblemNotice.ESCALATED, about, now));
            }
            if (p.getResponsibleUnit() != null) {
                em.persist(ProblemNotice.toUnit(p.getResponsibleUnit(), ProblemNotice.ESCALATED, about, now));
            }
        }
    }

    /** The current assignments of the problems' targets, by campaign and target. */
    private Map<String, Assignment> leaders(List<Problem> problems) {
        Map<Long, List<Problem>> byCampaign = problems.stream().collect(Collectors.groupingBy(Problem::getCampaignId, LinkedHashMap::new,
                Collectors.toList()));
        Map<String, Assignment> found = new HashMap<>();
        byCampaign.forEach((campaignId, ofCampaign) -> {
            List<Long> targets = ofCampaign.stream().map(Problem::getTargetId).distinct().toList();
            ChunkedLookup.inChunks(targets, ChunkedLookup.CHUNK, slice -> em.createNamedQuery(Assignment.CURRENT_OF_TARGETS, Assignment.class)
                            .setParameter("campaign", ofCampaign.get(0).getCampaign()).setParameter("targets", slice).getResultList())
                    .forEach(a -> found.put(key(campaignId, a.getTarget().getId()), a));
        });
        return found;
    }

    private static String key(Long campaignId, Long targetId) {
        return campaignId + "/" + targetId;
    }
}
