package cn.bangfu.campaign.entity;

import cn.bangfu.platform.entity.Codes;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where an {@link AssistancePlan} stands: the leading unit drafts (DRAFT) and submits it (SUBMITTED);
 * the office approves it (APPROVED) or returns it with a reason (RETURNED), after which the leading
 * unit changes and submits it again.
 */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, RETURNED;

    /** The leading unit may change the plan: while drafting and after it came back. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** The plan counts as filed: submitted at least once and not back in the leading unit's hands. */
    public boolean filed() {
        return this == SUBMITTED || this == APPROVED;
    }

    /**
     * What the actor may do with a plan in this status: the leading unit edits and submits it while it is
     * editable and attaches files to it; the office approves or returns a submitted plan; the target's units
     * and the office comment on it in any status.
     */
    public List<PlanAction> actions(PlanActor actor) {
        Set<PlanAction> may = EnumSet.noneOf(PlanAction.class);
        if (actor.leading()) {
            if (editable()) {
                may.add(PlanAction.EDIT);
                may.add(PlanAction.SUBMIT);
            }
            may.add(PlanAction.ATTACH);
        }
        if (actor.office() && this == SUBMITTED) {
            may.add(PlanAction.APPROVE);
            may.add(PlanAction.RETURN);
        }
        if (actor.role() != null || actor.office()) {
            may.add(PlanAction.COMMENT);
        }
        return List.copyOf(may);
    }

    /** What the actor may do while the target has no plan yet: its leading unit starts one (and may submit it at once). */
    public static List<PlanAction> beforeDraft(PlanActor actor) {
        return actor.leading() ? List.of(PlanAction.EDIT, PlanAction.SUBMIT) : List.of();
    }

    public static PlanStatus of(String value) {
        return Codes.parse(PlanStatus.class, value);
    }
}
