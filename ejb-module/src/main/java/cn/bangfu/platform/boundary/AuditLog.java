package cn.bangfu.platform.boundary;

import cn.bangfu.platform.entity.AuditEvent;
import cn.bangfu.platform.entity.AuditQuery;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The audit trail, read by the auditor (审计员) only; newest first. */
@Stateless
@RolesAllowed("AUDITOR")
public class AuditLog {

    /** Days in the filter are calendar days in China. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext
    EntityManager em;

    public Page<AuditEvent> find(AuditQuery query, PageRequest page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.actor() != null && !query.actor().isBlank()) {
            where.append(" and e.actor = :actor");
            params.put("actor", query.actor().strip());
        }
        if (query.entityType() != null && !query.entityType().isBlank()) {
            where.append(" and e.entityType = :type");
            params.put("type", query.entityType().strip());
        }
        if (query.from() != null) {
            where.append(" and e.occurredAt >= :from");
            params.put("from", query.from().atStartOfDay(ZONE).toInstant());
        }
        if (query.to() != null) {
            where.append(" and e.occurredAt < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay(ZONE).toInstant());
        }
        TypedQuery<AuditEvent> items = em.createQuery("select e from AuditEvent e" + where + " order by e.occurredAt desc, e.id desc", AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEvent> list = items.setFirstResult(page.offset()).setMaxResults(page.size())
                .setHint("eclipselink.batch", "e.changes").getResultList();
        list.forEach(e -> e.getChanges().size());
        return new Page<>(list, count.getSingleResult());
    }

    /** The kinds of record that have audit events, for the filter's choices. */
    public List<String> entityTypes() {
        return em.createQuery("select distinct e.entityType from AuditEvent e order by e.entityType", String.class).getResultList();
    }
}
