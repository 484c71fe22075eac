package cn.bangfu.appraisal.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

/**
 * The queries of {@link UnitMetrics}: scalar rows (ids, versions, days, states), tallied in memory because every number must
 * name its records, with their parameters written into the SQL.
 */
final class ScalarRows {

    // H2 tests a bound IN list value by value for every row it reads, a list written into the SQL as a hash set: three times
    // as fast on a province (20,000 units, 2 million visits). PostgreSQL plans both alike, and the ledger's own aggregates
    // are written out so already (EclipseLink does it for their CASE parameters). The values are ids, days and enums.
    private static final String BIND_PARAMETERS = "eclipselink.jdbc.bind-parameters";

    private final EntityManager em;

    ScalarRows(EntityManager em) {
        this.em = em;
    }

    /** A query of scalar rows, its parameters written into the SQL (see {@link #BIND_PARAMETERS}). */
    TypedQuery<Object[]> of(String jpql) {
        return em.createQuery(jpql, Object[].class).setHint(BIND_PARAMETERS, "false");
    }

    /** An id or version of a row. */
    static long id(Object value) {
        return ((Number) value).longValue();
    }
}
