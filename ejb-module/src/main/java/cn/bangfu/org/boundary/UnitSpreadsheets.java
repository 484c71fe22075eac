package cn.bangfu.org.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.control.UnitChanges;
import cn.bangfu.org.control.UnitImportCheck;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.control.UnitSearch;
import cn.bangfu.org.control.UnitSheet;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitRow;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.ImportResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Units in Excel: the import template, the all-or-nothing import of a filled-in sheet, and the
 * export of the units a user may see in the same layout, so an export can be edited and imported again.
 */
@Stateless
public class UnitSpreadsheets {

    /** Units per query when exporting, and codes per IN list when importing (databases cap bind parameters). */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    UnitSearch search;

    @Inject
    UnitChanges changes;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.SYSADMIN, Roles.SECADMIN, Roles.AUDITOR})
    public byte[] template() {
        return UnitSheet.template();
    }

    /**
     * Imports every row or none. New codes create units, codes of units in the caller's scope update
     * them; a row that matches its unit exactly changes nothing and leaves no audit event.
     *
     * @throws ImportRejectedException with every bad cell (row, column letter, reason) when any row is wrong,
     *                                 or when the file is unreadable, has the wrong header or no data rows
     */
    @RolesAllowed(Roles.OFFICE)
    public ImportResult importUnits(byte[] xlsx) {
        List<UnitRow> rows = UnitSheet.read(xlsx);
        Scope scope = caller.get();
        Map<String, Unit> existing = load(Unit.BY_CODES, Unit.class, UnitImportCheck.codes(rows), Unit::getCode);
        Map<String, Region> regions = load(Region.BY_CODES, Region.class, UnitImportCheck.regionCodes(rows), Region::getCode);
        List<FieldError> errors = UnitImportCheck.problems(rows, scope, regions, existing);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        ImportResult result = changes.importRows(rows, regions, existing);
        em.flush();
        return result;
    }

    /** The units {@link UnitDirectory#find} would list for this filter and free text, all of them, in code order. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR, Roles.SYSADMIN, Roles.SECADMIN, Roles.AUDITOR})
    public byte[] export(UnitFilter filter, String q) {
        return UnitSheet.export(search.all(caller.get(), filter == null ? UnitFilter.NONE : filter, q, CHUNK));
    }

    private <T> Map<String, T> load(String namedQuery, Class<T> type, List<String> keys, Function<T, String> key) {
        return ChunkedLookup.byKeys(em, namedQuery, type, keys, key, CHUNK);
    }
}
