package cn.bangfu.web.platform;

import cn.bangfu.appraisal.entity.AppliesTo;
import cn.bangfu.appraisal.entity.PeriodType;
import cn.bangfu.appraisal.entity.SchemeStatus;
import cn.bangfu.ledger.entity.CallbackResult;
import cn.bangfu.ledger.entity.CommonProblem;
import cn.bangfu.ledger.entity.Difficulty;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.ledger.entity.Rating;
import cn.bangfu.campaign.entity.CampaignMode;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.campaign.entity.GroupRole;
import cn.bangfu.campaign.entity.PlanStatus;
import cn.bangfu.campaign.entity.VisitMode;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.RegionLevel;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.UnitType;
import cn.bangfu.registry.entity.Industry;
import cn.bangfu.registry.entity.ScaleFlag;
import cn.bangfu.inspection.entity.RectificationState;
import cn.bangfu.appraisal.entity.AppealState;
import cn.bangfu.appraisal.entity.AppraisalState;
import cn.bangfu.appraisal.entity.Grade;
import cn.bangfu.inspection.entity.RoundStatus;
import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.report.entity.CircularStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The one place where the audit trail's internal names become words of the reader's language: kinds of
 * record ({@code audit.entity.AssistancePlan}), their fields ({@code audit.field.AssistancePlan.goals}),
 * actions ({@code audit.action.SUBMIT}) and the codes some fields hold (a plan's status reads as the
 * plan pages show it, {@code plan.status.SUBMITTED}). Anything without a label reads as stored: a kind
 * of record added later, a value of a field that is free text, a code from an older version.
 */
public final class AuditText {

    /**
     * A field whose value is a code (or several, comma-separated; each may be "CODE:what it applies to"),
     * read through labels under {@code prefix}.
     */
    public record Codes(Class<?> type, String prefix) {
    }

    /** "Type.field" → the codes it holds. Entity fields of an enum type must be here (AuditTextTest checks). */
    public static final Map<String, Codes> CODES = Map.ofEntries(
            Map.entry("AssistancePlan.status", new Codes(PlanStatus.class, "plan.status.")),
            Map.entry("Campaign.mode", new Codes(CampaignMode.class, "campaign.mode.")),
            Map.entry("Campaign.status", new Codes(CampaignStatus.class, "campaign.status.")),
            Map.entry("Campaign.leadingGroup", new Codes(GroupRole.class, "campaign.group.")),
            Map.entry("Visit.form", new Codes(VisitMode.class, "visit.form.")),
            Map.entry("Cadre.rank", new Codes(CadreRank.class, "cadre.rank.")),
            Map.entry("UserAccount.roles", new Codes(Role.class, "role.")),
            Map.entry("UserAccount.enabled", new Codes(Boolean.class, "audit.value.")),
            Map.entry("Region.level", new Codes(RegionLevel.class, "region.level.")),
            Map.entry("Unit.type", new Codes(UnitType.class, "unit.type.")),
            Map.entry("Enterprise.industry", new Codes(Industry.class, "industry.")),
            Map.entry("Enterprise.scaleFlags", new Codes(ScaleFlag.class, "scaleFlag.")),
            Map.entry("Problem.state", new Codes(ProblemState.class, "ledger.state.")),
            Map.entry("Problem.difficulty", new Codes(Difficulty.class, "ledger.difficulty.")),
            Map.entry("Problem.rating", new Codes(Rating.class, "ledger.rating.")),
            Map.entry("ProblemCallback.result", new Codes(CallbackResult.class, "ledger.callback.result.")),
            Map.entry("CommonProblem.state", new Codes(CommonProblem.State.class, "ledger.common.state.")),
            Map.entry("InspectionRound.status", new Codes(RoundStatus.class, "inspection.status.")),
            Map.entry("InspectionVisit.pinned", new Codes(Boolean.class, "audit.value.")),
            Map.entry("Finding.severity", new Codes(Severity.class, "inspection.severity.")),
            Map.entry("Rectification.state", new Codes(RectificationState.class, "rectification.state.")),
            Map.entry("Circular.status", new Codes(CircularStatus.class, "circular.status.")),
            Map.entry("ScoringScheme.periodType", new Codes(PeriodType.class, "scheme.periodType.")),
            Map.entry("ScoringScheme.appliesTo", new Codes(AppliesTo.class, "scheme.appliesTo.")),
            Map.entry("ScoringScheme.status", new Codes(SchemeStatus.class, "scheme.status.")),
            Map.entry("Appraisal.state", new Codes(AppraisalState.class, "appraisal.state.")),
            Map.entry("Appraisal.capGrade", new Codes(Grade.class, "grade.")),
            Map.entry("Appeal.state", new Codes(AppealState.class, "appeal.state.")));

    private final Function<String, String> labels;
    private final String separator;

    /**
     * @param labels the reader's labels: key → text, or null when there is no such label
     * @param separator between several codes of one value ("、" in Chinese, ", " in English)
     */
    public AuditText(Function<String, String> labels, String separator) {
        this.labels = labels;
        this.separator = separator;
    }

    public String entity(String type) {
        return label("audit.entity." + type, type);
    }

    public String field(String type, String field) {
        return label("audit.field." + type + "." + field, field);
    }

    /** An action such as SUBMIT; "ATTACH 方案.pdf" is the action ATTACH with its file name. */
    public String action(String action) {
        int space = action.indexOf(' ');
        if (space < 0) {
            return label("audit.action." + action, action);
        }
        String code = action.substring(0, space);
        return label("audit.action." + code, code) + action.substring(space);
    }

    /** A stored value of a field: its codes in words, or the text as stored; null for a value that is not a code. */
    public String value(String type, String field, String value) {
        Codes codes = CODES.get(type + "." + field);
        if (codes == null || value == null) {
            return value;
        }
        String inner = value.startsWith("[") && value.endsWith("]") ? value.substring(1, value.length() - 1) : value;
        if (inner.isBlank()) {
            return inner;
        }
        List<String> parts = Arrays.stream(inner.split(",")).map(String::strip).toList();
        return parts.stream().map(p -> code(codes, p)).collect(Collectors.joining(separator));
    }

    /** One code, or a code with what it applies to ("GROUP_LEADER:1074": the group leader is cadre 1074). */
    private String code(Codes codes, String part) {
        int colon = part.indexOf(':');
        if (colon < 0) {
            return label(codes.prefix() + part, part);
        }
        String code = part.substring(0, colon);
        return label(codes.prefix() + code, code) + " " + part.substring(colon + 1);
    }

    private String label(String key, String fallback) {
        String text = labels.apply(key);
        return text == null ? fallback : text;
    }
}
