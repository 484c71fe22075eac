package cn.bangfu.web.inspection;

import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.inspection.boundary.InspectionRounds;
import cn.bangfu.inspection.entity.RoundData;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.web.campaign.CampaignChoices;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 督查轮次 (inspection/rounds.xhtml?campaign=…): a campaign's inspection rounds, and for the office that runs the campaign
 * a new round (name and window; the checklist starts as the default one). An inspector sees only the rounds of his teams.
 */
@Named
@ViewScoped
public class InspectionRoundsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("name", "roundForm:name", "from", "roundForm:from", "to", "roundForm:to");

    @Inject
    Campaigns campaigns;

    @Inject
    InspectionRounds rounds;

    @Inject
    DialogSave dialogSave;

    @Inject
    FacesErrors errors;

    private List<CampaignData> campaignList;
    private String campaign;
    private List<RoundData> roundList = List.of();
    private boolean creatable;
    private String name;
    private LocalDate from;
    private LocalDate to;

    @PostConstruct
    void init() {
        campaignList = CampaignChoices.assisting(campaigns);
        // ?campaign= opens that campaign's rounds, as the link back from a round does
        campaign = CampaignChoices.requested(campaignList);
        refresh();
    }

    public void refresh() {
        try {
            roundList = campaign == null ? List.of() : rounds.list(campaign);
            creatable = campaign != null && rounds.manages(campaign);
        } catch (NotFoundException e) {
            roundList = List.of();
            creatable = false;
        }
    }

    /** Whether to offer a new round: the caller plans the campaign's inspection. */
    public boolean isCreatable() {
        return creatable;
    }

    public void newRound() {
        name = null;
        from = null;
        to = null;
    }

    public void create() {
        // checklist null: the round starts with the default checklist
        RoundData saved = dialogSave.attempt(() -> rounds.create(campaign, RoundData.draft(name, from, to, null)), INPUTS);
        if (saved != null) {
            errors.info("inspection.rounds.created", saved.name());
            refresh();
        }
    }

    public List<CampaignData> getCampaignList() {
        return campaignList;
    }

    public List<RoundData> getRounds() {
        return roundList;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
