package cn.bangfu.web.campaign;

import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.MatrixRow;
import cn.bangfu.campaign.entity.TargetRef;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The assign/reassign dialog's fields: the target (fixed), the contact leader (cadre id as text, as the
 * autocomplete holds it), the leading unit and co-units (codes), and from when (生效日期, today unless
 * the office dates the change, e.g. to the county circular's day; the rule is the boundary's).
 */
public class AssignmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private TargetRef target;
    private Long assignmentId;
    private Long version;
    private String leader;
    private String leadingUnit;
    private List<String> coUnits = new ArrayList<>();
    private LocalDate validFrom;
    private LocalDate currentFrom;

    /** A form for a matrix row: empty for an unassigned target, the current assignment's values for an assigned one; from today. */
    public static AssignmentForm of(MatrixRow row, LocalDate today) {
        AssignmentForm f = new AssignmentForm();
        f.target = row.target();
        f.validFrom = today;
        AssignmentData a = row.current();
        if (a != null) {
            f.assignmentId = a.id();
            f.version = a.version();
            f.leader = String.valueOf(a.contactLeader());
            f.leadingUnit = a.leadingUnit();
            f.coUnits = new ArrayList<>(a.coUnits());
            f.currentFrom = a.validFrom();
        }
        return f;
    }

    public AssignmentData data() {
        Long leaderId = leader == null || leader.isBlank() ? null : Long.valueOf(leader);
        TargetRef ref = target.creditCode() != null ? TargetRef.enterprise(target.creditCode()) : TargetRef.project(target.projectId());
        return new AssignmentData(assignmentId, null, ref, leaderId, leadingUnit, coUnits, validFrom, null, version, null, null, null);
    }

    public boolean isReassigning() {
        return assignmentId != null;
    }

    public TargetRef getTarget() {
        return target;
    }

    public Long getAssignmentId() {
        return assignmentId;
    }

    public String getLeader() {
        return leader;
    }

    public void setLeader(String leader) {
        this.leader = leader;
    }

    public String getLeadingUnit() {
        return leadingUnit;
    }

    public void setLeadingUnit(String leadingUnit) {
        this.leadingUnit = leadingUnit;
    }

    public List<String> getCoUnits() {
        return coUnits;
    }

    public void setCoUnits(List<String> coUnits) {
        this.coUnits = coUnits == null ? new ArrayList<>() : new ArrayList<>(coUnits);
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(LocalDate validFrom) {
        this.validFrom = validFrom;
    }

    public LocalDate getCurrentFrom() {
        return currentFrom;
    }
}
