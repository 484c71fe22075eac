package cn.bangfu.web.campaign;

import cn.bangfu.platform.entity.Roles;
import java.time.LocalDate;
import java.time.Clock;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignFilter;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.CampaignMode;
import cn.bangfu.campaign.entity.CampaignStatus;
import cn.bangfu.org.boundary.CadreDirectory;
import cn.bangfu.org.entity.CadreFilter;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The campaigns page: the campaigns the user sees, filtered by year, status and text, and for the
 * campaign office the create/edit dialog (period, mode and co-units, plan deadline, per-unit limit,
 * office unit, leading group, status) with each error beside its field.
 */
@Named
@ViewScoped
public class CampaignList implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    /** JSON field → input id in the dialog. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("code", "campaignForm:code"), Map.entry("name", "campaignForm:name"), Map.entry("year", "campaignForm:year"),
            Map.entry("mode", "campaignForm:mode"), Map.entry("startDate", "campaignForm:startDate"),
            Map.entry("endDate", "campaignForm:endDate"), Map.entry("coUnitCount", "campaignForm:coUnitCount"),
            Map.entry("planDeadline", "campaignForm:planDeadline"), Map.entry("perUnitLimit", "campaignForm:perUnitLimit"),
            Map.entry("firstVisitDays", "campaignForm:firstVisitDays"), Map.entry("officeUnit", "campaignForm:officeUnit"),
            Map.entry("status", "campaignForm:status"), Map.entry("leadingGroup", "campaignForm:groupLeader"),
            Map.entry("regionCode", "campaignForm:code"), Map.entry("version", "campaignForm:code"));

    @Inject
    Campaigns campaigns;

    @Inject
    CadreDirectory cadres;

    @Inject
    FacesErrors errors;

    private String q;
    private Integer year;
    private CampaignStatus status;
    private List<UnitData> unitList;
    private Map<String, String> unitNames;
    private List<CadreData> leaders;
    private Map<Long, String> leaderNames;
    private CampaignForm form;
    private boolean editing;
    private PagedModel<CampaignData> rows;

    @PostConstruct
    void init() {
        unitList = cadres.units();
        unitNames = unitList.stream().collect(Collectors.toMap(UnitData::code, UnitData::name));
        leaders = cadres.find(new CadreFilter(null, CadreRank.COUNTY_LEADER, null), new PageRequest(0, 500, "name", null)).items();
        leaderNames = leaders.stream().collect(Collectors.toMap(CadreData::id, CadreData::name));
        rows = new PagedModel<>((page, size, sort) -> campaigns.find(new CampaignFilter(year, status),
                new PageRequest(page, size, sort, q)), CampaignData::code, 20);
    }

    public void reset() {
        q = null;
        year = null;
        status = null;
    }

    public void create() {
        form = new CampaignForm();
        form.setYear(LocalDate.now(clock).getYear());
        editing = false;
    }

    public void edit(CampaignData campaign) {
        try {
            form = CampaignForm.of(campaigns.get(campaign.code()));
            editing = true;
        } catch (NotFoundException e) {
            errors.error("common.notFound");
        }
    }

    public void save() {
        try {
            CampaignData saved = editing ? campaigns.update(form.getCode(), form.data()) : campaigns.create(form.data());
            form = CampaignForm.of(saved);
            editing = true;
            errors.info("common.saved");
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

    /** The matrix of a campaign. */
    public String matrix(CampaignData campaign) {
        return "/campaign/matrix?faces-redirect=true&campaign=" + campaign.code();
    }

    /** The stationed cadres of a 驻企 campaign. */
    public String stationings(CampaignData campaign) {
        return "/campaign/stationings?faces-redirect=true&campaign=" + campaign.code();
    }

        public String unitName(String code) {
        return code == null ? null : unitNames.getOrDefault(code, code);
    }

    /** The leading group in one line: 组长 张卫东；副组长 罗国庆 … */
    public String group(CampaignData c) {
        return c.leadingGroup().stream().map(g -> Objects.toString(g.name(), leaderNames.get(g.cadre()))).collect(Collectors.joining("、"));
    }

    public boolean isOffice() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.OFFICE);
    }

    public CampaignMode[] getModes() {
        return CampaignMode.values();
    }

    public CampaignStatus[] getStatuses() {
        return CampaignStatus.values();
    }

    public List<UnitData> getUnits() {
        return unitList;
    }

    public List<CadreData> getLeaders() {
        return leaders;
    }

    public PagedModel<CampaignData> getRows() {
        return rows;
    }

    public CampaignForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public CampaignStatus getStatus() {
        return status;
    }

    public void setStatus(CampaignStatus status) {
        this.status = status;
    }
}
