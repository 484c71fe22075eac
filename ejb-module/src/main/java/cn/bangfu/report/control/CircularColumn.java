package cn.bangfu.report.control;

import cn.bangfu.platform.control.SheetColumn;

/** The columns of a circular's table as a spreadsheet (督查发现问题情况表), the same as in its PDF. */
public enum CircularColumn implements SheetColumn {
    NO("no", "序号", "No.", 6),
    UNIT("unit", "责任单位", "Responsible unit", 24),
    FINDINGS("findings", "发现问题", "Findings", 10),
    MINOR("minor", "一般", "Minor", 8),
    MAJOR("major", "较重", "Major", 8),
    SERIOUS("serious", "严重", "Serious", 8),
    ITEMS("items", "涉及检查事项", "Checklist items", 40),
    RECTIFIED("rectified", "已整改销号", "Rectified", 12),
    UNIT_CODE("unitCode", "单位代码", "Unit code", 14);

    private final Spec spec;

    CircularColumn(String property, String title, String english, int width) {
        this.spec = new Spec(property, title, english, false, width, "", "");
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
