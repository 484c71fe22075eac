package cn.bangfu.registry.control;

import cn.bangfu.platform.control.SheetColumn;

/** The columns of the key project spreadsheet, in order. */
public enum KeyProjectColumn implements SheetColumn {
    NAME("name", "项目名称", "Project name", true, 36,
            "不超过 100 个字符。同一区划内已登记的项目名称更新该项目，新的名称新增项目；同一区划的名称在文件中不能重复。",
            "At most 100 characters. A name registered in the same region updates that project, a new name adds one; "
                    + "a name may appear only once per region in the file."),
    CATEGORY("category", "项目类别", "Category", true, 16,
            "从下拉列表中选择类别名称，也可填类别代码。",
            "Choose the category name from the drop-down list, or write the category code."),
    TOTAL_INVESTMENT("totalInvestment", "总投资（万元）", "Total investment (10,000 yuan)", false, 16,
            "选填，单位万元，最多两位小数，例如 12000 或 3500.5。",
            "Optional, in 万元 (10,000 yuan), at most two decimals, e.g. 12000 or 3500.5."),
    REGION_CODE("regionCode", "所在区划代码", "Region code", true, 16,
            "6 位（县）或 9 位（乡镇、街道）行政区划代码，须在您的管辖范围内，例如 430626101。",
            "The 6-digit (county) or 9-digit (township) GB/T 2260 region code, inside your area, e.g. 430626101."),
    OWNER("owner", "项目业主", "Project owner", false, 30,
            "选填，不超过 100 个字符。",
            "Optional, at most 100 characters.");

    private final Spec spec;

    KeyProjectColumn(String property, String title, String english, boolean required, int width, String help, String helpEnglish) {
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
