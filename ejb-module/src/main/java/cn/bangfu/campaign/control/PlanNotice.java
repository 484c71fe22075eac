package cn.bangfu.campaign.control;

import cn.bangfu.campaign.entity.AssistancePlan;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.platform.entity.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The campaign office's notice that a leading unit submitted its assistance plan, which now waits for
 * the office's decision (approve or return): addressed to the office of the campaign's region, stored
 * with its data and rendered in the reader's language.
 */
public final class PlanNotice {

    public static final String SUBMITTED = "plan.submitted";

    private PlanNotice() {
    }

    public static InboxNotice submitted(AssistancePlan plan, LocalDate on, Instant now) {
        Map<String, String> p = Map.of("target", plan.getTarget().getName(), "unit", plan.getLeadingUnit().getName(),
                "campaign", plan.getCampaign().getName(), "date", on.toString());
        return InboxNotice.toOffice(plan.getCampaign().getRegion(), SUBMITTED, p, render(SUBMITTED, p, Messages.CHINESE).orElseThrow(), now);
    }

    public static Optional<NoticeText> render(String kind, Map<String, String> p, Locale locale) {
        if (!SUBMITTED.equals(kind)) {
            return Optional.empty();
        }
        return Optional.of(new NoticeText(Messages.get(locale, "notice.plan.submitted.subject", p.get("target"), p.get("unit")),
                Messages.get(locale, "notice.plan.submitted.body", p.get("unit"), p.get("date"), p.get("target"), p.get("campaign"))));
    }
}
