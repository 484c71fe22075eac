package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.AttachmentInfo;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the API and pages show it. A caller filing one sends {@code target} ({@code {"creditCode": ...}}
 * or {@code {"projectId": ...}}), {@code goals}, {@code measures} [{text, unit (code), dueDate}] and, to change
 * a stored plan, the {@code version} read; everything else is filled in on the way out ({@code daysLate}
 * against the campaign's plan deadline, {@code actions}: what the caller may do with it now).
 */
public record PlanData(Long id, String campaign, TargetRef target, Long targetId, String leadingUnit, String leadingUnitName,
                       String goals, String status, List<MeasureData> measures, List<CommentData> comments,
                       List<AttachmentInfo> attachments, LocalDate submittedOn, Instant submittedAt, Instant decidedAt, String decidedBy,
                       String returnReason, int daysLate, Long version, List<PlanAction> actions) implements Serializable {

    public PlanData {
        measures = measures == null ? List.of() : List.copyOf(measures);
        comments = comments == null ? List.of() : List.copyOf(comments);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        actions = actions == null ? List.of() : List.copyOf(actions);
    }

    /** What a leading unit sends. */
    public static PlanData of(TargetRef target, String goals, List<MeasureData> measures, Long version) {
        return filing(target, null, goals, measures, false, version);
    }

    /** What a leading unit's page sends for the target of that id, {@code submit}: submitted at once. */
    public static PlanData of(long targetId, String goals, List<MeasureData> measures, boolean submit, Long version) {
        return filing(null, targetId, goals, measures, submit, version);
    }

    private static PlanData filing(TargetRef target, Long targetId, String goals, List<MeasureData> measures, boolean submit, Long version) {
        return new PlanData(null, null, target, targetId, null, null, goals, submit ? PlanStatus.SUBMITTED.name() : null, measures, null,
                null, null, null, null, null, null, 0, version, null);
    }

    /** Whether the caller may take this action now. */
    public boolean may(PlanAction action) {
        return actions.contains(action);
    }
}
