package cn.bangfu.org.control;

import cn.bangfu.platform.control.SheetColumn;

/** The columns of the unit spreadsheet, in order. */
public enum UnitColumn implements SheetColumn {
    CODE("code", "单位代码", "Unit code", true, 16,
            "2–32 位字母、数字、\"-\"或\"_\"，以字母或数字开头。已有的代码更新该单位，新的代码新建单位。",
            "2–32 letters, digits, \"-\" or \"_\", starting with a letter or digit. An existing code updates that unit, a new code creates one."),
    NAME("name", "单位名称", "Unit name", true, 36,
            "不超过 100 个字符。",
            "At most 100 characters."),
    TYPE("type", "单位类型", "Unit type", true, 16,
            "从下拉列表中选择：县直单位、乡镇（街道）、园区、其他；也可填写代码 COUNTY_DEPARTMENT、TOWNSHIP、PARK、OTHER。",
            "Choose from the drop-down list, or write the code COUNTY_DEPARTMENT, TOWNSHIP, PARK or OTHER."),
    REGION_CODE("regionCode", "所在区划代码", "Region code", true, 16,
            "6 位（县）或 9 位（乡镇、街道）行政区划代码，须在您的管辖范围内，例如 430626。",
            "The 6-digit (county) or 9-digit (township) GB/T 2260 region code, inside your area, e.g. 430626."),
    HEAD_NAME("headName", "主要负责人", "Head (first responsible person)", false, 14,
            "一把手姓名，选填，不超过 50 个字符。",
            "Name of the head, optional, at most 50 characters."),
    CONTACT_NAME("contactName", "联络人", "Contact person", false, 14,
            "选填，不超过 50 个字符。",
            "Optional, at most 50 characters."),
    CONTACT_PHONE("contactPhone", "联系电话", "Contact phone", false, 18,
            "选填，例如 13800138000 或 0730-6221001。",
            "Optional, e.g. 13800138000 or 0730-6221001."),
    /** Added after the first template: a sheet that ends before it still imports and leaves the stored addresses alone. */
    CONTACT_EMAIL("contactEmail", "联系邮箱", "Contact e-mail", false, 28,
            "选填，接收每日提醒的电子邮箱，例如 gxj@pingjiang.gov.cn，不超过 100 个字符。",
            "Optional: the address the daily reminders are mailed to, e.g. gxj@pingjiang.gov.cn, at most 100 characters.");

    private final Spec spec;

    UnitColumn(String property, String title, String english, boolean required, int width, String help, String helpEnglish) {
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
