package cn.bangfu.campaign.entity;

/**
 * What a caller may do with an assistance plan. {@link PlanStatus#actions(PlanActor)} says which ones a
 * caller may take now; {@link PlanData} and {@link Timeline} carry them, so pages and API clients need not
 * work the rules out from the status and the caller's role.
 */
public enum PlanAction {
    /** Change goals and measures, or start the plan (saved as a draft). */
    EDIT,
    /** Submit it to the office. */
    SUBMIT,
    /** Approve a submitted plan. */
    APPROVE,
    /** Return a submitted plan with a reason. */
    RETURN,
    /** Comment on it. */
    COMMENT,
    /** Attach a file to it. */
    ATTACH
}
