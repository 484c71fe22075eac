package cn.bangfu.web.campaign;

import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.CampaignStatus;
import java.util.List;
import java.util.Optional;

/** Which of a page's campaigns it opens on: the one asked for, else the first active one, else the first. */
public final class CampaignChoices {

    private CampaignChoices() {
    }

    public static Optional<CampaignData> preferred(List<CampaignData> campaigns, String requested) {
        return campaigns.stream().filter(c -> c.code().equals(requested)).findFirst()
                .or(() -> campaigns.stream().filter(c -> CampaignStatus.ACTIVE.name().equals(c.status())).findFirst())
                .or(() -> campaigns.stream().findFirst());
    }
}
