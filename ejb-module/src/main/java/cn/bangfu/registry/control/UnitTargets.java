package cn.bangfu.registry.control;

import cn.bangfu.platform.control.Where;

/**
 * Which targets a responsible unit helps. Assignments and stationings belong to the campaign
 * component, which depends on the registry; the registry asks through this interface, and the
 * campaign component answers it.
 */
public interface UnitTargets {

    /** Narrows a query over targets aliased {@code target} to those the unit helps now. */
    void narrow(Where where, String target, long unitId);

    /**
     * Narrows a query to the rows whose target ({@code target}, a path such as {@code p.target}) the unit helps now, or
     * that {@code orElse} admits: a JPQL condition of the caller's, which may use the unit's id as {@code :helper}.
     */
    void narrow(Where where, String target, long unitId, String orElse);

    /** Whether the unit helps this target now. */
    boolean helps(long unitId, long targetId);
}
