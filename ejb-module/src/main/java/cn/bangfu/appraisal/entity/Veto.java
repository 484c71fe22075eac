package cn.bangfu.appraisal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/** A veto (一票否决): when its condition over the unit's metrics holds, the unit's grade is at best {@link #getCapGrade()}. */
@Embeddable
public class Veto implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "condition_text", nullable = false, length = 500)
    private String condition;

    @Enumerated(EnumType.STRING)
    @Column(name = "cap_grade", nullable = false, length = 16)
    private Grade capGrade;

    protected Veto() {
    }

    public Veto(String code, String name, String condition, Grade capGrade) {
        this.code = code;
        this.name = name;
        this.condition = condition;
        this.capGrade = capGrade;
    }

    public SchemeData.VetoData data() {
        return new SchemeData.VetoData(code, name, condition, capGrade.name());
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCondition() {
        return condition;
    }

    public Grade getCapGrade() {
        return capGrade;
    }
}
