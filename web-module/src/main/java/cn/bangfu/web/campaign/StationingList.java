package cn.bangfu.web.campaign;

import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.boundary.Stationings;
import cn.bangfu.campaign.control.AssignmentLookups;
import cn.bangfu.campaign.control.CampaignSearch;
import cn.bangfu.campaign.entity.CadreRef;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.StationingData;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.org.boundary.CadreDirectory;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.DialogSave;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stationed cadres (驻企干部) of a 百名干部助百企 campaign (campaign/stationings.xhtml?campaign=…):
 * each target with its cadre (position, phone), dispatching unit, period and status, filtered by text;
 * for the office the "station a cadre" dialog (the unit is the cadre's own, filled from him) and the
 * "end" dialog, with the boundary's messages beside the fields. A unit sees the cadres it dispatched.
 */
@Named
@ViewScoped
public class StationingList implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Where each field's errors show; the dispatching unit comes from the cadre, so its errors show on the cadre. */
    private static final Map<String, String> STATION_INPUTS = Map.of("cadre", "stationForm:cadre", "target", "stationForm:target",
            "dispatchingUnit", "stationForm:cadre", "from", "stationForm:from", "to", "stationForm:to");
    private static final Map<String, String> END_INPUTS = Map.of("to", "endForm:to", "from", "endForm:to");

    @Inject
    Stationings stationings;

    @Inject
    Campaigns campaigns;

    @Inject
    CadreDirectory cadres;

    @Inject
    DialogSave dialog;

    private String campaignCode;
    private String selected;
    private List<CampaignData> campaignList;
    private CampaignData campaign;
    private String q;
    private List<StationingData> rows;
    private StationingForm form;
    private StationingData ending;
    private LocalDate endOn;
    private Map<String, String> unitNames;
    /** Labels and units of the cadres and targets the pickers suggested. */
    private final Map<String, String> cadreLabels = new HashMap<>();
    private final Map<String, String> cadreUnits = new HashMap<>();
    private final Map<String, String> targetLabels = new HashMap<>();

    /** Called by f:viewAction once the parameter is set: the requested campaign, else the first active stationed one. */
    public void load() {
        if (campaignList != null) {
            return;
        }
        campaignList = campaigns.find(CampaignSearch.Filter.NONE, new PageRequest(0, 200, null, null)).items().stream()
                .filter(CampaignData::stationed).toList();
        campaign = campaignList.stream().filter(c -> c.code().equals(campaignCode)).findFirst()
                .orElse(campaignCode != null ? null : campaignList.stream().filter(c -> "ACTIVE".equals(c.status())).findFirst()
                        .orElse(campaignList.isEmpty() ? null : campaignList.get(0)));
        selected = campaign == null ? null : campaign.code();
        rows = null;
    }

    /** Switches to the campaign chosen in the selector. */
    public void switchCampaign() {
        campaign = campaignList.stream().filter(c -> c.code().equals(selected)).findFirst().orElse(campaign);
        rows = null;
    }

    public void search() {
        rows = null;
    }

    public void reset() {
        q = null;
        rows = null;
    }

    public List<StationingData> getRows() {
        if (rows == null) {
            try {
                rows = campaign == null ? List.of() : stationings.find(campaign.code(), q);
            } catch (NotFoundException e) {
                rows = List.of();
            }
        }
        return rows;
    }

    /** How many of the listed stationings have this status. */
    public long count(String status) {
        return getRows().stream().filter(s -> s.status().equals(status)).count();
    }

    public void newStationing() {
        form = new StationingForm();
        form.setFrom(AssignmentLookups.today());
    }

    /** The cadre picked: his own unit dispatches him. */
    public void cadrePicked() {
        form.setDispatchingUnit(form.getCadre() == null ? null : cadreUnits.get(form.getCadre()));
    }

    public void station() {
        cadrePicked();
        if (dialog.run(() -> stationings.station(campaign.code(), form.data()), STATION_INPUTS) != null) {
            rows = null;
        }
    }

    public void end(StationingData s) {
        ending = s;
        LocalDate today = AssignmentLookups.today();
        endOn = s.to() != null && s.to().isBefore(today) ? s.to() : today;
    }

    public void saveEnd() {
        if (dialog.run(() -> stationings.changePeriod(campaign.code(), ending.id(), StationingData.period(null, endOn, ending.version())),
                END_INPUTS) != null) {
            rows = null;
        }
    }

    /** Cadres of the campaign's region whose name or unit contains the text, as cadre ids. */
    public List<String> completeCadre(String text) {
        List<String> ids = new ArrayList<>();
        for (CadreRef c : stationings.cadres(campaign.code(), text)) {
            String id = String.valueOf(c.id());
            cadreLabels.put(id, c.name() + (c.position() == null ? "" : "（" + c.position() + "）") + " · " + unitName(c.unitCode()));
            cadreUnits.put(id, c.unitCode());
            ids.add(id);
        }
        return ids;
    }

    /** Enterprises and key projects of the campaign's region whose name contains the text, as picker keys. */
    public List<String> completeTarget(String text) {
        List<String> keys = new ArrayList<>();
        for (TargetRef t : stationings.targets(campaign.code(), text)) {
            String key = StationingForm.targetKey(t);
            targetLabels.put(key, t.name());
            keys.add(key);
        }
        return keys;
    }

    public String cadreLabel(String id) {
        return id == null ? null : cadreLabels.getOrDefault(id, id);
    }

    public String targetLabel(String key) {
        return key == null ? null : targetLabels.getOrDefault(key, key);
    }

    public String unitName(String code) {
        if (unitNames == null) {
            unitNames = new HashMap<>();
            for (UnitData u : cadres.units()) {
                unitNames.put(u.code(), u.name());
            }
        }
        return code == null ? null : unitNames.getOrDefault(code, code);
    }

    /** The severity of a status tag. */
    public String severity(String status) {
        return switch (status) {
            case "ACTIVE" -> "success";
            case "UPCOMING" -> "info";
            default -> "secondary";
        };
    }

    public boolean isOffice() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("OFFICE");
    }

    public boolean isEditable() {
        return isOffice() && campaign != null && !"CLOSED".equals(campaign.status());
    }

    public boolean isMissing() {
        return campaign == null;
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

    /** The campaign chosen in the selector. */
    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public StationingForm getForm() {
        return form;
    }

    public StationingData getEnding() {
        return ending;
    }

    public LocalDate getEndOn() {
        return endOn;
    }

    public void setEndOn(LocalDate endOn) {
        this.endOn = endOn;
    }
}
