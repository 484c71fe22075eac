package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.UnitLoad;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.org.entity.Unit;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The current assignments per unit in a campaign, counted by the database (one grouped query). */
@Dependent
public class UnitLoads {

    @PersistenceContext
    EntityManager em;

    /** Every unit with current assignments in the campaign: most loaded first, then by name. */
    public List<UnitLoad> of(Campaign campaign) {
        List<Object[]> rows = em.createQuery("select u.code, u.name, au.role, count(au) from AssignmentUnit au join au.unit u"
                + " join au.assignment a where a.campaign = :campaign and a.validTo is null group by u.code, u.name, au.role", Object[].class)
                .setParameter("campaign", campaign).getResultList();
        Map<String, long[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Object[] r : rows) {
            String code = (String) r[0];
            names.put(code, (String) r[1]);
            counts.computeIfAbsent(code, c -> new long[2])[r[2] == UnitRole.LEADING ? 0 : 1] += ((Number) r[3]).longValue();
        }
        Integer limit = campaign.getPerUnitLimit();
        List<UnitLoad> loads = new ArrayList<>();
        counts.forEach((code, n) -> loads.add(new UnitLoad(code, names.get(code), n[0], n[1], limit != null && n[0] + n[1] > limit)));
        loads.sort(Comparator.comparingLong(UnitLoad::total).reversed().thenComparing(UnitLoad::name));
        return loads;
    }

    /** How many current assignments of the campaign each of these units has (units without any are left out), by unit id. */
    public Map<Long, Long> current(Campaign campaign, Collection<Unit> units) {
        Map<Long, Long> loads = new HashMap<>();
        List<Long> ids = units.stream().map(Unit::getId).distinct().toList();
        if (ids.isEmpty()) {
            return loads;
        }
        for (Object[] r : em.createQuery("select au.unit.id, count(au) from AssignmentUnit au join au.assignment a"
                + " where a.campaign = :campaign and a.validTo is null and au.unit.id in :ids group by au.unit.id", Object[].class)
                .setParameter("campaign", campaign).setParameter("ids", ids).getResultList()) {
            loads.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return loads;
    }
}
