package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.AppliesTo;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.org.entity.UnitType;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The units a scheme scores: those with a part in an assignment of the campaign during the scheme's period, of the
 * scheme's unit types (all when it names none). A unit that leads at least one target there is scored as a leading unit
 * (a LEADING scheme); one that only helps as a co-unit by a CO_UNIT scheme; ALL takes both. So a county with one scheme
 * for each gives every unit exactly one form.
 */
@Dependent
public class SchemeUnits {

    private static final String ROLES = "select au.unit.id, u.type, au.role from AssignmentUnit au join au.assignment a join au.unit u"
            + " where a.campaign = :campaign and a.validFrom <= :to and (a.validTo is null or a.validTo >= :from)"
            + " group by au.unit.id, u.type, au.role";

    @PersistenceContext
    EntityManager em;

    /** The ids of the units the scheme scores, in id order. */
    public Set<Long> of(ScoringScheme scheme) {
        Set<String> types = Set.copyOf(scheme.unitTypeList());
        Map<Long, Boolean> leads = new HashMap<>();
        Map<Long, UnitType> typeOf = new HashMap<>();
        List<Object[]> rows = em.createQuery(ROLES, Object[].class).setParameter("campaign", scheme.getCampaign())
                .setParameter("from", scheme.getFrom()).setParameter("to", scheme.getTo()).getResultList();
        for (Object[] r : rows) {
            Long unit = (Long) r[0];
            typeOf.put(unit, (UnitType) r[1]);
            leads.merge(unit, r[2] == UnitRole.LEADING, Boolean::logicalOr);
        }
        return leads.entrySet().stream()
                .filter(e -> types.isEmpty() || types.contains(typeOf.get(e.getKey()).name()))
                .filter(e -> scheme.getAppliesTo() == AppliesTo.ALL || (scheme.getAppliesTo() == AppliesTo.LEADING) == e.getValue())
                .map(Map.Entry::getKey).collect(Collectors.toCollection(TreeSet::new));
    }
}
