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
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.platform.entity.ImportResult.Outcome;
import cn.bangfu.registry.entity.KeyProjectRow;
import java.util.List;
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
        return audit.update(project, () -> project.apply(data, region, category));
    }

    /**
     * Creates the projects the rows name that do not exist in their region and takes over the rows into
     * those that do. The rows must have passed {@link KeyProjectImportCheck}, with the same lookups.
     */
    public ImportResult importRows(List<KeyProjectRow> rows, Map<String, Region> regions, Map<String, KeyProjectCategory> categories,
                                   Map<String, List<KeyProject>> existing) {
        return ImportResult.of(rows, row -> {
            KeyProjectData data = row.data().normalised();
            Region region = regions.get(data.regionCode());
            KeyProjectCategory category = categories.get(data.category());
            List<KeyProject> stored = existing.getOrDefault(KeyProjectImportCheck.key(data.regionCode(), data.name()), List.of());
            if (stored.isEmpty()) {
                create(data, region, category);
                return Outcome.CREATED;
            }
            return update(stored.get(0), data, region, category) ? Outcome.UPDATED : Outcome.UNCHANGED;
        });
    }
}
