package cn.bangfu.web.campaign;

import cn.bangfu.platform.entity.Roles;
import java.time.Clock;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.boundary.Stationings;
import cn.bangfu.campaign.entity.CampaignFilter;
import cn.bangfu.campaign.entity.CadreRef;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.campaign.entity.CampaignMode;
import cn.bangfu.campaign.entity.StationingCounts;
import cn.bangfu.campaign.entity.StationingData;
import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
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
 * "end" dialog and the cancelling of one not begun, with the boundary's messages beside the fields. A unit
 * sees the cadres it dispatched. The table is paged by the database, the counts above it come in one query.
 */
@Named
@ViewScoped
public class StationingList implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    /** Where each field's errors show; the dispatching unit comes from the cadre, so its errors show on the cadre. */
    private static final Map<String, String> STATION_INPUTS = Map.of("cadre", "stationForm:cadre", "target", "stationForm:target",
            "dispatchingUnit", "stationForm:cadre", "from", "stationForm:from", "to", "stationForm:to");
    private static final Map<String, String> END_INPUTS = Map.of("to", "endForm:to", "from", "endForm:to");
    /** The campaigns the selector offers, newest first; a campaign asked for by its code is added if older. */
    private static final int CAMPAIGNS = 200;

    @Inject
    Stationings stationings;

    @Inject
    Campaigns campaigns;

    @Inject
    DialogSave dialog;

    @Inject
    Labels labels;

    private String campaignCode;
    private String selected;
    private List<CampaignData> campaignList;
    private CampaignData campaign;
    private String q;
    private PagedModel<StationingData> rows;
    private StationingCounts counts;
    /** Whether the caller manages the campaign shown; null until asked. */
    private Boolean manages;
    private StationingForm form;
    private StationingData ending;
    private LocalDate endOn;
    /** The cadres and labels of the targets the pickers suggested. */
    private final Map<String, CadreRef> suggestedCadres = new HashMap<>();
    private final Map<String, String> targetLabels = new HashMap<>();

    @PostConstruct
    void init() {
        rows = new PagedModel<>((page, size, sort) -> {
            try {
                return campaign == null ? new Page<>(List.of(), 0)
                        : stationings.find(campaign.code(), new PageRequest(page, size, sort, q));
            } catch (NotFoundException e) {
                return new Page<>(List.of(), 0);
            }
        }, s -> String.valueOf(s.id()), 20);
    }

    /** Called by f:viewAction once the parameter is set: the requested campaign, else the first active stationed one. */
    public void load() {
        if (campaignList != null) {
            return;
        }
        campaignList = new ArrayList<>(campaigns.find(new CampaignFilter(null, null, CampaignMode.STATIONED),
                PageRequest.first(CAMPAIGNS)).items());
        if (campaignCode != null) {
            campaign = requested(campaignCode);
            if (campaign != null && campaignList.stream().noneMatch(c -> c.code().equals(campaign.code()))) {
                campaignList.add(0, campaign);
            }
        } else {
            campaign = CampaignChoices.preferred(campaignList, null).orElse(null);
        }
        selected = campaign == null ? null : campaign.code();
        changed();
    }

    /** The stationed campaign with this code, if the caller sees it. */
    private CampaignData requested(String code) {
        try {
            CampaignData c = campaigns.get(code);
            return c.stationed() ? c : null;
        } catch (NotFoundException e) {
            return null;
        }
    }

    /** Switches to the campaign chosen in the selector. */
    public void switchCampaign() {
        campaign = campaignList.stream().filter(c -> c.code().equals(selected)).findFirst().orElse(campaign);
        manages = null;
        changed();
        PagedModel.toFirstPage("stationings:table");
    }

    public void search() {
        changed();
    }

    public void reset() {
        q = null;
        changed();
    }

    /** The list changed, or its filter did: the counts are asked again. */
    private void changed() {
        counts = null;
    }

    public PagedModel<StationingData> getRows() {
        return rows;
    }

    /** How many stationings the list holds, and how many are 在驻, 已结束, 待驻: one query, whatever the list's size. */
    public StationingCounts getCounts() {
        if (counts == null) {
            try {
                counts = campaign == null ? new StationingCounts(0, 0, 0, 0) : stationings.count(campaign.code(), q);
            } catch (NotFoundException e) {
                counts = new StationingCounts(0, 0, 0, 0);
            }
        }
        return counts;
    }

    public void newStationing() {
        form = new StationingForm();
        form.setFrom(LocalDate.now(clock));
    }

    /** The cadre picked: his own unit dispatches him. */
    public void cadrePicked() {
        CadreRef cadre = form.getCadre() == null ? null : suggestedCadres.get(form.getCadre());
        form.setDispatchingUnit(cadre == null ? null : cadre.unitCode());
    }

    /** The name of the picked cadre's unit, which dispatches him; null before a cadre is picked. */
    public String getDispatchingUnitName() {
        CadreRef cadre = form == null || form.getCadre() == null ? null : suggestedCadres.get(form.getCadre());
        return cadre == null ? null : cadre.unitName();
    }

    public void station() {
        cadrePicked();
        if (dialog.run(() -> stationings.station(campaign.code(), form.data()), STATION_INPUTS) != null) {
            changed();
        }
    }

    /** Opens the end dialog; its last day is today, or the first day of a stationing not begun yet. */
    public void end(StationingData s) {
        ending = s;
        LocalDate today = LocalDate.now(clock);
        endOn = s.from().isAfter(today) ? s.from() : today;
    }

    public void saveEnd() {
        if (dialog.run(() -> stationings.changePeriod(campaign.code(), ending.id(), StationingData.period(null, endOn, ending.version())),
                END_INPUTS) != null) {
            changed();
        }
    }

    /** Cancels a stationing not begun yet, entered by mistake (the page asked to confirm). */
    public void cancel(StationingData s) {
        if (dialog.run(() -> {
            stationings.cancel(campaign.code(), s.id(), s.version());
            return s;
        }, Map.of(), "stationing.cancelled") != null) {
            changed();
        }
    }

    public String confirmCancel(StationingData s) {
        return labels.get("stationing.confirmCancel", s.cadreName(), s.target().name(), s.from().toString());
    }

    /**
     * Cadres of the campaign's region whose name or unit contains the text, as cadre ids; none where the
     * caller may not station (the picker then just finds nothing).
     */
    public List<String> completeCadre(String text) {
        List<String> ids = new ArrayList<>();
        try {
            for (CadreRef c : stationings.cadres(campaign.code(), text)) {
                String id = String.valueOf(c.id());
                suggestedCadres.put(id, c);
                ids.add(id);
            }
        } catch (ForbiddenException | NotFoundException e) {
            return List.of();
        }
        return ids;
    }

    /** Enterprises and key projects of the campaign's region whose name contains the text, as picker keys; none as above. */
    public List<String> completeTarget(String text) {
        List<String> keys = new ArrayList<>();
        try {
            for (TargetRef t : stationings.targets(campaign.code(), text)) {
                String key = StationingForm.targetKey(t);
                targetLabels.put(key, t.name());
                keys.add(key);
            }
        } catch (ForbiddenException | NotFoundException e) {
            return List.of();
        }
        return keys;
    }

    public String cadreLabel(String id) {
        CadreRef c = id == null ? null : suggestedCadres.get(id);
        if (c == null) {
            return id;
        }
        return c.name() + (c.position() == null ? "" : "（" + c.position() + "）") + " · " + c.unitName();
    }

    public String targetLabel(String key) {
        return key == null ? null : targetLabels.getOrDefault(key, key);
    }

    public boolean isOffice() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.OFFICE);
    }

    /** Whether the write buttons show: the office that manages the campaign (a county office, not a city's campaign), while it is open. */
    public boolean isEditable() {
        if (!isOffice() || campaign == null) {
            return false;
        }
        if (manages == null) {
            try {
                manages = stationings.manages(campaign.code());
            } catch (NotFoundException e) {
                manages = false;
            }
        }
        return manages;
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
