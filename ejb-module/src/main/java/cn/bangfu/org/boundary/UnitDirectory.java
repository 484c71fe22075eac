package cn.bangfu.org.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.control.UnitChanges;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.control.UnitSearch;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * The units (责任单位) a user may see and, for the campaign office, create, change and delete.
 * Everything is limited to the caller's scope: a unit outside it does not exist for him.
 */
@Stateless
public class UnitDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    UnitSearch search;

    @Inject
    UnitChanges changes;

    @Inject
    AuditTrail audit;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.SYSADMIN, Roles.SECADMIN, Roles.AUDITOR})
    public Page<UnitData> find(UnitFilter filter, PageRequest page) {
        page.requireSort(UnitSearch::sortable);
        return search.find(caller.get(), filter, page).map(Unit::data);
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.SYSADMIN, Roles.SECADMIN, Roles.AUDITOR})
    public UnitData get(String code) {
        return visible(caller.get(), code).data();
    }

    @RolesAllowed(Roles.OFFICE)
    public UnitData create(UnitData data) {
        Scope scope = caller.get();
        List<FieldError> errors = data.problems(scope, this::region);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String code = data.normalised().code();
        if (exists(code)) {
            throw new ConflictException(FieldError.of("code", "unit.code.taken", code));
        }
        Unit unit = changes.create(data, region(data.normalised().regionCode()));
        em.flush();
        return unit.data();
    }

    @RolesAllowed(Roles.OFFICE)
    public UnitData update(String code, UnitData data) {
        Scope scope = caller.get();
        Unit unit = visible(scope, code);
        unit.requireVersion(data.version());
        UnitData withCode = data.withCode(code);
        List<FieldError> errors = withCode.problems(scope, this::region);
        if (data.code() != null && !data.code().strip().equals(code)) {
            errors.add(FieldError.of("code", "unit.code.immutable"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        changes.update(unit, withCode, region(withCode.normalised().regionCode()));
        em.flush();
        return unit.data();
    }

    @RolesAllowed(Roles.OFFICE)
    public void delete(String code) {
        Unit unit = visible(caller.get(), code);
        long accounts = em.createNamedQuery(UserAccount.COUNT_BY_UNIT, Long.class).setParameter("unit", unit).getSingleResult();
        if (accounts > 0) {
            throw new ConflictException(FieldError.of("code", "unit.inUse.accounts", unit.getName(), accounts));
        }
        long cadres = em.createNamedQuery(Cadre.COUNT_BY_UNIT, Long.class).setParameter("unit", unit).getSingleResult();
        if (cadres > 0) {
            throw new ConflictException(FieldError.of("code", "unit.inUse.cadres", unit.getName(), cadres));
        }
        audit.deleted(unit);
        em.remove(unit);
        em.flush();
    }

    /** The path of a region filter; an unknown region or one outside the caller's scope is a field error. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.SYSADMIN, Roles.SECADMIN, Roles.AUDITOR})
    public String regionPath(String regionCode) {
        Region region = em.find(Region.class, regionCode);
        if (region == null || !caller.get().covers(region)) {
            throw new InvalidInputException(FieldError.of("regionCode", "region.unknown", regionCode));
        }
        return region.getPath();
    }

    /** The unit with this code if the caller may see it; 404 otherwise, whether or not it exists. */
    Unit visible(Scope scope, String code) {
        Unit unit = em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Unit", code));
        if (!scope.covers(unit)) {
            throw new NotFoundException("Unit", code);
        }
        return unit;
    }

    boolean exists(String code) {
        return !em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code).getResultList().isEmpty();
    }

    private Region region(String code) {
        return em.find(Region.class, code);
    }
}
