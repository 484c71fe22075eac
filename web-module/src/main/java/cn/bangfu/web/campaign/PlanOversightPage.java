package cn.bangfu.web.campaign;

import java.time.LocalDate;
import java.time.Clock;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.boundary.Plans;
import cn.bangfu.campaign.boundary.Visits;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.FirstVisit;
import cn.bangfu.campaign.entity.PlanRow;
import cn.bangfu.platform.entity.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The office's oversight of a campaign (campaign/plans.xhtml): missing and late plans with the days
 * late, and the units that have not visited their target within the campaign's first-visit days.
 */
@Named
@ViewScoped
public class PlanOversightPage implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    @Inject
    Plans plans;

    @Inject
    Visits visits;

    private List<CampaignData> campaignList;
    private String campaign;
    private boolean attentionOnly = true;
    private List<PlanRow> planRows;
    private List<FirstVisit> missingVisits;
    private List<FirstVisit> lateVisits;
    private List<FirstVisit> afterCircular = List.of();

    @PostConstruct
    void init() {
        // Stationed campaigns (驻企) have no plans or visits.
        campaignList = CampaignChoices.assisting(campaigns);
        campaign = CampaignChoices.preferred(campaignList, null).map(CampaignData::code).orElse(null);
        refresh();
    }

    /** Reads the lists again for the chosen campaign. */
    public void refresh() {
        if (campaign == null) {
            planRows = List.of();
            missingVisits = List.of();
            lateVisits = List.of();
            afterCircular = List.of();
            return;
        }
        try {
            planRows = plans.overview(campaign, attentionOnly);
            missingVisits = visits.firstVisits(campaign, FirstVisit.State.MISSING);
            lateVisits = visits.firstVisits(campaign, FirstVisit.State.LATE);
            afterCircular = visits.firstVisits(campaign, FirstVisit.State.LATE, true);
        } catch (NotFoundException e) {
            campaign = null;
            refresh();
        }
    }

    /** Whether the unit's first visit to the target came only after the first circular (a tag in the late list). */
    public boolean afterCircular(FirstVisit f) {
        return afterCircular.contains(f);
    }

    public List<FirstVisit> getAfterCircular() {
        return afterCircular;
    }

    public long getMissingPlans() {
        return planRows.stream().filter(r -> !r.filed()).count();
    }

    public long getLatePlans() {
        return planRows.stream().filter(r -> r.filed() && r.daysLate() > 0).count();
    }

    public java.time.LocalDate getToday() {
        return LocalDate.now(clock);
    }

    public List<CampaignData> getCampaignList() {
        return campaignList;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public boolean isAttentionOnly() {
        return attentionOnly;
    }

    public void setAttentionOnly(boolean attentionOnly) {
        this.attentionOnly = attentionOnly;
    }

    public List<PlanRow> getPlanRows() {
        return planRows;
    }

    public List<FirstVisit> getMissingVisits() {
        return missingVisits;
    }

    public List<FirstVisit> getLateVisits() {
        return lateVisits;
    }
}
