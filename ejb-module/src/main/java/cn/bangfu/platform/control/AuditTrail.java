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
import java.util.function.Function;
import java.util.function.Supplier;

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

    /**
     * Makes the change and records the fields it changed as an UPDATE; records nothing when nothing changed.
     *
     * @return true if any field changed
     */
    public boolean update(Audited record, Runnable change) {
        Map<String, String> before = record.auditSnapshot();
        change.run();
        Map<String, String> after = record.auditSnapshot();
        List<FieldChange> changes = FieldChange.between(before, after);
        if (!changes.isEmpty()) {
            write(record, "UPDATE", changes);
        }
        return !before.equals(after);
    }

    /** Makes the change and records it as the named action (such as LOCK or COMMENT) with the fields it changed. */
    public void change(Audited record, String action, Runnable change) {
        change(record, result -> action, () -> {
            change.run();
            return null;
        });
    }

    /** Makes the change and records it as the action its result names (such as "ATTACH " and the file stored). */
    public <T> T change(Audited record, Function<T, String> action, Supplier<T> change) {
        return change(actor(), record, action, change);
    }

    /** As {@link #change(Audited, Function, Supplier)}, by a named actor: the account that failed to sign in. */
    public <T> T change(String actor, Audited record, Function<T, String> action, Supplier<T> change) {
        Map<String, String> before = record.auditSnapshot();
        T result = change.get();
        em.persist(new AuditEvent(actor, clock.instant(), record.auditType(), record.auditId(), action.apply(result),
                FieldChange.between(before, record.auditSnapshot())));
        return result;
    }

    public void deleted(Audited record) {
        write(record, "DELETE", FieldChange.between(record.auditSnapshot(), Map.of()));
    }

    private void write(Audited record, String action, List<FieldChange> changes) {
        em.persist(new AuditEvent(actor(), clock.instant(), record.auditType(), record.auditId(), action, changes));
    }

    String actor() {
        String name = principal == null ? null : principal.getName();
        return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
    }
}
