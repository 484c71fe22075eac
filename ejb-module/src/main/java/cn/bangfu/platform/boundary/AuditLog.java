package cn.bangfu.platform.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.platform.control.Clocks;
import cn.bangfu.platform.control.Where;
import cn.bangfu.platform.entity.AuditEvent;
import cn.bangfu.platform.entity.AuditQuery;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Text;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.ZoneId;
import java.util.List;

/** The audit trail, read by the auditor (审计员) only; newest first. */
@Stateless
@RolesAllowed(Roles.AUDITOR)
public class AuditLog {

    /** Days in the filter are calendar days in China. */
    private static final ZoneId ZONE = Clocks.CHINA;

    @PersistenceContext
    EntityManager em;

    public Page<AuditEvent> find(AuditQuery query, PageRequest page) {
        Page<AuditEvent> events = new Where()
                .andIf(Text.clean(query.actor()), "e.actor = :actor", "actor")
                .andIf(Text.clean(query.entityType()), "e.entityType = :type", "type")
                .andIf(query.from() == null ? null : query.from().atStartOfDay(ZONE).toInstant(), "e.occurredAt >= :from", "from")
                .andIf(query.to() == null ? null : query.to().plusDays(1).atStartOfDay(ZONE).toInstant(), "e.occurredAt < :to", "to")
                .hint("eclipselink.batch", "e.changes")
                .page(em, AuditEvent.class, "select e from AuditEvent e", "select count(e) from AuditEvent e", "e.occurredAt desc, e.id desc", page);
        // Load every event's changes while the transaction is open (the batch hint reads them in one query).
        events.items().forEach(e -> e.getChanges().size());
        return events;
    }


    /** The kinds of record that have audit events, for the filter's choices. */
    public List<String> entityTypes() {
        return em.createNamedQuery(AuditEvent.ENTITY_TYPES, String.class).getResultList();
    }
}
