package cn.bangfu.platform.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** One field of an audited record, before and after. */
@Embeddable
public class FieldChange implements Serializable {

    private static final int MAX = 2000;

    @Column(name = "field_name", nullable = false)
    private String field;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected FieldChange() {
    }

    public FieldChange(String field, String oldValue, String newValue) {
        this.field = field;
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    /** The fields whose values differ between two snapshots of a record, in field-name order. */
    public static List<FieldChange> between(Map<String, String> before, Map<String, String> after) {
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String f : fields) {
            String o = before.get(f);
            String n = after.get(f);
            if (!Objects.equals(o, n)) {
                changes.add(new FieldChange(f, o, n));
            }
        }
        return changes;
    }

    private static String clip(String value) {
        return value == null || value.length() <= MAX ? value : value.substring(0, MAX);
    }

    public String getField() {
        return field;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }

    @Override
    public String toString() {
        return field + ": " + oldValue + " → " + newValue;
    }
}
