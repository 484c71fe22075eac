package cn.bangfu.inspection.control;

import cn.bangfu.inspection.entity.InspectionVisit;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.org.entity.Unit;
import cn.bangfu.platform.entity.Messages;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The notice an inspected unit gets the day before its visit (督查通知): which team comes, on which day, to inspect what.
 * Each unit is told of its own visit only.
 */
public final class InspectionNotice {

    public static final String VISIT = "inspection.visit";

    private InspectionNotice() {
    }

    public static InboxNotice of(InspectionVisit visit, Unit to, Instant now) {
        String subject = visit.getUnit() != null ? visit.getUnit().getName() : visit.getTarget().getName();
        Map<String, String> p = Map.of("round", visit.getRound().getName(), "team", visit.getTeam().getName(), "date", visit.getDay().toString(),
                "subject", subject, "leader", visit.getTeam().getLeader().getDisplayName());
        return new InboxNotice(to, VISIT, p, render(VISIT, p, Messages.CHINESE).orElseThrow(), now);
    }

    public static Optional<NoticeText> render(String kind, Map<String, String> p, Locale locale) {
        if (!VISIT.equals(kind)) {
            return Optional.empty();
        }
        return Optional.of(new NoticeText(Messages.get(locale, "notice.inspection.visit.subject", p.get("date"), p.get("subject")),
                Messages.get(locale, "notice.inspection.visit.body", p.get("round"), p.get("team"), p.get("leader"), p.get("date"),
                        p.get("subject"))));
    }
}
