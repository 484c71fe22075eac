package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.boundary.Appraisals;
import cn.bangfu.appraisal.boundary.ScoringJobs;
import cn.bangfu.appraisal.boundary.ScoringSchemes;
import cn.bangfu.appraisal.entity.AppraisalRow;
import cn.bangfu.appraisal.entity.AppraisalState;
import cn.bangfu.appraisal.entity.ScoringJobData;
import cn.bangfu.appraisal.entity.ScoringJobStatus;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * 考评表 (appraisal/forms.xhtml): the evaluator's work list — a campaign's forms by scheme and state, opening the forms of
 * a published scheme, computing them all in the background with a progress bar — and a unit's own forms. Each line opens
 * the form.
 */
@Named
@ViewScoped
public class AppraisalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Appraisals appraisals;

    @Inject
    ScoringSchemes schemes;

    @Inject
    ScoringJobs jobs;

    @Inject
    Campaigns campaigns;

    @Inject
    DialogSave dialogSave;

    @Inject
    FacesErrors errors;

    @Inject
    Labels labels;

    private final SchemeChoice choice = new SchemeChoice(false);
    private String state;
    private PagedModel<AppraisalRow> rows;
    private ScoringJobData job;

    @PostConstruct
    void init() {
        choice.init(campaigns, schemes);
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("state");
        state = Arrays.stream(AppraisalState.values()).map(Enum::name).filter(s -> s.equals(asked)).findFirst().orElse(null);
        rows = new PagedModel<>((page, size, sort) -> {
            try {
                return choice.getCampaign() == null ? new Page<>(List.of(), 0) : appraisals.list(choice.getCampaign(),
                        new Appraisals.Filter(choice.getSchemeId(), state, null), new PageRequest(page, size, null, null));
            } catch (NotFoundException e) {
                return new Page<>(List.of(), 0);
            }
        }, r -> String.valueOf(r.id()), 20);
        latestJob();
    }

    /** Another campaign: its published schemes, and the job that last computed its forms. */
    public void changeCampaign() {
        choice.reload(schemes);
        latestJob();
    }

    private void latestJob() {
        String campaign = choice.getCampaign();
        job = null;
        if (campaign != null && isEvaluatorOrOffice()) {
            try {
                job = jobs.latest(campaign, labels.locale()).orElse(null);
            } catch (NotFoundException | ForbiddenException | EJBAccessException e) {
                job = null;
            }
        }
    }

    /** Opens a form for every unit the chosen scheme scores that has none yet. */
    public void openAll() {
        if (choice.getSchemeId() == null) {
            errors.error("appraisal.page.chooseScheme");
            return;
        }
        Appraisals.Opened opened = dialogSave.attempt(() -> appraisals.open(choice.getCampaign(),
                new Appraisals.Opening(choice.getSchemeId(), null, true, null)), Map.of());
        if (opened != null) {
            errors.info("appraisal.page.opened", opened.created(), opened.existing());
        }
    }

    /** Computes every form not yet scored (of the chosen scheme, or all) in the background; the page polls the job. */
    public void score() {
        ScoringJobData started = dialogSave.attempt(() -> jobs.start(choice.getCampaign(), choice.getSchemeId(), labels.locale()), Map.of());
        if (started != null) {
            job = started;
            errors.info("appraisal.page.scoringStarted");
        }
    }

    public void poll() {
        if (job == null) {
            return;
        }
        try {
            job = jobs.job(choice.getCampaign(), job.id(), labels.locale());
        } catch (NotFoundException | ForbiddenException | EJBAccessException e) {
            job = null;
        }
    }

    public boolean isRunning() {
        return job != null && ScoringJobStatus.valueOf(job.status()).running();
    }

    private static boolean isEvaluatorOrOffice() {
        var ctx = FacesContext.getCurrentInstance().getExternalContext();
        return ctx.isUserInRole("EVALUATOR") || ctx.isUserInRole("OFFICE") || ctx.isUserInRole("LEADER");
    }

    public List<String> getStates() {
        return Arrays.stream(AppraisalState.values()).map(Enum::name).toList();
    }

    public SchemeChoice getChoice() {
        return choice;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state == null || state.isEmpty() ? null : state;
    }

    public PagedModel<AppraisalRow> getRows() {
        return rows;
    }

    public ScoringJobData getJob() {
        return job;
    }
}
