package cn.bangfu.registry.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.platform.control.AuditTrails;
import cn.bangfu.platform.control.RecordingEntityManager;
import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.AuditEvent;
import cn.bangfu.platform.entity.FieldChange;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.registry.entity.Enterprise;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.EnterpriseRow;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the boundary does with an upload, without the container: read, check, then create and update with audit. */
class EnterpriseImportRoundTripTest {

    private final RecordingEntityManager db = new RecordingEntityManager();
    private final EnterpriseChanges changes = new EnterpriseChanges();
    private final Map<String, Enterprise> stored = new HashMap<>();

    @BeforeEach
    void storedEnterprises() {
        changes.em = db.em;
        changes.audit = AuditTrails.writingTo(db.em);
        stored.put(Pingjiang.SHOES, new Enterprise(Pingjiang.shoes(), Pingjiang.COUNTY));
        stored.put(Pingjiang.BUILDING, new Enterprise(Pingjiang.building(), Pingjiang.WUSHI));
    }

    @Test
    void importingAnExportChangesNothing() {
        assertEquals(new ImportResult(0, 0, 2), importFile(export()));
        assertEquals(List.of(), db.persisted, "no enterprise created, no audit event written");
    }

    @Test
    void anEditedExportCreatesAndUpdatesAndTheSameFileTwiceChangesNothing() {
        byte[] edited = Workbooks.edit(export(), sheet -> {
            Workbooks.put(sheet.getRow(1), 10, "鞋业、出口、专精特新");
            var row = sheet.createRow(3);
            Workbooks.put(row, 0, Pingjiang.FOOD);
            Workbooks.put(row, 1, "平江县香源食品有限公司");
            Workbooks.put(row, 2, "430626101");
            Workbooks.put(row, 3, "C 制造业");
        });

        assertEquals(new ImportResult(1, 1, 1), importFile(edited));

        List<AuditEvent> events = db.persisted(AuditEvent.class);
        assertEquals(List.of("UPDATE " + Pingjiang.SHOES, "CREATE " + Pingjiang.FOOD),
                events.stream().map(e -> e.getAction() + " " + e.getEntityId()).toList());
        assertEquals("tags: 出口,鞋业 → 专精特新,出口,鞋业", events.get(0).getChanges().stream().map(FieldChange::toString)
                .collect(Collectors.joining("; ")));
        Enterprise created = db.persisted(Enterprise.class).get(0);
        assertEquals(new EnterpriseData(Pingjiang.FOOD, "平江县香源食品有限公司", "430626101", "C", List.of(), null, null, null, null, null,
                List.of(), 0L), created.data());

        stored.put(created.getCreditCode(), created);
        db.persisted.clear();
        assertEquals(new ImportResult(0, 0, 3), importFile(edited));
        assertEquals(List.of(), db.persisted, "the same file twice: no events the second time");
    }

    @Test
    void anEmptiedOptionalCellClearsTheStoredValue() {
        byte[] edited = Workbooks.edit(export(), sheet -> Workbooks.put(sheet.getRow(1), 5, null));

        assertEquals(new ImportResult(0, 1, 1), importFile(edited));
        assertEquals(null, stored.get(Pingjiang.SHOES).getPark());
    }

    private byte[] export() {
        return EnterpriseSheet.export(stored.values().stream().map(Enterprise::data)
                .sorted(Comparator.comparing(EnterpriseData::creditCode)).toList());
    }

    private ImportResult importFile(byte[] file) {
        List<EnterpriseRow> rows = EnterpriseSheet.read(file);
        assertEquals(List.of(), EnterpriseImportCheck.problems(rows, Pingjiang.OFFICE, Pingjiang.regions(), stored));
        return changes.importRows(rows, Pingjiang.regions(), stored);
    }
}
