package cn.bangfu.appraisal.control;

import cn.bangfu.appraisal.entity.Appeal;
import cn.bangfu.appraisal.entity.AppealState;
import cn.bangfu.appraisal.entity.Appraisal;
import cn.bangfu.org.entity.InboxNotice;
import cn.bangfu.org.entity.NoticeAbout;
import cn.bangfu.org.entity.NoticeText;
import cn.bangfu.platform.entity.Messages;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The notices the appraisal sends a unit: its form is open for its self-assessment (and until when); its result is in
 * the publicity (and until when it may appeal); its appeal was answered. And those it sends the evaluation officers of
 * the campaign's region, whose move it then is: a unit has self-assessed; a unit has appealed an indicator.
 */
public final class AppraisalNotice {

    public static final String OPENED = "appraisal.opened";
    public static final String PUBLICISED = "appraisal.publicised";
    public static final String ANSWERED = "appraisal.answered";
    public static final String SELF_ASSESSED = "appraisal.selfAssessed";
    public static final String APPEALED = "appraisal.appealed";
    private static final Set<String> KINDS = Set.of(OPENED, PUBLICISED, ANSWERED, SELF_ASSESSED, APPEALED);

    private AppraisalNotice() {
    }

    public static InboxNotice opened(Appraisal a, Instant now) {
        return of(a, OPENED, params(a, String.valueOf(a.getSelfAssessBy()), ""), now);
    }

    public static InboxNotice publicised(Appraisal a, Instant now) {
        return of(a, PUBLICISED, params(a, String.valueOf(a.getPublicityEnds()), a.getTotal() == null ? "" : a.getTotal().toPlainString()), now);
    }

    public static InboxNotice answered(Appeal p, Instant now) {
        Map<String, String> params = params(p.getAppraisal(), p.getIndicator(), p.getState() == AppealState.UPHELD ? "UPHELD" : "REJECTED");
        return of(p.getAppraisal(), ANSWERED, params, now);
    }

    public static InboxNotice selfAssessed(Appraisal a, Instant now) {
        return toEvaluators(a, SELF_ASSESSED, params(a, a.getUnit().getName(), ""), now);
    }

    public static InboxNotice appealed(Appeal p, Instant now) {
        Appraisal a = p.getAppraisal();
        return toEvaluators(a, APPEALED, params(a, a.getUnit().getName(), p.getIndicator()), now);
    }

    private static InboxNotice toEvaluators(Appraisal a, String kind, Map<String, String> p, Instant now) {
        return InboxNotice.toEvaluators(a.getCampaign().getRegion(), kind, p, render(kind, p, Messages.CHINESE).orElseThrow(), now);
    }

    private static Map<String, String> params(Appraisal a, String first, String second) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("id", String.valueOf(a.getId()));
        p.put("scheme", a.getScheme().getName());
        p.put("a", first);
        p.put("b", second);
        return p;
    }

    private static InboxNotice of(Appraisal a, String kind, Map<String, String> p, Instant now) {
        return new InboxNotice(a.getUnit(), kind, p, render(kind, p, Messages.CHINESE).orElseThrow(), now);
    }

    /** Every appraisal notice is about its form. */
    public static Optional<NoticeAbout> recordOf(String kind, Map<String, String> p) {
        return KINDS.contains(kind) ? NoticeAbout.of(NoticeAbout.APPRAISAL, p) : Optional.empty();
    }

    public static Optional<NoticeText> render(String kind, Map<String, String> p, Locale locale) {
        if (!KINDS.contains(kind)) {
            return Optional.empty();
        }
        Object second = ANSWERED.equals(kind) ? new Messages.Term("appeal.state." + p.get("b")) : p.get("b");
        return Optional.of(new NoticeText(Messages.get(locale, "notice." + kind + ".subject", p.get("scheme"), p.get("a")),
                Messages.get(locale, "notice." + kind + ".body", p.get("scheme"), p.get("a"), second)));
    }
}
