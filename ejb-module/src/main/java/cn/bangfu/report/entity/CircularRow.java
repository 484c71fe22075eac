package cn.bangfu.report.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/**
 * One line of a circular's table (督查发现问题情况表): a unit, its findings in the round by severity, the checklist items
 * they were filed against, and how many of its rectifications were verified when the draft was made.
 */
@Embeddable
public class CircularRow implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "unit_code", nullable = false)
    private String unitCode;

    @Column(name = "unit_name", nullable = false)
    private String unitName;

    @Column(nullable = false)
    private int findings;

    @Column(nullable = false)
    private int minor;

    @Column(nullable = false)
    private int major;

    @Column(nullable = false)
    private int serious;

    @Column(nullable = false, length = 500)
    private String items;

    @Column(nullable = false)
    private int rectified;

    protected CircularRow() {
    }

    public CircularRow(String unitCode, String unitName, int minor, int major, int serious, String items, int rectified) {
        this.unitCode = unitCode;
        this.unitName = unitName;
        this.minor = minor;
        this.major = major;
        this.serious = serious;
        this.findings = minor + major + serious;
        this.items = items.length() > 500 ? items.substring(0, 499) + "…" : items;
        this.rectified = rectified;
    }

    public CircularData.Row data() {
        return new CircularData.Row(unitCode, unitName, findings, minor, major, serious, items, rectified);
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    public int getFindings() {
        return findings;
    }

    public int getSerious() {
        return serious;
    }

    public int getRectified() {
        return rectified;
    }
}
