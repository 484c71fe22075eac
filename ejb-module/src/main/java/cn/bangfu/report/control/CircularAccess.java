package cn.bangfu.report.control;

import cn.bangfu.inspection.control.RoundAccess;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.report.entity.Circular;
import cn.bangfu.report.entity.CircularStatus;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Who reads and who writes a circular. A draft is read by the readers of its round; a published circular by everyone who
 * sees its campaign, the units too (it is sent to them). Only the office of the campaign's region writes (403 for a reader).
 */
@Dependent
public class CircularAccess {

    @PersistenceContext
    EntityManager em;

    @Inject
    RoundAccess rounds;

    public Circular readable(Scope scope, long id) {
        Circular c = em.find(Circular.class, id);
        if (c == null || !reads(scope, c)) {
            throw new NotFoundException("Circular", id);
        }
        return c;
    }

    public Circular writable(Scope scope, long id) {
        Circular c = readable(scope, id);
        if (!writes(scope, c)) {
            throw new ForbiddenException(scope.login() + " does not write the circulars of campaign " + c.getCampaign().getCode());
        }
        return c;
    }

    public boolean writes(Scope scope, Circular c) {
        return rounds.manages(scope, c.getCampaign());
    }

    private boolean reads(Scope scope, Circular c) {
        if (c.getStatus() == CircularStatus.PUBLISHED) {
            return !scope.enterpriseOnly() && scope.hasAny(Role.OFFICE, Role.UNIT, Role.LEADER, Role.INSPECTOR, Role.EVALUATOR)
                    && c.getCampaign().visibleTo(scope);
        }
        return rounds.reads(scope, c.getRound());
    }
}
