package cn.bangfu.org.control;

import cn.bangfu.platform.control.SheetColumn;

/** The columns of the cadre spreadsheet, in order. */
public enum CadreColumn implements SheetColumn {
    NAME("name", "姓名", "Name", true, 12,
            "不超过 50 个字符。同一单位内已登记的姓名更新该干部，新的姓名新增干部；同一单位的姓名在文件中不能重复。",
            "At most 50 characters. A name registered in the same unit updates that cadre, a new name adds one; "
                    + "a name may appear only once per unit in the file."),
    UNIT_CODE("unitCode", "单位代码", "Unit code", true, 16,
            "干部所在单位的代码，须在您的管辖范围内，例如 pj-gxj。",
            "The code of the cadre's unit, inside your area, e.g. pj-gxj."),
    POSITION("position", "职务", "Position", false, 24,
            "选填，不超过 100 个字符。",
            "Optional, at most 100 characters."),
    RANK("rank", "职级", "Rank", true, 12,
            "从下拉列表中选择：县级领导、科级干部、一般干部；也可填代码 COUNTY_LEADER、SECTION_LEVEL、STAFF。",
            "Choose from the drop-down list: 县级领导 (county leader), 科级干部 (section level), 一般干部 (staff); "
                    + "or write COUNTY_LEADER, SECTION_LEVEL or STAFF."),
    PHONE("phone", "联系电话", "Phone", false, 16,
            "选填，例如 13800138000 或 0730-6221001。",
            "Optional, e.g. 13800138000 or 0730-6221001.");

    private final Spec spec;

    CadreColumn(String property, String title, String english, boolean required, int width, String help, String helpEnglish) {
        this.spec = new Spec(property, title, english, required, width, help, helpEnglish);
    }

    @Override
    public Spec spec() {
        return spec;
    }

    /** The letter of the column that holds a JSON property; null for a property no column holds. */
    public static String letterOf(String property) {
        return SheetColumn.letterOf(values(), property);
    }
}
