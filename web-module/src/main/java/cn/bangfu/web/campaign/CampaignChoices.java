package cn.bangfu.web.campaign;

import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.CampaignFilter;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.campaign.entity.CampaignStatus;
import java.util.List;
import java.util.Optional;

/** Which of a page's campaigns it opens on: the one asked for, else the first active one, else the first. */
public final class CampaignChoices {

    /** The campaigns a page offers at most: a province has a few hundred. */
    static final int MAX = 200;

    private CampaignChoices() {
    }

    /**
     * The campaigns the user sees that assist through units (plans, visits, problems): every mode but the stationed
     * one (驻企), which has pages of its own.
     */
    public static List<CampaignData> assisting(Campaigns campaigns) {
        return campaigns.find(CampaignFilter.NONE, new PageRequest(0, MAX, null, null)).items().stream().filter(c -> !c.stationed()).toList();
    }

    /** The code of the campaign a page opens on: the one its {@code ?campaign=} asks for, else as {@link #preferred}; null for none. */
    public static String requested(List<CampaignData> campaigns) {
        String asked = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("campaign");
        return preferred(campaigns, asked).map(CampaignData::code).orElse(null);
    }

    public static Optional<CampaignData> preferred(List<CampaignData> campaigns, String requested) {
        return campaigns.stream().filter(c -> c.code().equals(requested)).findFirst()
                .or(() -> campaigns.stream().filter(c -> CampaignStatus.ACTIVE.name().equals(c.status())).findFirst())
                .or(() -> campaigns.stream().findFirst());
    }
}
