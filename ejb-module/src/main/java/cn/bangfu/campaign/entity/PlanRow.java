package cn.bangfu.campaign.entity;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A target's plan as the office's list shows it: the leading unit, the plan's status (MISSING when the
 * leading unit has not even drafted one), when it was first submitted, and how many days late it is
 * or was against the campaign's plan deadline.
 */
public record PlanRow(String campaign, Long targetId, String targetName, String leadingUnit, String leadingUnitName, String leaderName,
                      Long planId, String status, LocalDate planDeadline, LocalDate submittedOn, int daysLate) implements Serializable {

    public static final String MISSING = "MISSING";

    /** Not filed yet (missing, draft or returned) or filed late. */
    public boolean attention() {
        return daysLate > 0 || !(PlanStatus.SUBMITTED.name().equals(status) || PlanStatus.APPROVED.name().equals(status));
    }

    public boolean filed() {
        return submittedOn != null;
    }
}
