package cn.bangfu.registry.control;

import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.Where;
import cn.bangfu.registry.entity.AssistanceTarget;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * The targets a user may see (DESIGN §1): those of his region and below, and for a UNIT user only
 * the ones his unit helps, so that a unit's registry shows its own enterprises and projects rather
 * than the whole county's. Searches filter with {@link #where}, single reads check {@link #visible}.
 */
@Dependent
public class TargetScope {

    @Inject
    UnitTargets unitTargets;

    /** The scope's conditions for a query over targets aliased {@code target}, whose region is joined as {@code r}. */
    public Where where(Scope scope, String target) {
        Where where = new Where().and("r.path like :scope", "scope", scope.pathPattern());
        if (scope.unitOnly()) {
            unitTargets.narrow(where, target, scope.unitId());
        }
        return where;
    }

    public boolean visible(Scope scope, AssistanceTarget target) {
        return target.visibleTo(scope) && (!scope.unitOnly() || unitTargets.helps(scope.unitId(), target.getId()));
    }
}
