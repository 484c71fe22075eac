package cn.bangfu.platform.control;

import jakarta.persistence.EntityManager;

/** An audit trail outside the container, writing its events to the given entity manager. */
public final class AuditTrails {

    private AuditTrails() {
    }

    public static AuditTrail writingTo(EntityManager em) {
        AuditTrail trail = new AuditTrail();
        trail.em = em;
        trail.clock = java.time.Clock.fixed(java.time.Instant.parse("2026-06-15T01:00:00Z"), Clocks.CHINA);
        return trail;
    }
}
