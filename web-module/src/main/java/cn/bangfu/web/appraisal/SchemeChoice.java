package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.boundary.ScoringSchemes;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.appraisal.entity.SchemeStatus;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.web.campaign.CampaignChoices;
import java.io.Serializable;
import java.util.List;

/**
 * The campaign and the published scheme an appraisal page shows (the work list, the results): the campaigns the user
 * sees, the one asked for by {@code ?campaign=}, and its published schemes; the chosen scheme is kept while it is still
 * there.
 */
public class SchemeChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final boolean firstByDefault;
    private List<CampaignData> campaignList = List.of();
    private String campaign;
    private List<SchemeData> schemeList = List.of();
    private Long schemeId;

    /** @param firstByDefault whether a scheme is always chosen (the first), or none may be ("all schemes") */
    public SchemeChoice(boolean firstByDefault) {
        this.firstByDefault = firstByDefault;
    }

    public void init(Campaigns campaigns, ScoringSchemes schemes) {
        campaignList = CampaignChoices.assisting(campaigns);
        campaign = CampaignChoices.requested(campaignList);
        reload(schemes);
    }

    /** The chosen campaign's published schemes. */
    public void reload(ScoringSchemes schemes) {
        try {
            schemeList = campaign == null ? List.of()
                    : schemes.list(campaign).stream().filter(s -> SchemeStatus.PUBLISHED.name().equals(s.status())).toList();
        } catch (NotFoundException e) {
            schemeList = List.of();
        }
        if (schemeId != null && schemeList.stream().noneMatch(s -> s.id().equals(schemeId))) {
            schemeId = null;
        }
        if (schemeId == null && firstByDefault && !schemeList.isEmpty()) {
            schemeId = schemeList.get(0).id();
        }
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

    public List<SchemeData> getSchemeList() {
        return schemeList;
    }

    public Long getSchemeId() {
        return schemeId;
    }

    public void setSchemeId(Long schemeId) {
        this.schemeId = schemeId;
    }
}
