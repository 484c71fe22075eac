package cn.bangfu.campaign.entity;

import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Identity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One unit of an {@link Assignment}: the leading unit or a co-unit, with its first responsible person
 * (第一责任人: the unit's head, copied when assigned, so the record says who was responsible then) and
 * its contact cadre (具体联系人, a deputy). A small entity rather than an embeddable so that "every
 * assignment of my unit" and the load per unit are plain indexed queries. Never changed once written:
 * a different set of units is a new assignment.
 */
@Entity
@Table(name = "assignment_unit")
public class AssignmentUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bangfu_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "assignment_id", nullable = false, updatable = false)
    private Assignment assignment;

    /** 0 for the leading unit, then the co-units in the order given. */
    @Column(name = "seq_no", nullable = false, updatable = false)
    private int seqNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false, updatable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "unit_role", nullable = false, updatable = false)
    private UnitRole role;

    @Column(name = "head_name", updatable = false)
    private String headName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_cadre_id", updatable = false)
    private Cadre contactCadre;

    protected AssignmentUnit() {
    }

    AssignmentUnit(Assignment assignment, int seqNo, Unit unit, UnitRole role, Cadre contactCadre) {
        this.assignment = assignment;
        this.seqNo = seqNo;
        this.unit = Objects.requireNonNull(unit);
        this.role = role;
        this.headName = unit.getHeadName();
        this.contactCadre = contactCadre;
    }

    /** The contact person's name: the contact cadre's, else the unit's contact person's. */
    public String contactName() {
        return contactCadre != null ? contactCadre.getName() : unit.getContactName();
    }

    /** The contact person's phone: the contact cadre's, else the unit's. */
    public String contactPhone() {
        return contactCadre != null && contactCadre.getPhone() != null ? contactCadre.getPhone() : unit.getContactPhone();
    }

    public AssignmentUnitData data() {
        return new AssignmentUnitData(unit.getCode(), unit.getName(), role.name(), headName,
                contactCadre == null ? null : contactCadre.getId(), contactName(), contactPhone());
    }

    public Long getId() {
        return id;
    }

    public Assignment getAssignment() {
        return assignment;
    }

    public int getSeqNo() {
        return seqNo;
    }

    public Unit getUnit() {
        return unit;
    }

    public UnitRole getRole() {
        return role;
    }

    public String getHeadName() {
        return headName;
    }

    public Cadre getContactCadre() {
        return contactCadre;
    }

    /** The same record: of this class, with this id (see {@link Identity}). */
    @Override
    public boolean equals(Object other) {
        return Identity.same(this, other, AssignmentUnit::getId);
    }

    @Override
    public int hashCode() {
        return Identity.hash(this);
    }
}
