package cn.bangfu.campaign.entity;

import java.util.Locale;

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

    public static PlanStatus of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
