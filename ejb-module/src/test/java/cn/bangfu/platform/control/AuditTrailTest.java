package cn.bangfu.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.bangfu.platform.entity.AuditEvent;
import cn.bangfu.platform.entity.Audited;
import cn.bangfu.platform.entity.FieldChange;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A change handed to the audit trail as a lambda is recorded with the fields it changed, and only then. */
class AuditTrailTest {

    /** A record with one audited field. */
    static final class Note implements Audited {
        String text;

        Note(String text) {
            this.text = text;
        }

        @Override
        public String auditType() {
            return "Note";
        }

        @Override
        public String auditId() {
            return "1";
        }

        @Override
        public Map<String, String> auditSnapshot() {
            return Map.of("text", text);
        }
    }

    private final RecordingEntityManager recorder = new RecordingEntityManager();
    private final AuditTrail audit = AuditTrails.writingTo(recorder.em);

    @Test
    void anUpdateRecordsTheFieldsItChanged() {
        Note note = new Note("旧");
        assertTrue(audit.update(note, () -> note.text = "新"));
        AuditEvent event = recorder.persisted(AuditEvent.class).get(0);
        assertEquals("UPDATE", event.getAction());
        assertEquals(List.of("text: 旧 → 新"), event.getChanges().stream().map(c -> c.getField() + ": " + c.getOldValue() + " → "
                + c.getNewValue()).toList());
    }

    @Test
    void anUpdateThatChangesNothingRecordsNothing() {
        Note note = new Note("旧");
        assertFalse(audit.update(note, () -> note.text = "旧"));
        assertEquals(List.of(), recorder.persisted);
    }

    @Test
    void aNamedActionIsRecordedEvenWithoutChangedFields() {
        Note note = new Note("旧");
        audit.change(note, "COMMENT", () -> { });
        AuditEvent event = recorder.persisted(AuditEvent.class).get(0);
        assertEquals("COMMENT", event.getAction());
        assertEquals(AuditTrail.SYSTEM, event.getActor());
        assertEquals(List.<FieldChange>of(), event.getChanges());
    }

    @Test
    void theActionCanBeNamedByTheResultAndTheActorGiven() {
        Note note = new Note("旧");
        boolean locked = audit.change("pj-gxj", note, l -> l ? "LOCK" : "LOGIN_FAILED", () -> {
            note.text = "锁定";
            return true;
        });
        assertTrue(locked);
        AuditEvent event = recorder.persisted(AuditEvent.class).get(0);
        assertEquals("LOCK", event.getAction());
        assertEquals("pj-gxj", event.getActor());
        assertEquals(1, event.getChanges().size());
    }
}
