package cn.bangfu.campaign.entity;

/**
 * Which campaigns a list shows.
 *
 * @param mode only campaigns of this mode, e.g. the STATIONED ones the stationing page chooses from
 */
public record CampaignFilter(Integer year, CampaignStatus status, CampaignMode mode) {
    public static final CampaignFilter NONE = new CampaignFilter(null, null, null);

    public CampaignFilter(Integer year, CampaignStatus status) {
        this(year, status, null);
    }
}
