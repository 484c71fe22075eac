package cn.bangfu.inspection.control;

import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.DayStarted;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Tells the inspected units of the visits on a day, once: a unit visit its unit, a target visit the target's leading unit
 * and co-units (what the inspection checks is their work). Runs the day before (with the daily run) and at publication
 * for visits due tomorrow or today.
 */
@Dependent
public class VisitNotices {

    @PersistenceContext
    EntityManager em;

    /** The daily run tells the units inspected tomorrow. */
    void onDay(@Observes DayStarted day) {
        tell(day.today().plusDays(1), day.now());
    }

    /** A schedule just published: the units inspected today or tomorrow are told now, the daily run tells the others. */
    public int tellFrom(LocalDate today, Instant now) {
        return tell(today, now) + tell(today.plusDays(1), now);
    }

    /** The notices sent. */
    public int tell(LocalDate day, Instant now) {
        List<InspectionVisit> due = em.createNamedQuery(InspectionVisit.DUE_NOTICE, InspectionVisit.class).setParameter("day", day).getResultList();
        Map<Long, Set<Unit>> unitsOfTarget = new HashMap<>();
        Map<Long, List<InspectionVisit>> byCampaign = new HashMap<>();
        due.stream().filter(v -> v.getTarget() != null)
                .forEach(v -> byCampaign.computeIfAbsent(v.getRound().getCampaign().getId(), k -> new ArrayList<>()).add(v));
        for (List<InspectionVisit> visits : byCampaign.values()) {
            List<Long> ids = visits.stream().map(v -> v.getTarget().getId()).distinct().toList();
            ChunkedLookup.inChunks(ids, ChunkedLookup.CHUNK, chunk -> em.createNamedQuery(InspectionVisit.TARGET_UNITS, Object[].class)
                    .setParameter("campaign", visits.get(0).getRound().getCampaign()).setParameter("ids", chunk).getResultList())
                    .forEach(row -> unitsOfTarget.computeIfAbsent((Long) row[0], k -> new LinkedHashSet<>()).add((Unit) row[1]));
        }
        int sent = 0;
        for (InspectionVisit v : due) {
            Set<Unit> to = v.getUnit() != null ? Set.of(v.getUnit()) : unitsOfTarget.getOrDefault(v.getTarget().getId(), Set.of());
            for (Unit u : to) {
                em.persist(InspectionNotice.of(v, u, now));
                sent++;
            }
            v.notified(now);
        }
        return sent;
    }
}
