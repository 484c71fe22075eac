package cn.bangfu.web.campaign;

import cn.bangfu.campaign.entity.MatrixFilter;
import cn.bangfu.registry.entity.Industry;
import cn.bangfu.registry.entity.TargetKind;
import java.io.Serializable;

/** What the assignment matrix is filtered by: target name or code, kind, region, industry, unit, only the unassigned. */
public class MatrixQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    private String q;
    /** The 对口联系企业安排表 is about enterprises first; key projects are one click away. */
    private TargetKind kind = TargetKind.ENTERPRISE;
    private String regionCode;
    private Industry industry;
    private String unitCode;
    private boolean unassignedOnly;

    MatrixFilter filter() {
        return new MatrixFilter(kind, regionCode, industry, unitCode, unassignedOnly);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public TargetKind getKind() {
        return kind;
    }

    public void setKind(TargetKind kind) {
        this.kind = kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public boolean isUnassignedOnly() {
        return unassignedOnly;
    }

    public void setUnassignedOnly(boolean unassignedOnly) {
        this.unassignedOnly = unassignedOnly;
    }
}
