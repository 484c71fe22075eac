package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.Unit;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The inbox notices an assignment sends, in Chinese (the county's language), built in this one place.
 * Every unit of a target is told the target, the contact leader, and every unit on it with its first
 * responsible person, contact person and phone: so no unit can say it did not know which enterprise it
 * helps, or who its partners are (the complaints of the seed speech).
 */
public final class AssignmentNotice {

    /** A notice's subject and body. */
    public record Text(String subject, String body) {
    }

    private AssignmentNotice() {
    }

    /** To one unit of a new (or changed) assignment. */
    public static Text assigned(Assignment a, Unit to, boolean changed) {
        Campaign c = a.getCampaign();
        UnitRole role = a.roleOf(to);
        String target = a.getTarget().getName();
        String subject = (changed ? "对口联系调整：" : "对口联系安排：") + "贵单位为\u201c" + target + "\u201d的" + role.chineseName();
        StringBuilder b = new StringBuilder();
        b.append("根据\u201c").append(c.getName()).append("\u201d（").append(c.getMode().chineseName()).append("）的安排，自 ")
                .append(a.getValidFrom()).append(" 起，贵单位为\u201c").append(target).append("\u201d的").append(role.chineseName())
                .append(changed ? "（原安排同时调整）。" : "。").append('\n');
        b.append("联系县领导：").append(leader(a.getContactLeader())).append('\n');
        for (AssignmentUnit u : a.units()) {
            b.append(u.getRole().chineseName()).append("：").append(u.getUnit().getName());
            if (Objects.equals(u.getUnit(), to)) {
                b.append("（贵单位）");
            }
            b.append("，第一责任人 ").append(orDash(u.getHeadName()))
                    .append("，联系人 ").append(orDash(u.contactName()))
                    .append("，电话 ").append(orDash(u.contactPhone())).append('\n');
        }
        b.append(role == UnitRole.LEADING ? leadingDuty(a) : "请主动与牵头单位联系，共同制定和落实帮扶措施，不要等牵头单位通知才行动。");
        return new Text(subject, b.toString());
    }

    /** To a unit that no longer helps the target after a reassignment. */
    public static Text released(Assignment next, Unit to, LocalDate from) {
        String target = next.getTarget().getName();
        Unit leading = next.leadingUnit();
        return new Text("对口联系调整：贵单位不再联系\u201c" + target + "\u201d",
                "根据\u201c" + next.getCampaign().getName() + "\u201d的调整，自 " + from + " 起，" + to.getName() + "不再参与\u201c" + target
                        + "\u201d的帮扶。现由" + (leading == null ? "—" : leading.getName()) + "牵头，联系县领导为"
                        + next.getContactLeader().getName() + "。请将已掌握的企业情况和未办结的问题移交牵头单位。");
    }

    private static String leadingDuty(Assignment a) {
        LocalDate deadline = a.getCampaign().getPlanDeadline();
        String plan = deadline == null ? "请尽快制定帮扶方案" : "请于 " + deadline + " 前报送帮扶方案";
        return a.coUnits().isEmpty() ? plan + "。" : plan + "，并负责通知、组织配合单位共同开展帮扶。";
    }

    private static String leader(Cadre c) {
        StringBuilder s = new StringBuilder(c.getName());
        if (c.getPosition() != null) {
            s.append("（").append(c.getPosition()).append("）");
        }
        return s.append("，电话 ").append(orDash(c.getPhone())).toString();
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
