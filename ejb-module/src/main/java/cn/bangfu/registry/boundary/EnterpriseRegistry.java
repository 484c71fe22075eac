package cn.bangfu.registry.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.registry.control.EnterpriseChanges;
import cn.bangfu.registry.entity.EnterpriseFilter;
import cn.bangfu.registry.control.EnterpriseSearch;
import cn.bangfu.registry.control.TargetScope;
import cn.bangfu.registry.entity.CreditCode;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The enterprises (企业) a user may see and, for the campaign office, create and change. Everything
 * is limited to the caller's scope: an enterprise outside it does not exist for him. Enterprises are
 * named by their credit code, in any spelling {@link CreditCode#normalise} accepts.
 */
@Stateless
public class EnterpriseRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    TargetScope targetScope;

    @Inject
    EnterpriseSearch search;

    @Inject
    EnterpriseChanges changes;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Page<EnterpriseData> find(EnterpriseFilter filter, PageRequest page) {
        page.requireSort(EnterpriseSearch::sortable);
        return search.find(caller.get(), filter == null ? EnterpriseFilter.NONE : filter, page).map(Enterprise::data);
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public EnterpriseData get(String creditCode) {
        return visible(caller.get(), creditCode).data();
    }

    @RolesAllowed(Roles.OFFICE)
    public EnterpriseData create(EnterpriseData data) {
        Scope scope = caller.get();
        List<FieldError> errors = data.problems(scope, this::region);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EnterpriseData d = data.normalised();
        if (find(d.creditCode()) != null) {
            // Taken inside or outside the caller's area: the code is unique nationwide, so saying so reveals nothing.
            throw new ConflictException(FieldError.of("creditCode", "enterprise.creditCode.taken", d.creditCode()));
        }
        Enterprise enterprise = changes.create(d, region(d.regionCode()));
        em.flush();
        return enterprise.data();
    }

    /** Changes everything but the credit code; send the version read. */
    @RolesAllowed(Roles.OFFICE)
    public EnterpriseData update(String creditCode, EnterpriseData data) {
        Scope scope = caller.get();
        Enterprise enterprise = visible(scope, creditCode);
        enterprise.requireVersion(data.version());
        EnterpriseData withCode = data.with(enterprise.getCreditCode(), data.version());
        List<FieldError> errors = withCode.problems(scope, this::region);
        String sent = CreditCode.normalise(data.creditCode());
        if (sent != null && !sent.equals(enterprise.getCreditCode())) {
            errors.add(FieldError.of("creditCode", "enterprise.creditCode.immutable"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        changes.update(enterprise, withCode, region(withCode.normalised().regionCode()));
        em.flush();
        return enterprise.data();
    }

    /** The enterprise with this credit code if the caller may see it; 404 otherwise, whether or not it exists. */
    Enterprise visible(Scope scope, String creditCode) {
        Enterprise enterprise = find(CreditCode.normalise(creditCode));
        if (enterprise == null || !targetScope.visible(scope, enterprise)) {
            throw new NotFoundException("Enterprise", creditCode);
        }
        return enterprise;
    }

    private Enterprise find(String creditCode) {
        return creditCode == null ? null : em.createNamedQuery(Enterprise.BY_CREDIT_CODE, Enterprise.class)
                .setParameter("creditCode", creditCode).getResultStream().findFirst().orElse(null);
    }

    private Region region(String code) {
        return code == null ? null : em.find(Region.class, code);
    }
}
