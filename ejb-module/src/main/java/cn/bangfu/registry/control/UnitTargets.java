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
     * Narrows a query to the rows whose target ({@code targetId}, the id's column such as {@code p.targetId}) the unit
     * helps now, or that {@code orElse} admits: a JPQL condition of the caller's, which may use the unit's id as
     * {@code :helper}. The id of the row's own column, not a path into the target: a join condition inside an OR makes
     * PostgreSQL test every target against every row.
     */
    void narrow(Where where, String targetId, long unitId, String orElse);

    /** Whether the unit helps this target now. */
    boolean helps(long unitId, long targetId);
}
