package cn.bangfu.web.ledger;

import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.ledger.boundary.Categories;
import cn.bangfu.ledger.boundary.ProblemLedger;
import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.ProblemCategoryData;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemQuery;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.campaign.CampaignChoices;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import cn.bangfu.web.platform.UnitNames;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * 问题台账 (ledger/problems.xhtml): a campaign's problems as the user sees them, paged in the database, filtered by state,
 * light, responsible unit, category and text; the dashboard's counts link here with a filter set (?light=RED).
 */
@Named
@ViewScoped
public class ProblemLedgerPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    Campaigns campaigns;

    @Inject
    ProblemLedger ledger;

    @Inject
    Categories categories;

    @Inject
    UnitDirectory units;

    @Inject
    Labels labels;

    private List<CampaignData> campaignList;
    private List<ProblemCategoryData> categoryList;
    private String campaign;
    private String state;
    private String light;
    private String unitCode;
    private String category;
    private boolean escalated;
    private String q;
    private final UnitNames unitNames = new UnitNames();
    private PagedModel<ProblemData> rows;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        campaignList = CampaignChoices.assisting(campaigns);
        campaign = CampaignChoices.preferred(campaignList, params.get("campaign")).map(CampaignData::code).orElse(null);
        state = ProblemState.of(params.get("state")) == null ? null : ProblemState.of(params.get("state")).name();
        light = Light.of(params.get("light")) == null ? null : Light.of(params.get("light")).name();
        unitCode = params.get("unit");
        escalated = "true".equals(params.get("escalated"));
        categoryList = categories.list(labels.locale());
        rows = new PagedModel<>((page, size, sort) -> campaign == null ? new Page<>(List.of(), 0)
                : ledger.find(campaign, query(), new PageRequest(page, size, sort, q), labels.locale()), r -> String.valueOf(r.id()), 20);
    }

    /** The filters as the page's inputs set them; the export uses the same. */
    public ProblemQuery query() {
        return new ProblemQuery(state, light, unitCode, category, null, null, escalated ? Boolean.TRUE : null);
    }

    public void reset() {
        state = null;
        light = null;
        unitCode = null;
        category = null;
        escalated = false;
        q = null;
    }

    public List<String> completeUnit(String text) {
        return unitNames.offer(units.find(UnitFilter.NONE, new PageRequest(0, SUGGESTIONS, null, text)).items());
    }

    public String unitLabel(String code) {
        return unitNames.label(code);
    }

    public ProblemState[] getStates() {
        return ProblemState.values();
    }

    public Light[] getLights() {
        return Light.values();
    }

    public List<CampaignData> getCampaignList() {
        return campaignList;
    }

    public List<ProblemCategoryData> getCategoryList() {
        return categoryList;
    }

    public PagedModel<ProblemData> getRows() {
        return rows;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }

    public String getLight() {
        return light;
    }

    public void setLight(String light) {
        this.light = light;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public boolean isEscalated() {
        return escalated;
    }

    public void setEscalated(boolean escalated) {
        this.escalated = escalated;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }
}
