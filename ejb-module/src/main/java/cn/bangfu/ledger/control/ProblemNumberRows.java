package cn.bangfu.ledger.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Creates the number counter of a county and year, at 0, in a transaction of its own: when two first registrations of
 * a year race, one creates it and the other's insert fails alone, without taking its registration down.
 */
@Dependent
public class ProblemNumberRows {

    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String county, int year) {
        em.createNativeQuery("insert into problem_number (county_code, number_year, last_no) values (?1, ?2, 0)")
                .setParameter(1, county).setParameter(2, year).executeUpdate();
    }
}
