package cn.bangfu.inspection.control;

import cn.bangfu.platform.control.SheetColumn;

/** The columns of the 督查安排表, the schedule as the office sends it round: by day, then team. */
public enum ScheduleColumn implements SheetColumn {
    NO("no", "序号", "No.", 6, "", ""),
    DATE("date", "督查日期", "Date", 12, "", ""),
    TEAM("team", "督查组", "Team", 14, "", ""),
    LEADER("leader", "组长", "Team leader", 16, "", ""),
    MEMBERS("members", "成员", "Members", 40, "成员（所在单位）", "Members (their units)"),
    TARGET("target", "督查对象", "Inspected", 32, "", ""),
    CODE("code", "统一社会信用代码／单位代码", "Credit code or unit code", 22, "", ""),
    TOWNSHIP("township", "所在乡镇", "Township", 12, "", ""),
    PINNED("pinned", "已固定", "Pinned", 8, "“是”：手工固定，重新排程时保持不变", "Yes: pinned by hand, kept when solved again");

    private final Spec spec;

    ScheduleColumn(String property, String title, String english, int width, String help, String helpEnglish) {
        this.spec = new Spec(property, title, english, false, width, help, helpEnglish);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
