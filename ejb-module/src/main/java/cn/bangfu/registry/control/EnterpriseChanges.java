package cn.bangfu.registry.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.platform.entity.ImportResult.Outcome;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.EnterpriseRow;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The one way enterprises are created and changed, so the form, the API and the spreadsheet import
 * leave the same audit trail. Callers have checked the data and the caller's scope already.
 */
@Dependent
public class EnterpriseChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Enterprise create(EnterpriseData data, Region region) {
        Enterprise enterprise = new Enterprise(data, region);
        em.persist(enterprise);
        audit.created(enterprise);
        return enterprise;
    }

    /** Takes over the data; true if any field changed. An unchanged enterprise leaves no audit event and keeps its version. */
    public boolean update(Enterprise enterprise, EnterpriseData data, Region region) {
        return audit.update(enterprise, () -> enterprise.apply(data, region));
    }

    /**
     * Creates the enterprises the rows name that do not exist and takes over the rows into those
     * that do. The rows must have passed {@link EnterpriseImportCheck}, with the same regions and enterprises.
     */
    public ImportResult importRows(List<EnterpriseRow> rows, Map<String, Region> regions, Map<String, Enterprise> existing) {
        return ImportResult.of(rows, row -> {
            EnterpriseData data = row.data().normalised();
            Region region = regions.get(data.regionCode());
            Enterprise enterprise = existing.get(data.creditCode());
            if (enterprise == null) {
                create(data, region);
                return Outcome.CREATED;
            }
            return update(enterprise, data, region) ? Outcome.UPDATED : Outcome.UNCHANGED;
        });
    }
}
