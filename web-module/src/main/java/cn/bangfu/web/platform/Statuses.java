package cn.bangfu.web.platform;

import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.campaign.entity.PlanStatus;
import cn.bangfu.campaign.entity.StationingStatus;
import cn.bangfu.inspection.entity.RectificationState;
import cn.bangfu.inspection.entity.RoundStatus;
import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.ProblemState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.Map;

/**
 * The one place that knows how each kind of status shows as a tag (bf:statusTag): its label key and
 * its severity. Green for done or under way as it should be, blue for waiting its turn, amber for back
 * in someone's hands, red for missing or late, grey for the rest (a draft is under way, a missing plan
 * is not: grey, not the red of 未制定).
 */
@Named
@ApplicationScoped
public class Statuses {

    /** A kind of status: the prefix of its label keys, the severity of each status, and of any other. */
    record Kind(String labels, Map<String, String> severities, String otherwise) {
    }

    static final Map<String, Kind> KINDS = Map.of(
            "plan", new Kind("plan.status.", Map.of(PlanStatus.APPROVED.name(), "success", PlanStatus.SUBMITTED.name(), "info",
                    PlanStatus.RETURNED.name(), "warning", PlanStatus.DRAFT.name(), "secondary"), "danger"),
            "campaign", new Kind("campaign.status.", Map.of(CampaignStatus.ACTIVE.name(), "success", CampaignStatus.PLANNING.name(), "info"),
                    "secondary"),
            "stationing", new Kind("stationing.status.",
                    Map.of(StationingStatus.ACTIVE.name(), "success", StationingStatus.UPCOMING.name(), "info"), "secondary"),
            "firstVisit", new Kind("work.firstVisit.", Map.of(FirstVisit.State.ON_TIME.name(), "success", FirstVisit.State.PENDING.name(), "info"),
                    "danger"),
            "problem", new Kind("ledger.state.", Map.of(ProblemState.REGISTERED.name(), "info", ProblemState.ROUTED.name(), "info",
                    ProblemState.ACCEPTED.name(), "success", ProblemState.REOPENED.name(), "warning", ProblemState.PAUSED.name(), "warning",
                    ProblemState.RESOLVED.name(), "success", ProblemState.CLOSED.name(), "success"), "secondary"),
            "light", new Kind("ledger.light.", Map.of(Light.GREEN.name(), "success", Light.YELLOW.name(), "warning", Light.RED.name(), "danger"),
                    "secondary"),
            "inspection", new Kind("inspection.status.", Map.of(RoundStatus.PLANNING.name(), "info", RoundStatus.SCHEDULED.name(), "success",
                    RoundStatus.IN_PROGRESS.name(), "success"), "secondary"),
            "severity", new Kind("inspection.severity.", Map.of(Severity.MINOR.name(), "info", Severity.MAJOR.name(), "warning",
                    Severity.SERIOUS.name(), "danger"), "secondary"),
            "rectification", new Kind("rectification.state.", Map.of(RectificationState.OPEN.name(), "warning",
                    RectificationState.SUBMITTED.name(), "info", RectificationState.CLOSED.name(), "success"), "secondary"));

    /** The label key of a status of this kind, e.g. plan.status.DRAFT. */
    public String label(String kind, String status) {
        return kind(kind).labels() + status;
    }

    /** The PrimeFaces severity of a status of this kind: success, info, warning, danger or secondary. */
    public String severity(String kind, String status) {
        Kind k = kind(kind);
        return status == null ? k.otherwise() : k.severities().getOrDefault(status, k.otherwise());
    }

    private static Kind kind(String kind) {
        Kind k = KINDS.get(kind);
        if (k == null) {
            throw new IllegalArgumentException("no status kind " + kind + "; known: " + KINDS.keySet());
        }
        return k;
    }
}
