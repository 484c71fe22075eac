package cn.bangfu.org.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.org.control.CadreChanges;
import cn.bangfu.org.entity.CadreFilter;
import cn.bangfu.org.control.CadreSearch;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
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
 * The cadres (干部) of the units in a user's region: county leaders, unit heads, stationed cadres.
 * The campaign office creates and changes them; the other business roles read them.
 */
@Stateless
public class CadreDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CadreSearch search;

    @Inject
    CadreChanges changes;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Page<CadreData> find(CadreFilter filter, PageRequest page) {
        page.requireSort(CadreSearch::sortable);
        return search.find(caller.get(), filter == null ? CadreFilter.NONE : filter, page).map(Cadre::data);
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public CadreData get(long id) {
        return visible(caller.get(), id).data();
    }

    /**
     * The units whose cadres the caller sees (his region's, for every role), by name: for the unit
     * pickers and for showing a cadre's unit by name, also to a UNIT user who otherwise sees only his own unit.
     */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public List<UnitData> units() {
        return em.createNamedQuery(Unit.WITHIN, Unit.class).setParameter("region", caller.get().pathPattern()).getResultList().stream().map(Unit::data).toList();
    }

    @RolesAllowed(Roles.OFFICE)
    public CadreData create(CadreData data) {
        Scope scope = caller.get();
        List<FieldError> errors = data.problems(scope, this::unit);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Cadre cadre = changes.create(data, unit(data.normalised().unitCode()));
        em.flush();
        return cadre.data();
    }

    @RolesAllowed(Roles.OFFICE)
    public CadreData update(long id, CadreData data) {
        Scope scope = caller.get();
        Cadre cadre = visible(scope, id);
        cadre.requireVersion(data.version());
        CadreData withId = data.with(id, data.version());
        List<FieldError> errors = withId.problems(scope, this::unit);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        changes.update(cadre, withId, unit(withId.normalised().unitCode()));
        em.flush();
        return cadre.data();
    }

    /** The cadre with this id if the caller may see him; 404 otherwise, whether or not he exists. */
    Cadre visible(Scope scope, long id) {
        Cadre cadre = em.createNamedQuery(Cadre.BY_ID, Cadre.class).setParameter("id", id).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("Cadre", id));
        if (!cadre.visibleTo(scope)) {
            throw new NotFoundException("Cadre", id);
        }
        return cadre;
    }

    private Unit unit(String code) {
        return em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code).getResultStream().findFirst().orElse(null);
    }
}
