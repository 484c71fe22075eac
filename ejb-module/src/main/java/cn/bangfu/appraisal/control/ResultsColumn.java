package cn.bangfu.appraisal.control;

import cn.bangfu.platform.control.SheetColumn;

/** The columns of the results as a spreadsheet (考评结果汇总表), in the order the results page shows them. */
public enum ResultsColumn implements SheetColumn {
    NO("no", "序号", "No.", 6),
    UNIT_TYPE("unitType", "单位类型", "Unit type", 14),
    RANK("rank", "排名", "Rank within the unit type", 8),
    UNIT_CODE("unitCode", "单位代码", "Unit code", 14),
    UNIT_NAME("unitName", "单位名称", "Unit", 34),
    TOTAL("total", "得分", "Total", 10),
    GRADE("grade", "等次", "Grade", 8),
    VETOED("vetoed", "一票否决", "Vetoed", 10),
    HELD_BACK("heldBackByQuota", "因名额调整", "Held back by the quota", 12),
    STATE("state", "考评表状态", "State of the form", 12);

    private final Spec spec;

    ResultsColumn(String property, String title, String english, int width) {
        this.spec = new Spec(property, title, english, false, width, "", "");
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
