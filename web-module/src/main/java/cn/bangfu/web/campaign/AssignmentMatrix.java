package cn.bangfu.web.campaign;

import cn.bangfu.org.entity.Roles;
import cn.bangfu.campaign.boundary.Assignments;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignFilter;
import cn.bangfu.campaign.entity.MatrixFilter;
import cn.bangfu.campaign.entity.Assigned;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.AssignmentUnitData;
import cn.bangfu.campaign.entity.CadreRef;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.MatrixRow;
import cn.bangfu.campaign.entity.UnitLoad;
import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.registry.entity.Industry;
import cn.bangfu.registry.entity.TargetKind;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The assignment matrix (对口联系企业安排表 on screen) of one campaign: its region's targets × contact
 * leader, leading unit and co-units, lazily paged, filtered by text, region, industry and unit, with
 * unassigned targets standing out; the load per unit beside it; and for the campaign office the
 * assign/reassign dialog with autocompletes for county leaders and units, showing the rules' errors
 * beside the fields and the warnings (a unit above the per-unit limit) after saving.
 */
@Named
@ViewScoped
public class AssignmentMatrix implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Suggestions in the unit filter's drop-down. */
    private static final int SUGGESTIONS = 20;

    private static final Map<String, String> INPUTS = Map.of(
            "target", "assignmentForm:target", "contactLeader", "assignmentForm:leader", "leadingUnit", "assignmentForm:leadingUnit",
            "coUnits", "assignmentForm:coUnits", "validFrom", "assignmentForm:validFrom", "version", "assignmentForm:target",
            "id", "assignmentForm:target", "campaign", "assignmentForm:target");

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

    @Inject
    FacesErrors errors;

    @Inject
    Labels labels;

    private List<CampaignData> campaignList;
    private CampaignData campaign;
    private String campaignCode;
    private String q;
    /** The 对口联系企业安排表 is about enterprises first; key projects are one click away. */
    private TargetKind kind = TargetKind.ENTERPRISE;
    private String regionCode;
    private Industry industry;
    private String unitCode;
    private boolean unassignedOnly;
    private List<RegionData> regionList;
    private Map<String, String> regionNames;
    /** Names of the units and leaders the page has shown or suggested, for the autocompletes' labels. */
    private final Map<String, String> unitNames = new HashMap<>();
    private final Map<String, String> leaderNames = new HashMap<>();
    private PagedModel<MatrixRow> rows;
    private List<UnitLoad> loads;
    private Long unassigned;
    private AssignmentForm form;
    private List<String> warnings = List.of();

    @PostConstruct
    void init() {
        // Stationed campaigns (驻企) assign no units to targets: they have their own page.
        campaignList = campaigns.find(CampaignFilter.NONE, new PageRequest(0, 200, null, null)).items().stream()
                .filter(c -> !c.stationed()).toList();
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("campaign");
        campaign = campaignList.stream().filter(c -> c.code().equals(requested)).findFirst()
                .orElse(campaignList.stream().filter(c -> "ACTIVE".equals(c.status())).findFirst()
                        .orElse(campaignList.isEmpty() ? null : campaignList.get(0)));
        campaignCode = campaign == null ? null : campaign.code();
        regionList = regions.all();
        regionNames = regionList.stream().collect(Collectors.toMap(RegionData::code, RegionData::name));
        rows = new PagedModel<>((page, size, sort) -> {
            if (campaign == null) {
                return new cn.bangfu.platform.entity.Page<>(List.of(), 0);
            }
            var found = assignments.matrix(campaign.code(), filter(), new PageRequest(page, size, sort, q));
            found.items().stream().filter(MatrixRow::assigned).forEach(r -> remember(r.current()));
            return found;
        }, MatrixRow::key, 20);
    }

    MatrixFilter filter() {
        return new MatrixFilter(kind, regionCode, industry, unitCode, unassignedOnly);
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
        q = null;
        kind = TargetKind.ENTERPRISE;
        regionCode = null;
        industry = null;
        unitCode = null;
        unassignedOnly = false;
        search();
    }

    public void edit(MatrixRow row) {
        form = AssignmentForm.of(row, LocalDate.now(clock));
        warnings = List.of();
        if (row.current() != null) {
            remember(row.current());
        }
    }

    public void save() {
        warnings = List.of();
        try {
            Assigned saved = form.isReassigning()
                    ? assignments.reassign(campaign.code(), form.getAssignmentId(), form.data())
                    : assignments.assign(campaign.code(), form.data());
            warnings = saved.warnings().stream().map(labels::error).toList();
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    labels.get(saved.changed() ? "assignment.saved" : "assignment.unchanged", saved.assignment().target().name()), null));
            for (String w : warnings) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, w, null));
            }
            loads = null;
            unassigned = null;
        } catch (ConflictException e) {
            if (e.errors().stream().anyMatch(err -> err.field().equals("version"))) {
                errors.error("common.stale");
            } else {
                errors.show(e, INPUTS);
            }
        } catch (InvalidInputException e) {
            errors.show(e, INPUTS);
            errors.error("common.fixErrors");
        } catch (NotFoundException e) {
            errors.error("common.notFound");
        }
    }

    /** County leaders of the campaign's region whose name contains the text, as cadre ids. */
    public List<String> completeLeader(String text) {
        List<String> ids = new ArrayList<>();
        for (CadreRef c : assignments.leaders(campaign.code(), text)) {
            leaderNames.put(String.valueOf(c.id()), c.name() + (c.position() == null ? "" : "（" + c.position() + "）"));
            ids.add(String.valueOf(c.id()));
        }
        return ids;
    }

    /** Units of the campaign's region whose name or code contains the text, as unit codes. */
    /**
     * Units for the unit filter, any the caller sees: a province has thousands, so they are searched as
     * typed rather than listed. (The dialog's {@link #completeUnit} offers only the campaign's region.)
     */
    public List<String> completeFilterUnit(String text) {
        List<String> codes = new ArrayList<>();
        for (UnitData u : units.find(UnitFilter.NONE, new PageRequest(0, SUGGESTIONS, null, text)).items()) {
            unitNames.put(u.code(), u.name());
            codes.add(u.code());
        }
        return codes;
    }

    public List<String> completeUnit(String text) {
        List<String> codes = new ArrayList<>();
        for (UnitData u : assignments.units(campaign.code(), text)) {
            unitNames.put(u.code(), u.name());
            codes.add(u.code());
        }
        return codes;
    }

    private void remember(AssignmentData a) {
        if (a.leader() != null) {
            leaderNames.put(String.valueOf(a.leader().id()),
                    a.leader().name() + (a.leader().position() == null ? "" : "（" + a.leader().position() + "）"));
        }
        for (AssignmentUnitData u : a.units()) {
            unitNames.put(u.code(), u.name());
        }
    }

    public String leaderLabel(String id) {
        return id == null ? null : leaderNames.getOrDefault(id, id);
    }

    public String unitLabel(String code) {
        return code == null ? null : unitNames.getOrDefault(code, code);
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
            unassigned = campaign == null ? 0 : assignments.unassigned(campaign.code(), kind);
        }
        return unassigned;
    }

    public String getCoUnitsHint() {
        return campaign == null ? null : labels.get("assignment.coUnitsHint", campaign.coUnitCount());
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

    public AssignmentForm getForm() {
        return form;
    }

    public List<String> getWarnings() {
        return warnings;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public TargetKind getKind() {
        return kind;
    }

    public void setKind(TargetKind kind) {
        this.kind = kind;
    }

    public TargetKind[] getKinds() {
        return TargetKind.values();
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public boolean isUnassignedOnly() {
        return unassignedOnly;
    }

    public void setUnassignedOnly(boolean unassignedOnly) {
        this.unassignedOnly = unassignedOnly;
    }
}
