package cn.bangfu.inspection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** One item of a round's checklist (检查事项): what a finding is filed against, e.g. 未走访. */
@Embeddable
public class ChecklistItem implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The seed speech's complaints (../shared/seeds/001): what the April and July inspections found. */
    public static final List<ChecklistItem> DEFAULTS = List.of(
            new ChecklistItem("UNKNOWN_TARGET", "不知道帮扶对象"),
            new ChecklistItem("NO_PLAN", "未制定方案"),
            new ChecklistItem("NO_VISIT", "未走访"),
            new ChecklistItem("PROBLEM_OPEN", "问题未办结"),
            new ChecklistItem("LEAD_ABSENT", "牵头单位未牵头"),
            new ChecklistItem("REFUSED", "拒绝督查"),
            new ChecklistItem("CHARGES", "涉企收费"),
            new ChecklistItem("OTHER", "其他"));

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    protected ChecklistItem() {
    }

    public ChecklistItem(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistItem c && code.equals(c.code) && name.equals(c.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, name);
    }
}
