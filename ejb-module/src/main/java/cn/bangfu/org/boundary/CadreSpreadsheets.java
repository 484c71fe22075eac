package cn.bangfu.org.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.org.control.CadreChanges;
import cn.bangfu.org.control.CadreImportCheck;
import cn.bangfu.org.entity.CadreFilter;
import cn.bangfu.org.control.CadreSearch;
import cn.bangfu.org.control.CadreSheet;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreRow;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.Unit;
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

/**
 * Cadres in Excel: the import template, the all-or-nothing import of a filled-in sheet, and the export
 * of the cadres a user may see in the same layout, so an export can be edited and imported again.
 * A file names a cadre by his name within his unit.
 */
@Stateless
public class CadreSpreadsheets {

    /** Cadres per query when exporting, and codes per IN list when importing (databases cap bind parameters). */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    CadreSearch search;

    @Inject
    CadreChanges changes;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] template() {
        return CadreSheet.template();
    }

    /**
     * Imports every row or none. A name new in its unit creates a cadre, the name of a cadre of that unit
     * updates him; a row that matches its cadre exactly changes nothing, so the same file imported twice
     * changes nothing the second time.
     *
     * @throws ImportRejectedException with every bad cell (row, column letter, reason) when any row is wrong,
     *                                 or when the file is unreadable, has the wrong header or no data rows
     */
    @RolesAllowed(Roles.OFFICE)
    public ImportResult importCadres(byte[] xlsx) {
        List<CadreRow> rows = CadreSheet.read(xlsx);
        Scope scope = caller.get();
        List<String> unitCodes = CadreImportCheck.unitCodes(rows);
        Map<String, Unit> units = ChunkedLookup.byKeys(em, Unit.BY_CODES, Unit.class, unitCodes, Unit::getCode, CHUNK);
        List<Cadre> stored = ChunkedLookup.all(em, Cadre.IN_UNITS, Cadre.class, "codes", unitCodes);
        Map<String, List<Cadre>> existing = CadreImportCheck.byKey(stored);
        List<FieldError> errors = CadreImportCheck.problems(rows, scope, units, existing);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        ImportResult result = changes.importRows(rows, units, existing);
        em.flush();
        return result;
    }

    /** The cadres {@link CadreDirectory#find} would list for this filter and free text, all of them. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] export(CadreFilter filter, String q) {
        return CadreSheet.export(search.all(caller.get(), filter == null ? CadreFilter.NONE : filter, q, CHUNK));
    }
}
