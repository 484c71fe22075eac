package cn.bangfu.web.ledger;

import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.ledger.boundary.ProblemLedger;
import cn.bangfu.ledger.boundary.ProblemSpreadsheets;
import cn.bangfu.platform.entity.Xlsx;
import cn.bangfu.web.platform.Downloads;
import org.primefaces.model.StreamedContent;
import cn.bangfu.ledger.entity.LedgerSummary;
import cn.bangfu.ledger.entity.MetricsReport;
import cn.bangfu.ledger.entity.MetricsRow;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemQuery;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.campaign.CampaignChoices;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The office's dashboard of a campaign's ledger (ledger/dashboard.xhtml): counts by state and light, the overdue list,
 * the units ranked by a rate with their counts, the rates by category as a chart and the monthly trend.
 */
@Named
@ViewScoped
public class LedgerDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    @Inject
    ProblemLedger ledger;

    @Inject
    Labels labels;

    @Inject
    ProblemSpreadsheets sheets;

    private List<CampaignData> campaignList;
    private String campaign;
    private String rankBy = "resolutionRate";
    private LedgerSummary summary;
    private MetricsReport units;
    private MetricsReport categories;
    private MetricsReport months;
    private PagedModel<ProblemData> overdue;

    @PostConstruct
    void init() {
        campaignList = CampaignChoices.assisting(campaigns);
        // ?campaign= opens the dashboard of that campaign, as links from the ledger and the campaign pages do
        campaign = CampaignChoices.requested(campaignList);
        overdue = new PagedModel<>((page, size, sort) -> ledger.find(campaign, new ProblemQuery(null, "RED", null, null, null, null, null),
                new PageRequest(page, size, sort == null ? "deadline" : sort, null), labels.locale()), r -> String.valueOf(r.id()), 10);
        refresh();
    }

    /** Reads the figures of the chosen campaign again. */
    public void refresh() {
        if (campaign == null) {
            return;
        }
        summary = ledger.summary(campaign);
        units = ledger.metrics(campaign, "unit", null, null, null, null, "-" + rankBy, labels.locale());
        categories = ledger.metrics(campaign, "category", null, null, null, null, null, labels.locale());
        months = ledger.metrics(campaign, "month", null, null, null, null, null, labels.locale());
    }

    /** The units' metrics as the ranking shows them, as xlsx (责任单位问题办理情况). */
    public StreamedContent getMetricsExport() {
        return Downloads.of(labels.get("ledger.metrics.file"), Xlsx.MEDIA_TYPE,
                sheets.exportMetrics(campaign, "unit", null, null, null, null, "-" + rankBy, labels.locale()));
    }

    /** The rates by category as a Chart.js bar chart (p:chart's value). */
    public String getCategoryChart() {
        return LedgerCharts.rates(categories.items(), labels);
    }

    /** Problems collected and resolved by the month raised, as a Chart.js line chart. */
    public String getTrendChart() {
        return LedgerCharts.trend(months.items(), labels);
    }

    public List<String> getRankMeasures() {
        return List.of("resolutionRate", "closureRate", "onTimeRate", "onTimeRateOriginal", "satisfactionRate");
    }

    public List<MetricsRow> getRanking() {
        return units == null ? List.of() : units.items();
    }

    public MetricsRow getTotal() {
        return units == null ? null : units.total();
    }

    public LedgerSummary getSummary() {
        return summary;
    }

    public PagedModel<ProblemData> getOverdue() {
        return overdue;
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

    public String getRankBy() {
        return rankBy;
    }

    public void setRankBy(String rankBy) {
        this.rankBy = rankBy;
    }
}
