package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Problem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Gives registration numbers (挂号编号), counted per county and year: {@code 430626-2026-00042}. The counter row is
 * incremented in the registering transaction, whose row lock makes a concurrent registration in the same county wait
 * for the next number; no number is given twice, and one given to a registration that rolls back is not given again.
 */
@Dependent
public class ProblemNumbers {

    @PersistenceContext
    EntityManager em;

    @Inject
    ProblemNumberRows rows;

    public String next(String regionCode, int year) {
        String county = Problem.countyOf(regionCode);
        if (increment(county, year) == 0) {
            try {
                rows.create(county, year);
            } catch (PersistenceException | jakarta.transaction.TransactionalException | jakarta.ejb.EJBException e) {
                // Another registration created the row first: increment it like any other.
            }
            if (increment(county, year) == 0) {
                throw new IllegalStateException("no number row for " + county + " " + year);
            }
        }
        Number n = (Number) em.createNativeQuery("select last_no from problem_number where county_code = ?1 and number_year = ?2")
                .setParameter(1, county).setParameter(2, year).getSingleResult();
        return Problem.number(county, year, n.intValue());
    }

    private int increment(String county, int year) {
        return em.createNativeQuery("update problem_number set last_no = last_no + 1 where county_code = ?1 and number_year = ?2")
                .setParameter(1, county).setParameter(2, year).executeUpdate();
    }
}
