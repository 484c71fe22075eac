package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Problem;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.List;

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
        return next(regionCode, year, 1).get(0);
    }

    /** {@code count} numbers in a row for one county and year, with one increment of the counter (an import's rows of that county and year). */
    public List<String> next(String regionCode, int year, int count) {
        String county = Problem.countyOf(regionCode);
        if (increment(county, year, count) == 0) {
            try {
                rows.create(county, year);
            } catch (PersistenceException | jakarta.transaction.TransactionalException | jakarta.ejb.EJBException e) {
                // Another registration created the row first: increment it like any other.
            }
            if (increment(county, year, count) == 0) {
                throw new IllegalStateException("no number row for " + county + " " + year);
            }
        }
        Number n = (Number) em.createNativeQuery("select last_no from problem_number where county_code = ?1 and number_year = ?2")
                .setParameter(1, county).setParameter(2, year).getSingleResult();
        List<String> numbers = new ArrayList<>(count);
        for (int serial = n.intValue() - count + 1; serial <= n.intValue(); serial++) {
            numbers.add(Problem.number(county, year, serial));
        }
        return numbers;
    }

    private int increment(String county, int year, int count) {
        return em.createNativeQuery("update problem_number set last_no = last_no + ?3 where county_code = ?1 and number_year = ?2")
                .setParameter(1, county).setParameter(2, year).setParameter(3, count).executeUpdate();
    }
}
