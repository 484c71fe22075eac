package cn.bangfu.web.org;

import cn.bangfu.org.entity.CadreData;
import java.io.Serializable;

/** The cadre dialog's fields; {@link CadreData} is immutable, Faces needs setters. */
public class CadreForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private String unitCode;
    private String position;
    private String rank;
    private String phone;
    private Long version;

    public static CadreForm of(CadreData d) {
        CadreForm f = new CadreForm();
        f.id = d.id();
        f.name = d.name();
        f.unitCode = d.unitCode();
        f.position = d.position();
        f.rank = d.rank();
        f.phone = d.phone();
        f.version = d.version();
        return f;
    }

    public CadreData data() {
        return new CadreData(id, name, unitCode, position, rank, phone, version);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getPosition() {
        return position;
    }

    public void setPosition(String position) {
        this.position = position;
    }

    public String getRank() {
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public Long getVersion() {
        return version;
    }
}
