package cn.bangfu.platform.control;

import java.time.Clock;
import cn.bangfu.platform.entity.AuditEvent;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.FieldChange;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;

/**
 * Writes audit events in the caller's transaction, so a change and its audit record commit or roll
 * back together. Boundaries call it; the actor is the authenticated caller, or "system" for start-up work.
 */
@Dependent
public class AuditTrail {

    @Inject
    Clock clock;

    public static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    Principal principal;

    public void created(Audited record) {
        write(record, "CREATE", FieldChange.between(Map.of(), record.auditSnapshot()));
    }

    /** Records the fields that differ from {@code before}; records nothing when nothing changed. */
    public void updated(Audited record, Map<String, String> before) {
        List<FieldChange> changes = FieldChange.between(before, record.auditSnapshot());
        if (!changes.isEmpty()) {
            write(record, "UPDATE", changes);
        }
    }

    public void deleted(Audited record) {
        write(record, "DELETE", FieldChange.between(record.auditSnapshot(), Map.of()));
    }

    /** A named action such as LOCK or LOGIN_FAILED, with the changes it made. */
    public void action(Audited record, String action, Map<String, String> before) {
        write(record, action, FieldChange.between(before, record.auditSnapshot()));
    }

    public void action(String actor, Audited record, String action, Map<String, String> before) {
        em.persist(new AuditEvent(actor, clock.instant(), record.auditType(), record.auditId(), action,
                FieldChange.between(before, record.auditSnapshot())));
    }

    private void write(Audited record, String action, List<FieldChange> changes) {
        em.persist(new AuditEvent(actor(), clock.instant(), record.auditType(), record.auditId(), action, changes));
    }

    String actor() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }
}
