package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.PlanActor;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The team of one target in one campaign (its current assignment: leader, leading unit, co-units) as
 * one user may see it: a unit user only the targets his unit helps now, everyone else the targets of
 * his region. Anything else is 404, whether or not it exists.
 */
@Dependent
public class Teams {

    @PersistenceContext
    EntityManager em;

    @Inject
    AssignmentLookups lookups;

    /** The team of a target; {@code assignment} is null for a target of the region that is not assigned (never for a unit user). */
    public record Team(Campaign campaign, AssistanceTarget target, Assignment assignment) {

        public List<AssignmentUnit> units() {
            return assignment == null ? List.of() : assignment.units();
        }

        /** The role of the caller's unit in the team, null if none (or if he acts not as a unit). */
        public UnitRole roleOf(Scope scope) {
            if (assignment == null || scope.unitId() == null || !scope.has(Role.UNIT)) {
                return null;
            }
            return assignment.units().stream().filter(u -> scope.isUnit(u.getUnit()))
                    .map(AssignmentUnit::getRole).findFirst().orElse(null);
        }

        public PlanActor actor(Scope scope) {
            return new PlanActor(scope.login(), scope.unitId(), roleOf(scope), scope.has(Role.OFFICE) && campaign.managedBy(scope));
        }
    }

    public Team of(Scope scope, Campaign campaign, long targetId) {
        AssistanceTarget target = em.find(AssistanceTarget.class, targetId);
        return team(scope, campaign, target, targetId);
    }

    /** By reference ({@code {"creditCode": ...}} or {@code {"projectId": ...}}) or id; 400 when neither is given. */
    public Team of(Scope scope, Campaign campaign, TargetRef ref, Long targetId) {
        if (targetId != null) {
            return of(scope, campaign, targetId);
        }
        if (ref == null || !ref.given()) {
            throw new InvalidInputException(FieldError.of("target", "field.required"));
        }
        return team(scope, campaign, lookups.target(ref), ref.label());
    }

    private Team team(Scope scope, Campaign campaign, AssistanceTarget target, Object id) {
        if (target == null || !campaign.covers(target.getRegion())) {
            throw new NotFoundException("AssistanceTarget", id);
        }
        Assignment a = lookups.current(campaign, target);
        boolean sees = scope.unitOnly() ? a != null && a.units().stream().anyMatch(u -> scope.isUnit(u.getUnit()))
                : scope.covers(target.getRegion());
        if (!sees) {
            throw new NotFoundException("AssistanceTarget", id);
        }
        return new Team(campaign, target, a);
    }
}
