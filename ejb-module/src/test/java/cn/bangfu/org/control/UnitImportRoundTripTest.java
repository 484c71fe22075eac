package cn.bangfu.org.control;

import static cn.bangfu.org.control.Area.PINGJIANG;
import static cn.bangfu.org.control.Area.PINGJIANG_OFFICE;
import static cn.bangfu.org.control.Area.WUSHI;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.bangfu.org.entity.Unit;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UnitRow;
import cn.bangfu.platform.control.AuditTrails;
import cn.bangfu.platform.control.RecordingEntityManager;
import cn.bangfu.platform.control.Workbooks;
import cn.bangfu.platform.entity.AuditEvent;
import cn.bangfu.platform.entity.FieldChange;
import cn.bangfu.platform.entity.ImportResult;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the boundary does with an upload, without the container: read, check, then create and update with audit. */
class UnitImportRoundTripTest {

    private final RecordingEntityManager db = new RecordingEntityManager();
    private final UnitChanges changes = new UnitChanges();
    private Map<String, Unit> stored;

    @BeforeEach
    void storedUnits() {
        changes.em = db.em;
        changes.audit = AuditTrails.writingTo(db.em);
        stored = new HashMap<>(List.of(
                        new Unit(new UnitData("pj-gxj", "平江县工业和信息化局", "COUNTY_DEPARTMENT", "430626", "李明", "王芳", "0730-6221001", null, null), PINGJIANG),
                        new Unit(new UnitData("pj-wsz", "伍市镇人民政府", "TOWNSHIP", "430626101", null, "周洁", "13800138000", null, null), WUSHI),
                        new Unit(new UnitData("pj-gxq", "平江高新技术产业园区管委会", "PARK", "430626", "郝建", null, null, null, null), PINGJIANG))
                .stream().collect(Collectors.toMap(Unit::getCode, Function.identity())));
    }

    @Test
    void importingAnExportChangesNothing() {
        byte[] export = UnitSheet.export(stored.values().stream().map(Unit::data).toList());

        assertEquals(new ImportResult(0, 0, 3), importFile(export));
        assertEquals(List.of(), db.persisted, "no unit created, no audit event written");
    }

    @Test
    void anEditedExportCreatesAndUpdatesAndTheSecondImportChangesNothing() {
        byte[] export = UnitSheet.export(stored.values().stream().map(Unit::data).sorted((a, b) -> a.code().compareTo(b.code())).toList());
        byte[] edited = Workbooks.edit(export, sheet -> {
            Workbooks.put(sheet.getRow(1), 4, "张伟");
            Workbooks.fill(sheet.createRow(4), "pj-cz", "平江县财政局", "县直单位", 430626, null, null, 7306221002L);
        });

        assertEquals(new ImportResult(1, 1, 2), importFile(edited));

        List<AuditEvent> events = db.persisted(AuditEvent.class);
        assertEquals(List.of("UPDATE pj-gxj", "CREATE pj-cz"), events.stream().map(e -> e.getAction() + " " + e.getEntityId()).toList());
        assertEquals("headName: 李明 → 张伟", events.get(0).getChanges().stream().map(FieldChange::toString).collect(Collectors.joining("; ")));
        Unit created = db.persisted(Unit.class).get(0);
        assertEquals(new UnitData("pj-cz", "平江县财政局", "COUNTY_DEPARTMENT", "430626", null, null, "7306221002", null, 0L), created.data());

        stored.put(created.getCode(), created);
        db.persisted.clear();
        assertEquals(new ImportResult(0, 0, 4), importFile(edited));
        assertEquals(List.of(), db.persisted, "the same file twice: no UPDATE events the second time");
    }

    @Test
    void anEmptiedOptionalCellClearsTheStoredValue() {
        byte[] export = UnitSheet.export(List.of(stored.get("pj-gxj").data()));
        byte[] edited = Workbooks.edit(export, sheet -> sheet.getRow(1).removeCell(sheet.getRow(1).getCell(5)));

        assertEquals(new ImportResult(0, 1, 0), importFile(edited));
        assertEquals(null, stored.get("pj-gxj").getContactName());
    }

    @Test
    void aSheetOfTheFirstTemplateWithoutTheEmailColumnLeavesTheStoredAddresses() {
        Unit gxj = stored.get("pj-gxj");
        gxj.apply(gxj.data().withContactEmail("gxj@pingjiang.gov.cn"), PINGJIANG);
        byte[] old = Workbooks.xlsx(new Object[] {"单位代码", "单位名称", "单位类型", "所在区划代码", "主要负责人", "联络人", "联系电话"},
                new Object[] {"pj-gxj", "平江县工业和信息化局", "县直单位", "430626", "张伟", "王芳", "0730-6221001"});

        assertEquals(new ImportResult(0, 1, 0), importFile(old));
        assertEquals("张伟", gxj.getHeadName());
        assertEquals("gxj@pingjiang.gov.cn", gxj.getContactEmail(), "a sheet that has no column for it says nothing of the address");

        byte[] emptied = Workbooks.edit(UnitSheet.export(List.of(gxj.data())), sheet -> sheet.getRow(1).removeCell(sheet.getRow(1).getCell(7)));
        assertEquals(new ImportResult(0, 1, 0), importFile(emptied));
        assertEquals(null, gxj.getContactEmail(), "an emptied cell of the column clears it, like any optional cell");
    }

    private ImportResult importFile(byte[] file) {
        List<UnitRow> rows = UnitSheet.read(file);
        assertEquals(List.of(), UnitImportCheck.problems(rows, PINGJIANG_OFFICE, Area.regions(), stored));
        return changes.importRows(rows, Area.regions(), stored);
    }
}
