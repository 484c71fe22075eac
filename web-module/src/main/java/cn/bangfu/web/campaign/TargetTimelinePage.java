package cn.bangfu.web.campaign;

import java.time.Clock;
import cn.bangfu.campaign.boundary.Plans;
import cn.bangfu.campaign.boundary.Visits;
import cn.bangfu.campaign.entity.AssignmentUnitData;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.campaign.entity.PlanAction;
import cn.bangfu.campaign.entity.Timeline;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.web.platform.FacesErrors;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import cn.bangfu.web.platform.Downloads;
import org.primefaces.model.StreamedContent;

/**
 * A target's team timeline (campaign/target.xhtml?campaign=…&amp;target=…): the team, each unit's share
 * of the visits, the plan with its files, and every visit and plan event newest first. The plan is
 * filed in the {@link PlanEditor}, decided and commented in the {@link PlanReview}, visits are logged
 * in the {@link VisitLog}; each of them changes the timeline through {@link #act}.
 */
@Named
@ViewScoped
public class TargetTimelinePage implements Serializable {


    private static final long serialVersionUID = 1L;

    @Inject
    Clock clock;

    @Inject
    Visits visits;

    @Inject
    Plans plans;

    @Inject
    FacesErrors errors;

    private String campaign;
    private Long target;
    private Timeline timeline;
    private boolean missing;

    /** Called by f:viewAction once the parameters are set, and again after every change. */
    public void load() {
        if (campaign == null || target == null) {
            missing = true;
            return;
        }
        try {
            timeline = visits.timeline(campaign, target);
            missing = false;
        } catch (NotFoundException | ForbiddenException | EJBAccessException e) {
            missing = true;
            timeline = null;
        }
    }

    /** A change of the timeline: on success tells so and shows the timeline as it is now; else routes the boundary's errors to the inputs. */
    boolean act(Runnable change, Map<String, String> inputs, String done, Object... args) {
        try {
            change.run();
            errors.info(done, args);
            load();
            return true;
        } catch (InvalidInputException e) {
            errors.show(e, inputs);
        } catch (ForbiddenException | EJBAccessException e) {
            errors.error("common.forbidden");
        }
        return false;
    }

    /** Whether the caller may take this action on the target's plan now. */
    boolean may(PlanAction action) {
        return timeline != null && timeline.may(action);
    }

    /** An attachment of the plan, for the download link. */
    public StreamedContent download(long attachmentId) {
        Plans.FileData f = plans.attachment(campaign, timeline.plan().id(), attachmentId);
        return Downloads.of(f.fileName(), f.contentType(), f.content());
    }

    /** Whether the caller's unit is one of the target's team. */
    public boolean isMember() {
        return timeline != null && timeline.myRole() != null;
    }

    public String unitName(String code) {
        if (timeline == null || timeline.team() == null) {
            return code;
        }
        return timeline.team().units().stream().filter(u -> u.code().equals(code)).map(AssignmentUnitData::name).findFirst().orElse(code);
    }

    public Map<String, FirstVisit> getShares() {
        Map<String, FirstVisit> m = new HashMap<>();
        if (timeline != null) {
            timeline.shares().forEach(s -> m.put(s.unit(), s));
        }
        return m;
    }

    public LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public Long getTarget() {
        return target;
    }

    public void setTarget(Long target) {
        this.target = target;
    }

    public Timeline getTimeline() {
        return timeline;
    }

    public boolean isMissing() {
        return missing;
    }
}
