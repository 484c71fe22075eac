package cn.bangfu.registry.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.registry.control.KeyProjectChanges;
import cn.bangfu.registry.entity.KeyProjectFilter;
import cn.bangfu.registry.control.KeyProjectSearch;
import cn.bangfu.registry.control.TargetScope;
import cn.bangfu.registry.entity.CategoryData;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectData;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** The key projects (重点项目) a user may see and, for the campaign office, create and change; scoped like enterprises. */
@Stateless
public class KeyProjectRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    TargetScope targetScope;

    @Inject
    KeyProjectSearch search;

    @Inject
    KeyProjectChanges changes;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public Page<KeyProjectData> find(KeyProjectFilter filter, PageRequest page) {
        page.requireSort(KeyProjectSearch::sortable);
        return search.find(caller.get(), filter == null ? KeyProjectFilter.NONE : filter, page).map(KeyProject::data);
    }

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public KeyProjectData get(long id) {
        return visible(caller.get(), id).data();
    }

    /** The categories a key project may have, in their order. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public List<CategoryData> categories() {
        return em.createNamedQuery(KeyProjectCategory.ALL, KeyProjectCategory.class).getResultList().stream().map(CategoryData::of).toList();
    }

    @RolesAllowed(Roles.OFFICE)
    public KeyProjectData create(KeyProjectData data) {
        Scope scope = caller.get();
        KeyProjectData d = data.with(null, null);
        List<FieldError> errors = d.problems(scope, this::region, this::category);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        KeyProjectData n = d.normalised();
        KeyProject project = changes.create(n, region(n.regionCode()), category(n.category()));
        em.flush();
        return project.data();
    }

    @RolesAllowed(Roles.OFFICE)
    public KeyProjectData update(long id, KeyProjectData data) {
        Scope scope = caller.get();
        KeyProject project = visible(scope, id);
        project.requireVersion(data.version());
        KeyProjectData d = data.with(id, data.version());
        List<FieldError> errors = d.problems(scope, this::region, this::category);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        KeyProjectData n = d.normalised();
        changes.update(project, n, region(n.regionCode()), category(n.category()));
        em.flush();
        return project.data();
    }

    KeyProject visible(Scope scope, long id) {
        KeyProject project = em.createNamedQuery(KeyProject.BY_ID, KeyProject.class).setParameter("id", id).getResultStream()
                .findFirst().orElseThrow(() -> new NotFoundException("KeyProject", id));
        if (!targetScope.visible(scope, project)) {
            throw new NotFoundException("KeyProject", id);
        }
        return project;
    }

    private Region region(String code) {
        return code == null ? null : em.find(Region.class, code);
    }

    private KeyProjectCategory category(String code) {
        return code == null ? null : em.find(KeyProjectCategory.class, code);
    }
}
