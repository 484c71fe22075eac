package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.Appeal;
import cn.bangfu.appraisal.entity.Appraisal;
import cn.bangfu.appraisal.entity.AppraisalActor;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.NotFoundException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who reads an appraisal form and in what part: the office, the evaluators and the leaders of the campaign's region read
 * them all; a unit reads its own; anyone else is told there is no such form (404, not 403, so that forms of other units
 * are not confirmed).
 */
@Dependent
public class AppraisalAccess {

    @PersistenceContext
    EntityManager em;

    public Appraisal readable(Scope scope, long id) {
        Appraisal a = em.find(Appraisal.class, id);
        if (a == null || !reads(scope, a)) {
            throw new NotFoundException("Appraisal", id);
        }
        return a;
    }

    public Appeal readableAppeal(Scope scope, long id) {
        Appeal p = em.find(Appeal.class, id);
        if (p == null || !reads(scope, p.getAppraisal())) {
            throw new NotFoundException("Appeal", id);
        }
        return p;
    }

    public boolean reads(Scope scope, Appraisal a) {
        return scope.isUnit(a.getUnit()) || a.getCampaign().visibleTo(scope) && scope.hasAny(Role.OFFICE, Role.EVALUATOR, Role.LEADER);
    }

    /** The caller as the form's rules know him: its own unit, an evaluator or the office of the campaign's region. */
    public AppraisalActor actor(Scope scope, Appraisal a) {
        boolean manages = a.getCampaign().managedBy(scope);
        return new AppraisalActor(scope.login(), scope.has(Role.UNIT) && scope.isUnit(a.getUnit()), manages && scope.has(Role.EVALUATOR),
                manages && scope.has(Role.OFFICE));
    }
}
