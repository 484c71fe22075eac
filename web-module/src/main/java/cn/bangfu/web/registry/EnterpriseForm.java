package cn.bangfu.web.registry;

import cn.bangfu.registry.entity.EnterpriseData;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** The enterprise dialog's fields; {@link EnterpriseData} is immutable, Faces needs setters. */
public class EnterpriseForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String creditCode;
    private String name;
    private String regionCode;
    private String industry;
    private List<String> scaleFlags = new ArrayList<>();
    private String park;
    private String address;
    private String legalRepresentative;
    private String contactName;
    private String contactPhone;
    private List<String> tags = new ArrayList<>();
    private Long version;

    public static EnterpriseForm of(EnterpriseData d) {
        EnterpriseForm f = new EnterpriseForm();
        f.creditCode = d.creditCode();
        f.name = d.name();
        f.regionCode = d.regionCode();
        f.industry = d.industry();
        f.scaleFlags = new ArrayList<>(d.scaleFlags());
        f.park = d.park();
        f.address = d.address();
        f.legalRepresentative = d.legalRepresentative();
        f.contactName = d.contactName();
        f.contactPhone = d.contactPhone();
        f.tags = new ArrayList<>(d.tags());
        f.version = d.version();
        return f;
    }

    public EnterpriseData data() {
        return new EnterpriseData(creditCode, name, regionCode, industry, scaleFlags, park, address, legalRepresentative, contactName,
                contactPhone, tags, version);
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public String getIndustry() {
        return industry;
    }

    public void setIndustry(String industry) {
        this.industry = industry;
    }

    public List<String> getScaleFlags() {
        return scaleFlags;
    }

    public void setScaleFlags(List<String> scaleFlags) {
        this.scaleFlags = scaleFlags == null ? new ArrayList<>() : new ArrayList<>(scaleFlags);
    }

    public String getPark() {
        return park;
    }

    public void setPark(String park) {
        this.park = park;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLegalRepresentative() {
        return legalRepresentative;
    }

    public void setLegalRepresentative(String legalRepresentative) {
        this.legalRepresentative = legalRepresentative;
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

    public List<String> getTags() {
        return tags;
    }

    public void setTags(List<String> tags) {
        this.tags = tags == null ? new ArrayList<>() : new ArrayList<>(tags);
    }

    public Long getVersion() {
        return version;
    }
}
