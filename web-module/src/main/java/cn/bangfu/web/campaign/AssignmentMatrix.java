package cn.bangfu.web.campaign;

import cn.bangfu.platform.entity.Roles;
import cn.bangfu.campaign.boundary.Assignments;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.MatrixFilter;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.AssignmentUnitData;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.MatrixRow;
import cn.bangfu.campaign.entity.UnitLoad;
import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.registry.entity.Industry;
import cn.bangfu.registry.entity.TargetKind;
import cn.bangfu.web.platform.PagedModel;
import cn.bangfu.web.platform.UnitNames;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The assignment matrix (对口联系企业安排表 on screen) of one campaign: its region's targets × contact
 * leader, leading unit and co-units, lazily paged, filtered by text, region, industry and unit, with
 * unassigned targets standing out; the load per unit beside it. The campaign office assigns and
 * reassigns in the {@link AssignmentEditor}'s dialog and imports in {@link AssignmentSheets}.
 */
@Named
@ViewScoped
public class AssignmentMatrix implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Suggestions in the unit filter's drop-down. */
    private static final int SUGGESTIONS = 20;

    @Inject
    Clock clock;

    @Inject
    Assignments assignments;

    @Inject
    Campaigns campaigns;

    @Inject
    RegionDirectory regions;

    @Inject
    UnitDirectory units;

    private List<CampaignData> campaignList;
    private CampaignData campaign;
    private String campaignCode;
    private MatrixQuery query = new MatrixQuery();
    private List<RegionData> regionList;
    private Map<String, String> regionNames;
    /** Names of the units the unit filter has suggested, for its label. */
    private final UnitNames unitNames = new UnitNames();
    private PagedModel<MatrixRow> rows;
    private List<UnitLoad> loads;
    private Long unassigned;

    @PostConstruct
    void init() {
        // Stationed campaigns (驻企) assign no units to targets: they have their own page.
        campaignList = CampaignChoices.assisting(campaigns);
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("campaign");
        campaign = CampaignChoices.preferred(campaignList, requested).orElse(null);
        campaignCode = campaign == null ? null : campaign.code();
        regionList = regions.all();
        regionNames = regionList.stream().collect(Collectors.toMap(RegionData::code, RegionData::name));
        rows = new PagedModel<>((page, size, sort) -> {
            if (campaign == null) {
                return new cn.bangfu.platform.entity.Page<>(List.of(), 0);
            }
            return assignments.matrix(campaign.code(), filter(), new PageRequest(page, size, sort, query.getQ()));
        }, MatrixRow::key, 20);
    }

    MatrixFilter filter() {
        return query.filter();
    }

    /** Switches to the campaign chosen in the selector. */
    public void switchCampaign() {
        campaign = campaignList.stream().filter(c -> c.code().equals(campaignCode)).findFirst().orElse(campaign);
        loads = null;
        unassigned = null;
        PagedModel.toFirstPage("matrix:table");
    }

    public void search() {
        loads = null;
        unassigned = null;
    }

    public void reset() {
        query = new MatrixQuery();
        search();
    }

    /**
     * Units for the unit filter, any the caller sees: a province has thousands, so they are searched as
     * typed rather than listed. (The dialog's {@link AssignmentEditor#completeUnit} offers only the campaign's region.)
     */
    public List<String> completeFilterUnit(String text) {
        return unitNames.offer(units.find(UnitFilter.NONE, new PageRequest(0, SUGGESTIONS, null, text)).items());
    }

    public String unitLabel(String code) {
        return unitNames.label(code);
    }

    public String regionName(String code) {
        return code == null ? null : regionNames.getOrDefault(code, code);
    }

    /** The co-units of an assignment's units. */
    public List<AssignmentUnitData> coUnits(AssignmentData a) {
        return a.units().stream().filter(u -> "CO".equals(u.role())).toList();
    }

    public AssignmentUnitData leading(AssignmentData a) {
        return a.units().stream().filter(u -> "LEADING".equals(u.role())).findFirst().orElse(null);
    }

    public List<UnitLoad> getLoads() {
        if (loads == null) {
            loads = campaign == null ? List.of() : assignments.loads(campaign.code());
        }
        return loads;
    }

    public long getUnassigned() {
        if (unassigned == null) {
            unassigned = campaign == null ? 0 : assignments.unassigned(campaign.code(), query.getKind());
        }
        return unassigned;
    }

    public boolean isOffice() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.OFFICE);
    }

    public boolean isEditable() {
        return isOffice() && campaign != null && !"CLOSED".equals(campaign.status());
    }

    public Industry[] getIndustries() {
        return Industry.values();
    }

    public List<CampaignData> getCampaigns() {
        return campaignList;
    }

    public CampaignData getCampaign() {
        return campaign;
    }

    public String getCampaignCode() {
        return campaignCode;
    }

    public void setCampaignCode(String campaignCode) {
        this.campaignCode = campaignCode;
    }

    public List<RegionData> getRegions() {
        return regionList;
    }

    public PagedModel<MatrixRow> getRows() {
        return rows;
    }

    public MatrixQuery getQuery() {
        return query;
    }

    public TargetKind[] getKinds() {
        return TargetKind.values();
    }
}
