package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan as the API and pages show it. A caller filing one sends {@code target} ({@code {"creditCode": ...}}
 * or {@code {"projectId": ...}}), {@code goals}, {@code measures} [{text, unit (code), dueDate}] and, to change
 * a stored plan, the {@code version} read; everything else is filled in on the way out ({@code daysLate}
 * against the campaign's plan deadline).
 */
public record PlanData(Long id, String campaign, TargetRef target, Long targetId, String leadingUnit, String leadingUnitName,
                       String goals, String status, List<MeasureData> measures, List<CommentData> comments,
                       List<AttachmentInfo> attachments, LocalDate submittedOn, Instant submittedAt, Instant decidedAt, String decidedBy,
                       String returnReason, int daysLate, Long version) implements Serializable {

    public PlanData {
        measures = measures == null ? List.of() : List.copyOf(measures);
        comments = comments == null ? List.of() : List.copyOf(comments);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** What a leading unit sends. */
    public static PlanData of(TargetRef target, String goals, List<MeasureData> measures, Long version) {
        return new PlanData(null, null, target, null, null, null, goals, null, measures, null, null, null, null, null, null, null, 0,
                version);
    }
}
