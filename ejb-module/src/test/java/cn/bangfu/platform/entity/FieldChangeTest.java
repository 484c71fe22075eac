package cn.bangfu.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    /** Field, old value, new value of each change, as the audit trail shows them. */
    private static List<List<String>> shown(List<FieldChange> changes) {
        return changes.stream().map(c -> java.util.Arrays.asList(c.getField(), c.getOldValue(), c.getNewValue())).toList();
    }

    private static Map<String, String> map(String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void onlyChangedFieldsAreListed() {
        Map<String, String> before = map("code", "PJ-NYJ", "name", "平江县农业局", "contactPhone", "13800138000");
        Map<String, String> after = map("code", "PJ-NYJ", "name", "平江县农业农村局", "contactPhone", "13800138000");
        assertEquals(List.of(List.of("name", "平江县农业局", "平江县农业农村局")), shown(FieldChange.between(before, after)));
    }

    @Test
    void identicalSnapshotsHaveNoChanges() {
        Map<String, String> snapshot = map("code", "PJ-NYJ", "name", "平江县农业农村局", "headName", null);
        assertEquals(List.of(), FieldChange.between(snapshot, new HashMap<>(snapshot)));
    }

    @Test
    void addedAndRemovedFieldsAreChangesFromOrToNull() {
        Map<String, String> before = map("name", "A", "headName", "李明");
        Map<String, String> after = map("name", "A", "contactName", "王芳");
        assertEquals(List.of(
                        java.util.Arrays.asList("contactName", null, "王芳"),
                        java.util.Arrays.asList("headName", "李明", null)),
                shown(FieldChange.between(before, after)));
    }

    @Test
    void aValueSetToNullIsAChange() {
        assertEquals(List.of(java.util.Arrays.asList("headName", "李明", null)),
                shown(FieldChange.between(map("headName", "李明"), map("headName", null))));
    }

    @Test
    void aFieldAbsentOnOneSideAndNullOnTheOtherIsNoChange() {
        assertEquals(List.of(), FieldChange.between(map("headName", null), Map.of()));
    }

    @Test
    void creationListsEveryNonNullFieldInNameOrder() {
        Map<String, String> created = map("name", "平江县", "code", "430626", "level", "COUNTY", "parentCode", "430600");
        assertEquals(List.of(
                        java.util.Arrays.asList("code", null, "430626"),
                        java.util.Arrays.asList("level", null, "COUNTY"),
                        java.util.Arrays.asList("name", null, "平江县"),
                        java.util.Arrays.asList("parentCode", null, "430600")),
                shown(FieldChange.between(Map.of(), created)));
    }

    @Test
    void changesAreSortedByFieldName() {
        Map<String, String> before = map("z", "1", "a", "1", "m", "1");
        Map<String, String> after = map("m", "2", "z", "2", "a", "2");
        assertEquals(List.of("a", "m", "z"), FieldChange.between(before, after).stream().map(FieldChange::getField).toList());
    }

    @Test
    void veryLongValuesAreClippedTo2000Characters() {
        FieldChange c = new FieldChange("note", "x".repeat(2000), "y".repeat(5000));
        assertEquals("x".repeat(2000), c.getOldValue());
        assertEquals("y".repeat(2000), c.getNewValue());
        assertNull(new FieldChange("note", null, null).getOldValue());
    }

    @Test
    void aChangeReadsFieldOldArrowNew() {
        assertEquals("name: 平江县农业局 → 平江县农业农村局", new FieldChange("name", "平江县农业局", "平江县农业农村局").toString());
    }
}
