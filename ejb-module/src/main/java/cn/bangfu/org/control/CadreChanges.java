package cn.bangfu.org.control;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.control.AuditTrail;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import cn.bangfu.org.entity.CadreRow;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.platform.entity.ImportResult.Outcome;
import java.util.List;
import java.util.Map;

/** The one way cadres are created and changed, with their audit trail. Callers have checked data and scope. */
@Dependent
public class CadreChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Cadre create(CadreData data, Unit unit) {
        Cadre cadre = new Cadre(data, unit);
        em.persist(cadre);
        audit.created(cadre);
        return cadre;
    }

    /** Takes over the data; true if any field changed. */
    public boolean update(Cadre cadre, CadreData data, Unit unit) {
        return audit.update(cadre, () -> cadre.apply(data, unit));
    }

    /**
     * Creates the cadres the rows name that are not in their unit and takes over the rows into those
     * that are. The rows must have passed {@link CadreImportCheck}, with the same units and cadres.
     */
    public ImportResult importRows(List<CadreRow> rows, Map<String, Unit> units, Map<String, List<Cadre>> existing) {
        return ImportResult.of(rows, row -> {
            CadreData data = row.data().normalised();
            Unit unit = units.get(data.unitCode());
            List<Cadre> stored = existing.getOrDefault(CadreImportCheck.key(data.unitCode(), data.name()), List.of());
            if (stored.isEmpty()) {
                create(data, unit);
                return Outcome.CREATED;
            }
            return update(stored.get(0), data, unit) ? Outcome.UPDATED : Outcome.UNCHANGED;
        });
    }
}
