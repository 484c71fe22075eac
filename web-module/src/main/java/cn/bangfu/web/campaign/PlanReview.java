package cn.bangfu.web.campaign;

import cn.bangfu.campaign.boundary.Plans;
import cn.bangfu.campaign.entity.PlanAction;
import cn.bangfu.campaign.entity.PlanData;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/**
 * The plan review on a target's timeline: the campaign office approves a submitted plan or returns it
 * with a reason; the target's units and the office comment on it. Each shown as the timeline's plan
 * actions allow.
 */
@Named
@ViewScoped
public class PlanReview implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of("reason", "decideForm:reason", "text", "commentForm:comment");

    @Inject
    TargetTimelinePage page;

    @Inject
    Plans plans;

    private String comment;
    private String reason;

    public void approve() {
        PlanData p = plan();
        decide(() -> plans.approve(page.getCampaign(), p.id(), p.version()), "plan.approved");
    }

    public void returnPlan() {
        PlanData p = plan();
        decide(() -> plans.returnPlan(page.getCampaign(), p.id(), reason, p.version()), "plan.returned");
    }

    public void addComment() {
        decide(() -> plans.comment(page.getCampaign(), plan().id(), comment), "plan.commented");
    }

    private void decide(Runnable action, String done) {
        if (page.act(action, INPUTS, done)) {
            comment = null;
            reason = null;
        }
    }

    private PlanData plan() {
        return page.getTimeline().plan();
    }

    /** A submitted plan, and the caller acts for the campaign office. */
    public boolean isDecidable() {
        return page.may(PlanAction.APPROVE);
    }

    /** There is a plan, and the caller's unit is of the target's team or he acts for the office. */
    public boolean isCommentable() {
        return page.may(PlanAction.COMMENT);
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
