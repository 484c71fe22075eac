package cn.bangfu.ledger.control;

import cn.bangfu.ledger.entity.Problem;
import cn.bangfu.org.entity.Cadre;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.NoticeAbout;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.org.entity.Region;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The inbox notices of the problem ledger, stored with what they are about and rendered in the reader's language: to
 * the responsible and assisting units when a problem is routed, reopened or its extension decided; to the campaign
 * office when a problem is registered by an enterprise or a unit, sent back, an extension asked for, or a resolution
 * rated 不满意; to the target's contact leader when a problem is escalated (督办); and each unit's daily digest.
 * Every text takes the same arguments: {0} number, {1} target, {2} title, {3} unit, {4} date, {5} reason, {6} deadline,
 * {7} role (主办 / 协办), {8}–{10} the digest's counts.
 */
public final class ProblemNotice {

    public static final String REGISTERED = "problem.registered";
    public static final String ROUTED = "problem.routed";
    public static final String SENT_BACK = "problem.sentBack";
    public static final String EXTENSION_ASKED = "problem.extensionAsked";
    public static final String EXTENSION_APPROVED = "problem.extensionApproved";
    public static final String EXTENSION_REJECTED = "problem.extensionRejected";
    public static final String REOPENED = "problem.reopened";
    public static final String DISSATISFIED = "problem.dissatisfied";
    public static final String ESCALATED = "problem.escalated";
    public static final String DIGEST = "problem.digest";

    static final Set<String> KINDS = Set.of(REGISTERED, ROUTED, SENT_BACK, EXTENSION_ASKED, EXTENSION_APPROVED, EXTENSION_REJECTED, REOPENED,
            DISSATISFIED, ESCALATED, DIGEST);
    private static final String[] ARGS = {"number", "target", "title", "unit", "date", "reason", "deadline", "role", "toAccept", "yellow", "red"};

    private ProblemNotice() {
    }

    /** What a notice about a problem says: its number, target, title, unit and deadline, and the day and reason of the change. */
    public static Map<String, String> about(Problem p, LocalDate on, String reason) {
        Map<String, String> m = new HashMap<>();
        if (p.getId() != null) {
            m.put("id", String.valueOf(p.getId()));
        }
        m.put("number", p.getNumber());
        m.put("target", p.getTarget().getName());
        m.put("title", p.getTitle());
        m.put("date", on.toString());
        if (p.getResponsibleUnit() != null) {
            m.put("unit", p.getResponsibleUnit().getName());
        }
        if (p.getDeadline() != null) {
            m.put("deadline", p.getDeadline().inForce().toString());
        }
        if (reason != null) {
            m.put("reason", reason);
        }
        return m;
    }

    /** What a unit's daily digest (每日提醒) says: the day, and its problems to accept, YELLOW and RED. */
    public static Map<String, String> digest(LocalDate day, long toAccept, long yellow, long red) {
        Map<String, String> m = new HashMap<>();
        m.put("date", day.toString());
        m.put("toAccept", String.valueOf(toAccept));
        m.put("yellow", String.valueOf(yellow));
        m.put("red", String.valueOf(red));
        return m;
    }

    public static InboxNotice toUnit(Unit unit, String kind, Map<String, String> params, Instant now) {
        return new InboxNotice(unit, kind, params, chinese(kind, params), now);
    }

    public static InboxNotice toOffice(Region region, String kind, Map<String, String> params, Instant now) {
        return InboxNotice.toOffice(region, kind, params, chinese(kind, params), now);
    }

    public static InboxNotice toLeader(Cadre cadre, String kind, Map<String, String> params, Instant now) {
        return InboxNotice.toCadre(cadre, kind, params, chinese(kind, params), now);
    }

    private static NoticeText chinese(String kind, Map<String, String> params) {
        return render(kind, params, Messages.CHINESE).orElseThrow();
    }

    /** A notice about one problem is about it (those sent before its id was kept are about none); a digest is about many. */
    public static Optional<NoticeAbout> recordOf(String kind, Map<String, String> p) {
        return KINDS.contains(kind) && !DIGEST.equals(kind) ? NoticeAbout.of(NoticeAbout.PROBLEM, p) : Optional.empty();
    }

    public static Optional<NoticeText> render(String kind, Map<String, String> p, Locale locale) {
        if (!KINDS.contains(kind)) {
            return Optional.empty();
        }
        Object[] args = new Object[ARGS.length];
        for (int i = 0; i < ARGS.length; i++) {
            String v = p.get(ARGS[i]);
            args[i] = "role".equals(ARGS[i]) && v != null ? Messages.get(locale, "ledger.role." + v) : v == null ? "" : v;
        }
        return Optional.of(new NoticeText(Messages.get(locale, "notice." + kind + ".subject", args),
                Messages.get(locale, "notice." + kind + ".body", args)));
    }
}
