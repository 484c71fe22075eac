package cn.bangfu.campaign.entity;

import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Identity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One measure (帮扶措施) of a plan: what is done, by which unit, by when. */
@Entity
@Table(name = "plan_measure")
public class PlanMeasure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false, updatable = false)
    private AssistancePlan plan;

    @Column(name = "seq_no", nullable = false)
    private int seqNo;

    @Column(name = "measure_text", nullable = false, length = 1000)
    private String text;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "responsible_unit_id")
    private Unit responsibleUnit;

    @Column(name = "due_date")
    private LocalDate dueDate;

    protected PlanMeasure() {
    }

    PlanMeasure(AssistancePlan plan, int seqNo, String text, Unit responsibleUnit, LocalDate dueDate) {
        this.plan = plan;
        this.seqNo = seqNo;
        this.text = text;
        this.responsibleUnit = responsibleUnit;
        this.dueDate = dueDate;
    }

    public MeasureData data() {
        return new MeasureData(text, responsibleUnit == null ? null : responsibleUnit.getCode(),
                responsibleUnit == null ? null : responsibleUnit.getName(), dueDate);
    }

    String auditText() {
        return text + " / " + (responsibleUnit == null ? "-" : responsibleUnit.getCode()) + " / " + (dueDate == null ? "-" : dueDate);
    }

    public int getSeqNo() {
        return seqNo;
    }

    public String getText() {
        return text;
    }

    public Unit getResponsibleUnit() {
        return responsibleUnit;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, (PlanMeasure e) -> e.id);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
