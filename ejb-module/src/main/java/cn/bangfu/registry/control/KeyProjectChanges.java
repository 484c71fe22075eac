package cn.bangfu.registry.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectData;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;

/** The one way key projects are created and changed, with their audit trail. Callers have checked data and scope. */
@Dependent
public class KeyProjectChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public KeyProject create(KeyProjectData data, Region region, KeyProjectCategory category) {
        KeyProject project = new KeyProject(data, region, category);
        em.persist(project);
        audit.created(project);
        return project;
    }

    public boolean update(KeyProject project, KeyProjectData data, Region region, KeyProjectCategory category) {
        Map<String, String> before = project.auditSnapshot();
        project.apply(data, region, category);
        audit.updated(project, before);
        return !before.equals(project.auditSnapshot());
    }
}
