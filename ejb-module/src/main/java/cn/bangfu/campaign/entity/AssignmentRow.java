package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.Text;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One row of the 对口联系企业安排表 as read: the row number Excel shows, the target's name and credit
 * code (blank for a key project, named by its name), the contact leader's name, the leading unit, the
 * co-units (code or name) and the effective date (生效日期, null when empty or the sheet has no such
 * column), all as the user wrote them.
 */
public record AssignmentRow(int row, String targetName, String creditCode, String leader, String leadingUnit, List<String> coUnits,
                            String validFrom) implements Serializable {

    public AssignmentRow {
        coUnits = coUnits == null ? List.of() : coUnits.stream().map(Text::clean).toList();
        targetName = Text.clean(targetName);
        creditCode = Text.clean(creditCode);
        leader = Text.clean(leader);
        leadingUnit = Text.clean(leadingUnit);
        validFrom = Text.clean(validFrom);
    }

    /** A row without an effective date. */
    public AssignmentRow(int row, String targetName, String creditCode, String leader, String leadingUnit, List<String> coUnits) {
        this(row, targetName, creditCode, leader, leadingUnit, coUnits, null);
    }

    /** A row that names a target and nothing else: the office has not decided yet, so it changes nothing. */
    public boolean undecided() {
        return leader == null && leadingUnit == null && coUnits.stream().allMatch(Objects::isNull);
    }

}
