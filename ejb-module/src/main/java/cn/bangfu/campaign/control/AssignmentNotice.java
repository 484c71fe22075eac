package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.Assignment;
import cn.bangfu.campaign.entity.AssignmentUnit;
import cn.bangfu.campaign.entity.Campaign;
import cn.bangfu.campaign.entity.UnitRole;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Messages;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The inbox notices an assignment sends, built in this one place. A notice is stored as what it is about
 * (its kind and parameters: names, phones and dates as they were when it was sent) and rendered in the
 * reader's language when read ({@code notice.*} in the platform messages).
 * Every unit of a target is told the target, the contact leader, and every unit on it with its first
 * responsible person, contact person and phone: so no unit can say it did not know which enterprise it
 * helps, or who its partners are (the complaints of the seed speech). The subject carries the date the
 * change takes effect, so two notices about one target can be told apart in the list.
 */
public final class AssignmentNotice {

    /** A unit is given a target (first assignment). */
    public static final String ASSIGNED = "assignment.assigned";
    /** A unit is on a target's new assignment after a reassignment. */
    public static final String CHANGED = "assignment.changed";
    /** A unit drops out of a target on a reassignment. */
    public static final String RELEASED = "assignment.released";

    /** What a notice is about: its kind and parameters, rendered by {@link #text}. */
    public record Notice(String kind, Map<String, String> params) {

        public Notice {
            params = Map.copyOf(params);
        }

        public NoticeText text(Locale locale) {
            return render(kind, params, locale).orElseThrow();
        }
    }

    private AssignmentNotice() {
    }

    /** To one unit of a new (or changed) assignment. */
    public static Notice assigned(Assignment a, Unit to, boolean changed) {
        Campaign c = a.getCampaign();
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "campaign", c.getName());
        put(p, "mode", c.getMode().name());
        put(p, "from", String.valueOf(a.getValidFrom()));
        put(p, "target", a.getTarget().getName());
        put(p, "role", a.roleOf(to).name());
        Cadre leader = a.getContactLeader();
        put(p, "leader", leader.getName());
        put(p, "leaderPosition", leader.getPosition());
        put(p, "leaderPhone", leader.getPhone());
        int i = 0;
        for (AssignmentUnit u : a.units()) {
            String k = "unit." + i++ + ".";
            put(p, k + "role", u.getRole().name());
            put(p, k + "name", u.getUnit().getName());
            put(p, k + "head", u.getHeadName());
            put(p, k + "contact", u.contactName());
            put(p, k + "phone", u.contactPhone());
            if (Objects.equals(u.getUnit(), to)) {
                put(p, k + "self", "true");
            }
        }
        put(p, "units", String.valueOf(i));
        put(p, "coUnits", String.valueOf(a.coUnits().size()));
        LocalDate deadline = c.getPlanDeadline();
        put(p, "planDeadline", deadline == null ? null : deadline.toString());
        return new Notice(changed ? CHANGED : ASSIGNED, p);
    }

    /** To a unit that no longer helps the target after a reassignment. */
    public static Notice released(Assignment next, Unit to, LocalDate from) {
        Unit leading = next.leadingUnit();
        Map<String, String> p = new LinkedHashMap<>();
        put(p, "campaign", next.getCampaign().getName());
        put(p, "from", String.valueOf(from));
        put(p, "target", next.getTarget().getName());
        put(p, "unit", to.getName());
        put(p, "leading", leading == null ? null : leading.getName());
        put(p, "leader", next.getContactLeader().getName());
        return new Notice(RELEASED, p);
    }

    /** The notice's subject and body in the language; empty for a kind that is not an assignment notice. */
    public static Optional<NoticeText> render(String kind, Map<String, String> p, Locale locale) {
        if (ASSIGNED.equals(kind) || CHANGED.equals(kind)) {
            return Optional.of(assignedText(kind, p, locale));
        }
        if (RELEASED.equals(kind)) {
            String subject = Messages.get(locale, "notice.released.subject", p.get("target"), p.get("from"));
            String body = Messages.get(locale, "notice.released.body", p.get("campaign"), p.get("from"), p.get("unit"), p.get("target"),
                    dash(p.get("leading")), dash(p.get("leader")));
            return Optional.of(new NoticeText(subject, body));
        }
        return Optional.empty();
    }

    private static NoticeText assignedText(String kind, Map<String, String> p, Locale locale) {
        String role = Messages.get(locale, "notice.role." + p.get("role"));
        String subject = Messages.get(locale, "notice." + kind.substring(kind.indexOf('.') + 1) + ".subject", p.get("target"), role,
                p.get("from"));
        StringBuilder b = new StringBuilder();
        b.append(Messages.get(locale, CHANGED.equals(kind) ? "notice.changed.intro" : "notice.assigned.intro", p.get("campaign"),
                Messages.get(locale, "notice.mode." + p.get("mode")), p.get("from"), p.get("target"), role)).append('\n');
        String leader = p.get("leaderPosition") == null ? p.get("leader")
                : Messages.get(locale, "notice.leader.position", p.get("leader"), p.get("leaderPosition"));
        b.append(Messages.get(locale, "notice.leader", leader, dash(p.get("leaderPhone")))).append('\n');
        int units = Integer.parseInt(p.getOrDefault("units", "0"));
        for (int i = 0; i < units; i++) {
            String k = "unit." + i + ".";
            b.append(Messages.get(locale, "notice.unit", Messages.get(locale, "notice.unitRole." + p.get(k + "role")), p.get(k + "name"),
                    "true".equals(p.get(k + "self")) ? Messages.get(locale, "notice.self") : "", dash(p.get(k + "head")),
                    dash(p.get(k + "contact")), dash(p.get(k + "phone")))).append('\n');
        }
        if (UnitRole.LEADING.name().equals(p.get("role"))) {
            String plan = p.get("planDeadline") == null ? Messages.get(locale, "notice.plan.soon")
                    : Messages.get(locale, "notice.plan.due", p.get("planDeadline"));
            b.append(Messages.get(locale, "0".equals(p.get("coUnits")) ? "notice.duty.leading" : "notice.duty.leadingWithCo", plan));
        } else {
            b.append(Messages.get(locale, "notice.duty.co"));
        }
        return new NoticeText(subject, b.toString());
    }

    private static void put(Map<String, String> p, String key, String value) {
        if (value != null && !value.isBlank()) {
            p.put(key, value);
        }
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "—" : s;
    }
}
