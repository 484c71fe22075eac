package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.Visit;
import cn.bangfu.campaign.entity.VisitData;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The visits of a campaign the caller sees, newest first, paged by the database. */
@Dependent
public class VisitSearch {

    @PersistenceContext
    EntityManager em;

    /** Optionally of one target or one unit (code): a unit user sees the visits of the targets his unit helps, others their region's. */
    public Page<VisitData> find(Scope scope, Campaign campaign, Long targetId, String unitCode, PageRequest page) {
        StringBuilder where = new StringBuilder(" from Visit v join v.target t join t.region r where v.campaign = :campaign");
        Map<String, Object> params = new HashMap<>();
        params.put("campaign", campaign);
        if (scope.unitOnly()) {
            where.append(" and exists (select f from AssignmentUnit f join f.assignment a where a.campaign = :campaign and a.validTo is null"
                    + " and a.target = v.target and f.unit.id = :me)");
            params.put("me", scope.unitId());
        } else {
            where.append(" and r.path like :region");
            params.put("region", scope.pathPattern());
        }
        if (targetId != null) {
            where.append(" and t.id = :target");
            params.put("target", targetId);
        }
        if (unitCode != null && !unitCode.isBlank()) {
            where.append(" and exists (select u from Visit w join w.units u where w = v and u.code = :unit)");
            params.put("unit", unitCode.strip());
        }
        var count = em.createQuery("select count(v)" + where, Long.class);
        // a page's targets, units, cadres and recorders in one query each, not four per visit
        var list = em.createQuery("select v" + where + " order by v.visitDate desc, v.id desc", Visit.class)
                .setHint("eclipselink.batch", "v.target").setHint("eclipselink.batch", "v.units").setHint("eclipselink.batch", "v.cadres")
                .setHint("eclipselink.batch", "v.recordedBy").setHint("eclipselink.batch.type", "IN");
        params.forEach((k, val) -> {
            count.setParameter(k, val);
            list.setParameter(k, val);
        });
        List<VisitData> items = list.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(Visit::data)
                .toList();
        return new Page<>(items, count.getSingleResult());
    }
}
