package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.Appraisal;
import cn.bangfu.appraisal.entity.AppraisalState;
import cn.bangfu.appraisal.entity.Grade;
import cn.bangfu.appraisal.entity.ScoringScheme;
import cn.bangfu.org.entity.UnitType;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ranking and grades of a scheme's forms ({@link Grading}), from one query over the forms scored (a form still being
 * scored lacks its manual points, and would rank too low): while forms are being scored and reviewed the standings are
 * provisional; a form's grade is shown from its finalisation on. The
 * grade thresholds and quotas are the scheme's ({@link ScoringScheme#grading()}: its own or the defaults of its total).
 */
@Dependent
public class Standings {

    /** A scheme's standings, with the names and states the ranking itself does not carry. */
    public record Table(GradeRules rules, Grading.Graded graded, Map<Long, String> unitNames, Map<Long, AppraisalState> states, int unscored) {

        /** Every form of the scheme is finalised (or further): the standings are final. */
        public boolean complete() {
            return unscored == 0 && !states.isEmpty() && states.values().stream().allMatch(AppraisalState::locked);
        }

        /** Every form of the scheme is published: the units see the results. */
        public boolean published() {
            return unscored == 0 && !states.isEmpty() && states.values().stream().allMatch(s -> s == AppraisalState.PUBLISHED);
        }

        public Optional<Grading.Result> of(long appraisalId) {
            return graded.results().stream().filter(r -> r.id() == appraisalId).findFirst();
        }
    }

    @PersistenceContext
    EntityManager em;

    public Table of(ScoringScheme scheme) {
        List<Grading.Candidate> candidates = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, AppraisalState> states = new HashMap<>();
        int unscored = 0;
        for (Object[] r : em.createNamedQuery(Appraisal.STANDINGS, Object[].class).setParameter("scheme", scheme.getId()).getResultList()) {
            if (r[4] == null || ((AppraisalState) r[8]).scoring()) {
                unscored++;
                continue;
            }
            long id = (Long) r[0];
            candidates.add(new Grading.Candidate(id, (String) r[1], ((UnitType) r[3]).name(), (BigDecimal) r[4], (BigDecimal) r[5], (Grade) r[6]));
            names.put(id, (String) r[2]);
            states.put(id, (AppraisalState) r[8]);
        }
        GradeRules rules = GradeRules.of(scheme.grading());
        return new Table(rules, Grading.grade(candidates, rules), names, states, unscored);
    }

    /** The grade a form shows: its place in the standings once it is finalised, none before. */
    public Grade gradeOf(Appraisal form) {
        if (!form.getState().locked() || form.getTotal() == null) {
            return null;
        }
        return of(form.getScheme()).of(form.getId()).map(Grading.Result::grade).orElse(null);
    }
}
