package cn.bangfu.web.org;

import cn.bangfu.org.entity.UnitData;
import java.io.Serializable;

/** The unit dialog's fields; {@link UnitData} is immutable, Faces needs setters. */
public class UnitForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String code;
    private String name;
    private String type;
    private String regionCode;
    private String headName;
    private String contactName;
    private String contactPhone;
    private String contactEmail;
    private Long version;

    public static UnitForm of(UnitData d) {
        UnitForm f = new UnitForm();
        f.code = d.code();
        f.name = d.name();
        f.type = d.type();
        f.regionCode = d.regionCode();
        f.headName = d.headName();
        f.contactName = d.contactName();
        f.contactPhone = d.contactPhone();
        f.contactEmail = d.contactEmail();
        f.version = d.version();
        return f;
    }

    public UnitData data() {
        return new UnitData(code, name, type, regionCode, headName, contactName, contactPhone, contactEmail, version);
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getHeadName() {
        return headName;
    }

    public void setHeadName(String headName) {
        this.headName = headName;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public Long getVersion() {
        return version;
    }
}
