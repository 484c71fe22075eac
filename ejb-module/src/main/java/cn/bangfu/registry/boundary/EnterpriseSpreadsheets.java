package cn.bangfu.registry.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.registry.control.EnterpriseChanges;
import cn.bangfu.registry.control.EnterpriseImportCheck;
import cn.bangfu.registry.entity.EnterpriseFilter;
import cn.bangfu.registry.control.EnterpriseSearch;
import cn.bangfu.registry.control.EnterpriseSheet;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Enterprises in Excel: the import template, the all-or-nothing import of a filled-in sheet, and the
 * export of the enterprises a user may see in the same layout, so an export can be edited and imported again.
 */
@Stateless
public class EnterpriseSpreadsheets {

    /** Enterprises per query when exporting, and codes per IN list when importing (databases cap bind parameters). */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    EnterpriseSearch search;

    @Inject
    EnterpriseChanges changes;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] template() {
        return EnterpriseSheet.template();
    }

    /**
     * Imports every row or none. New credit codes create enterprises, codes of enterprises in the
     * caller's scope update them; a row that matches its enterprise exactly changes nothing, so the
     * same file imported twice changes nothing the second time.
     *
     * @throws ImportRejectedException with every bad cell (row, column letter, reason) when any row is wrong,
     *                                 or when the file is unreadable, has the wrong header or no data rows
     */
    @RolesAllowed(Roles.OFFICE)
    public ImportResult importEnterprises(byte[] xlsx) {
        List<EnterpriseRow> rows = EnterpriseSheet.read(xlsx);
        Scope scope = caller.get();
        Map<String, Enterprise> existing = load(Enterprise.BY_CREDIT_CODES, Enterprise.class, EnterpriseImportCheck.creditCodes(rows),
                Enterprise::getCreditCode);
        Map<String, Region> regions = load(Region.BY_CODES, Region.class, EnterpriseImportCheck.regionCodes(rows), Region::getCode);
        List<FieldError> errors = EnterpriseImportCheck.problems(rows, scope, regions, existing);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        ImportResult result = changes.importRows(rows, regions, existing);
        em.flush();
        return result;
    }

    /** The enterprises {@link EnterpriseRegistry#find} would list for this filter and free text, all of them, in credit-code order. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] export(EnterpriseFilter filter, String q) {
        return EnterpriseSheet.export(search.all(caller.get(), filter == null ? EnterpriseFilter.NONE : filter, q, CHUNK));
    }

    private <T> Map<String, T> load(String namedQuery, Class<T> type, List<String> keys, Function<T, String> key) {
        return ChunkedLookup.byKeys(em, namedQuery, type, keys, key, CHUNK);
    }
}
