package cn.bangfu.ledger.control;

import cn.bangfu.platform.control.SheetColumn;

/** The columns of the problem ledger spreadsheet (问题台账), in order. */
public enum ProblemColumn implements SheetColumn {
    NO("no", "序号", "No.", false, 6,
            "选填，仅供查阅，导入时不读取。",
            "Optional, for reading; the import ignores it."),
    ENTERPRISE_NAME("enterpriseName", "企业名称", "Enterprise name", true, 30,
            "须与该统一社会信用代码登记的企业名称一致；重点项目不填信用代码，在此填写项目名称。",
            "Must be the name the credit code is registered under; for a key project leave the code empty and write the project name."),
    CREDIT_CODE("creditCode", "统一社会信用代码", "Unified social credit code", true, 22,
            "18 位，企业须在本行动的范围内。",
            "18 characters; the enterprise must lie inside the campaign's region."),
    DESCRIPTION("description", "问题描述", "Problem", true, 50,
            "不超过 4000 个字符；第一句（最多 40 个字）作为问题标题。",
            "At most 4,000 characters; its first sentence (at most 40 characters) becomes the problem's title."),
    CATEGORY("category", "问题类别", "Category", true, 12,
            "填写类别名称或代码，可选值见\"说明\"表。",
            "A category name or code, listed on the sheet 说明."),
    RAISED_ON("raisedOn", "提出日期", "Raised on", true, 14,
            "如 2026-03-01、2026/3/1、2026年3月1日或 Excel 日期；不晚于今天，不早于本行动开始日期。",
            "e.g. 2026-03-01, 2026/3/1, 2026年3月1日 or an Excel date; not after today nor before the campaign starts."),
    UNIT("unit", "责任单位", "Responsible unit", false, 28,
            "单位全称或单位代码，须在本行动的范围内；\"未交办\"的问题不填，其他状态必填。",
            "The unit's full name or code, inside the campaign's region; empty for 未交办, required otherwise."),
    STATE("state", "办理状态", "State", true, 10,
            "未交办、已交办、办理中、已办结或已销号。",
            "未交办 (registered), 已交办 (routed), 办理中 (in work), 已办结 (resolved) or 已销号 (closed)."),
    RESOLVED_ON("resolvedOn", "办结日期", "Resolved on", false, 14,
            "已办结、已销号的问题必填，不早于提出日期，不晚于今天；其他状态不填。",
            "Required for 已办结 and 已销号, not before the day raised nor after today; empty otherwise."),
    ANSWER("answer", "办理结果", "Answer", false, 50,
            "已办结、已销号的问题必填，不超过 4000 个字符；其他状态不填。",
            "Required for 已办结 and 已销号, at most 4,000 characters; empty otherwise.");

    private final Spec spec;

    ProblemColumn(String property, String title, String english, boolean required, int width, String help, String helpEnglish) {
        this.spec = new Spec(property, title, english, required, width, help, helpEnglish);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
