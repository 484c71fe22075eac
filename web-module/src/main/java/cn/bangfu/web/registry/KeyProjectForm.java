package cn.bangfu.web.registry;

import cn.bangfu.registry.entity.KeyProjectData;
import java.io.Serializable;
import java.math.BigDecimal;

/** The key project dialog's fields; {@link KeyProjectData} is immutable, Faces needs setters. */
public class KeyProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long id;
    private String name;
    private String category;
    private BigDecimal totalInvestment;
    private String regionCode;
    private String owner;
    private Long version;

    public static KeyProjectForm of(KeyProjectData d) {
        KeyProjectForm f = new KeyProjectForm();
        f.id = d.id();
        f.name = d.name();
        f.category = d.category();
        f.totalInvestment = d.totalInvestment();
        f.regionCode = d.regionCode();
        f.owner = d.owner();
        f.version = d.version();
        return f;
    }

    public KeyProjectData data() {
        return new KeyProjectData(id, name, category, totalInvestment, regionCode, owner, version);
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

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public BigDecimal getTotalInvestment() {
        return totalInvestment;
    }

    public void setTotalInvestment(BigDecimal totalInvestment) {
        this.totalInvestment = totalInvestment;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public Long getVersion() {
        return version;
    }
}
