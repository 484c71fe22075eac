package cn.bangfu.org.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRow;
import cn.bangfu.platform.control.AuditTrails;
import cn.bangfu.platform.control.RecordingEntityManager;
import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.AuditEvent;
import cn.bangfu.platform.entity.ImportResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the boundary does with an upload, without the container: read, check, then create and update with audit. */
class CadreImportRoundTripTest {

    private final RecordingEntityManager db = new RecordingEntityManager();
    private final CadreChanges changes = new CadreChanges();
    private final List<Cadre> stored = new ArrayList<>();

    @BeforeEach
    void storedCadres() {
        changes.em = db.em;
        changes.audit = AuditTrails.writingTo(db.em);
        stored.add(new Cadre(CadreSheetTest.leader(), CadreSheetTest.GXJ));
        stored.add(new Cadre(CadreSheetTest.staff(), CadreSheetTest.WSZ));
    }

    @Test
    void importingAnExportChangesNothing() {
        assertEquals(new ImportResult(0, 0, 2), importFile(export()));
        assertEquals(List.of(), db.persisted, "no cadre created, no audit event written");
    }

    @Test
    void anEditedExportCreatesAndUpdatesAndTheSameFileTwiceChangesNothing() {
        byte[] edited = Workbooks.edit(export(), sheet -> {
            Workbooks.put(sheet.getRow(2), 2, "驻企干部");
            // The same name in another unit is another cadre.
            Workbooks.fill(sheet.createRow(3), "李明", "pj-wsz", null, "科级干部", null);
        });

        assertEquals(new ImportResult(1, 1, 1), importFile(edited));
        assertEquals(List.of("UPDATE", "CREATE"), db.persisted(AuditEvent.class).stream().map(AuditEvent::getAction).toList());
        assertEquals("驻企干部", stored.get(1).getPosition());
        Cadre created = db.persisted(Cadre.class).get(0);
        assertEquals(new CadreData(null, "李明", "pj-wsz", null, "SECTION_LEVEL", null, 0L), created.data());

        stored.add(created);
        db.persisted.clear();
        assertEquals(new ImportResult(0, 0, 3), importFile(edited));
        assertEquals(List.of(), db.persisted, "the same file twice: no events the second time");
    }

    private byte[] export() {
        return CadreSheet.export(stored.stream().map(Cadre::data).toList());
    }

    private ImportResult importFile(byte[] file) {
        List<CadreRow> rows = CadreSheet.read(file);
        Map<String, List<Cadre>> existing = CadreImportCheck.byKey(stored);
        assertEquals(List.of(), CadreImportCheck.problems(rows, Area.PINGJIANG_OFFICE, CadreSheetTest.UNITS, existing));
        return changes.importRows(rows, CadreSheetTest.UNITS, existing);
    }
}
