package cn.bangfu.registry.boundary;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.control.ChunkedLookup;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.registry.control.KeyProjectChanges;
import cn.bangfu.registry.control.KeyProjectImportCheck;
import cn.bangfu.registry.entity.KeyProjectFilter;
import cn.bangfu.registry.control.KeyProjectSearch;
import cn.bangfu.registry.control.KeyProjectSheet;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectRow;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;

/**
 * Key projects in Excel: the import template, the all-or-nothing import of a filled-in sheet, and the
 * export of the projects a user may see in the same layout, so an export can be edited and imported again.
 * A file names a project by its name within its region.
 */
@Stateless
public class KeyProjectSpreadsheets {

    /** Projects per query when exporting, and codes per IN list when importing (databases cap bind parameters). */
    static final int CHUNK = 1000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CallerScope caller;

    @Inject
    KeyProjectSearch search;

    @Inject
    KeyProjectChanges changes;

    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] template() {
        return KeyProjectSheet.template(categories());
    }

    /**
     * Imports every row or none. A name new in its region creates a project, the name of a project in
     * that region updates it; a row that matches its project exactly changes nothing, so the same file
     * imported twice changes nothing the second time.
     *
     * @throws ImportRejectedException with every bad cell (row, column letter, reason) when any row is wrong,
     *                                 or when the file is unreadable, has the wrong header or no data rows
     */
    @RolesAllowed(Roles.OFFICE)
    public ImportResult importKeyProjects(byte[] xlsx) {
        List<KeyProjectRow> rows = KeyProjectSheet.read(xlsx);
        Scope scope = caller.get();
        List<String> regionCodes = KeyProjectImportCheck.regionCodes(rows);
        Map<String, Region> regions = ChunkedLookup.byKeys(em, Region.BY_CODES, Region.class, regionCodes, Region::getCode, CHUNK);
        Map<String, KeyProjectCategory> categories = KeyProjectImportCheck.categoryLookup(categories());
        List<KeyProject> stored = ChunkedLookup.all(em, KeyProject.IN_REGIONS, KeyProject.class, "codes", regionCodes);
        Map<String, List<KeyProject>> existing = KeyProjectImportCheck.byKey(stored);
        List<FieldError> errors = KeyProjectImportCheck.problems(rows, scope, regions, categories, existing);
        if (!errors.isEmpty()) {
            throw new ImportRejectedException(errors);
        }
        ImportResult result = changes.importRows(rows, regions, categories, existing);
        em.flush();
        return result;
    }

    /** The key projects {@link KeyProjectRegistry#find} would list for this filter and free text, all of them. */
    @RolesAllowed({Roles.OFFICE, Roles.UNIT, Roles.LEADER, Roles.INSPECTOR, Roles.EVALUATOR})
    public byte[] export(KeyProjectFilter filter, String q) {
        List<KeyProjectCategory> categories = categories();
        return KeyProjectSheet.export(search.all(caller.get(), filter == null ? KeyProjectFilter.NONE : filter, q, CHUNK), categories);
    }

    private List<KeyProjectCategory> categories() {
        return em.createNamedQuery(KeyProjectCategory.ALL, KeyProjectCategory.class).getResultList();
    }
}
