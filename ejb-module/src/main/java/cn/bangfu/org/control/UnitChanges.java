package cn.bangfu.org.control;

import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UnitRow;
import cn.bangfu.platform.control.AuditTrail;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.platform.entity.ImportResult.Outcome;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * The one way units are created and changed, so the form, the API and the spreadsheet import all
 * leave the same audit trail. Callers have checked the data and the caller's scope already.
 */
@Dependent
public class UnitChanges {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    public Unit create(UnitData data, Region region) {
        Unit unit = new Unit(data, region);
        em.persist(unit);
        audit.created(unit);
        return unit;
    }

    /** Takes over the data; true if any field changed. An unchanged unit leaves no audit event and keeps its version. */
    public boolean update(Unit unit, UnitData data, Region region) {
        return audit.update(unit, () -> unit.apply(data, region));
    }

    /**
     * Creates the units the rows name that do not exist and takes over the rows into those that do.
     * The rows must have passed {@link UnitImportCheck}, with the same regions and units.
     */
    public ImportResult importRows(List<UnitRow> rows, Map<String, Region> regions, Map<String, Unit> existing) {
        return ImportResult.of(rows, row -> {
            UnitData data = row.data().normalised();
            Region region = regions.get(data.regionCode());
            Unit unit = existing.get(data.code());
            if (unit == null) {
                create(data, region);
                return Outcome.CREATED;
            }
            UnitData taken = row.withEmail() ? data : data.withContactEmail(unit.getContactEmail());
            return update(unit, taken, region) ? Outcome.UPDATED : Outcome.UNCHANGED;
        });
    }
}
