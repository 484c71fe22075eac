package cn.bangfu.inspection.control;

import cn.bangfu.inspection.entity.Finding;
import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.inspection.entity.Rectification;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.NoticeAbout;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Messages;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The notices inspection sends: to an inspected unit the day before its visit (督查通知, its own visit only); to the
 * responsible unit when a rectification is sent, sent back or accepted; to the campaign's office when a unit submits one.
 */
public final class InspectionNotice {

    public static final String VISIT = "inspection.visit";
    public static final String RECTIFY = "inspection.rectify";
    public static final String REJECTED = "inspection.rejected";
    public static final String ACCEPTED = "inspection.accepted";
    public static final String SUBMITTED = "inspection.submitted";
    private static final Set<String> KINDS = Set.of(VISIT, RECTIFY, REJECTED, ACCEPTED, SUBMITTED);

    private InspectionNotice() {
    }

    public static InboxNotice of(InspectionVisit visit, Unit to, Instant now) {
        String subject = visit.getUnit() != null ? visit.getUnit().getName() : visit.getTarget().getName();
        Map<String, String> p = Map.of("round", visit.getRound().getName(), "team", visit.getTeam().getName(), "date", visit.getDay().toString(),
                "subject", subject, "leader", visit.getTeam().getLeader().getDisplayName());
        return new InboxNotice(to, VISIT, p, render(VISIT, p, Messages.CHINESE).orElseThrow(), now);
    }

    /** To the responsible unit: a rectification sent to it ({@link #RECTIFY}), sent back ({@link #REJECTED}) or accepted. */
    public static InboxNotice toUnit(String kind, Rectification r, String reason, Instant now) {
        Map<String, String> p = about(r, reason);
        return new InboxNotice(r.getUnit(), kind, p, render(kind, p, Messages.CHINESE).orElseThrow(), now);
    }

    /** To the office of the campaign's region: the unit says the rectification is done and an inspector should verify it. */
    public static InboxNotice submitted(Rectification r, Instant now) {
        Map<String, String> p = about(r, null);
        return InboxNotice.toOffice(r.getFinding().getRound().getCampaign().getRegion(), SUBMITTED, p,
                render(SUBMITTED, p, Messages.CHINESE).orElseThrow(), now);
    }

    private static Map<String, String> about(Rectification r, String reason) {
        Finding f = r.getFinding();
        InspectionVisit v = f.getVisit();
        Map<String, String> p = new LinkedHashMap<>();
        p.put("id", String.valueOf(r.getId()));
        p.put("round", f.getRound().getName());
        p.put("item", f.itemName());
        p.put("subject", v.getUnit() != null ? v.getUnit().getName() : v.getTarget().getName());
        p.put("unit", r.getUnit().getName());
        p.put("deadline", r.getDeadline().toString());
        p.put("reason", reason == null ? "" : reason);
        return p;
    }

    /** A rectification's notices are about it; a visit's announcement is about no record the unit opens. */
    public static Optional<NoticeAbout> recordOf(String kind, Map<String, String> p) {
        return KINDS.contains(kind) && !VISIT.equals(kind) ? NoticeAbout.of(NoticeAbout.RECTIFICATION, p) : Optional.empty();
    }

    public static Optional<NoticeText> render(String kind, Map<String, String> p, Locale locale) {
        if (!KINDS.contains(kind)) {
            return Optional.empty();
        }
        if (VISIT.equals(kind)) {
            return Optional.of(new NoticeText(Messages.get(locale, "notice.inspection.visit.subject", p.get("date"), p.get("subject")),
                    Messages.get(locale, "notice.inspection.visit.body", p.get("round"), p.get("team"), p.get("leader"), p.get("date"),
                            p.get("subject"))));
        }
        return Optional.of(new NoticeText(Messages.get(locale, "notice." + kind + ".subject", p.get("item"), p.get("subject")),
                Messages.get(locale, "notice." + kind + ".body", p.get("round"), p.get("subject"), p.get("item"), p.get("deadline"),
                        p.get("reason"), p.get("unit"))));
    }
}
