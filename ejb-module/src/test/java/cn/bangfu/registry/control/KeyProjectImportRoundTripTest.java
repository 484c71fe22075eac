package cn.bangfu.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.platform.control.AuditTrails;
import cn.bangfu.platform.control.RecordingEntityManager;
import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.AuditEvent;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.registry.entity.KeyProject;
import cn.bangfu.registry.entity.KeyProjectCategory;
import cn.bangfu.registry.entity.KeyProjectRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the boundary does with an upload, without the container: read, check, then create and update with audit. */
class KeyProjectImportRoundTripTest {

    private final RecordingEntityManager db = new RecordingEntityManager();
    private final KeyProjectChanges changes = new KeyProjectChanges();
    private final List<KeyProject> stored = new ArrayList<>();
    private final Map<String, KeyProjectCategory> categories = KeyProjectImportCheck.categoryLookup(KeyProjectSheetTest.CATEGORIES);

    @BeforeEach
    void storedProjects() {
        changes.em = db.em;
        changes.audit = AuditTrails.writingTo(db.em);
        stored.add(new KeyProject(KeyProjectSheetTest.road(), Pingjiang.COUNTY, KeyProjectSheetTest.INFRA));
        stored.add(new KeyProject(KeyProjectSheetTest.park(), Pingjiang.WUSHI, KeyProjectSheetTest.INDUSTRY));
    }

    @Test
    void importingAnExportChangesNothing() {
        assertEquals(new ImportResult(0, 0, 2), importFile(export()));
        assertEquals(List.of(), db.persisted, "no project created, no audit event written");
    }

    @Test
    void anEditedExportCreatesAndUpdatesAndTheSameFileTwiceChangesNothing() {
        byte[] edited = Workbooks.edit(export(), sheet -> {
            Workbooks.put(sheet.getRow(1), 2, "12500");
            // The same name in another region is another project.
            Workbooks.fill(sheet.createRow(3), "平伍公路改造", "INDUSTRY", null, "430626101", "伍市镇");
        });

        assertEquals(new ImportResult(1, 1, 1), importFile(edited));
        assertEquals(List.of("UPDATE", "CREATE"), db.persisted(AuditEvent.class).stream().map(AuditEvent::getAction).toList());
        assertEquals(0, new BigDecimal("12500").compareTo(stored.get(0).getTotalInvestment()));
        KeyProject created = db.persisted(KeyProject.class).get(0);
        assertEquals("INDUSTRY", created.getCategory().getCode());
        assertEquals("430626101", created.getRegion().getCode());

        stored.add(created);
        db.persisted.clear();
        assertEquals(new ImportResult(0, 0, 3), importFile(edited));
        assertEquals(List.of(), db.persisted, "the same file twice: no events the second time");
    }

    private byte[] export() {
        return KeyProjectSheet.export(stored.stream().map(KeyProject::data).toList(), KeyProjectSheetTest.CATEGORIES);
    }

    private ImportResult importFile(byte[] file) {
        List<KeyProjectRow> rows = KeyProjectSheet.read(file);
        Map<String, List<KeyProject>> existing = KeyProjectImportCheck.byKey(stored);
        assertEquals(List.of(), KeyProjectImportCheck.problems(rows, Pingjiang.OFFICE, Pingjiang.regions(), categories, existing));
        return changes.importRows(rows, Pingjiang.regions(), categories, existing);
    }
}
