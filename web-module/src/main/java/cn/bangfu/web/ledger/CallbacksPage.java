package cn.bangfu.web.ledger;

import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.ledger.boundary.Callbacks;
import cn.bangfu.ledger.entity.CallbackData;
import cn.bangfu.ledger.entity.CallbackInput;
import cn.bangfu.ledger.entity.CallbackResult;
import cn.bangfu.ledger.entity.CallbackSampleData;
import cn.bangfu.web.campaign.CampaignChoices;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.web.platform.DialogSave;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * 回访 (ledger/callbacks.xhtml): the office draws a random share of the resolved problems (a seed repeats a draw),
 * records what each enterprise said on the phone, and sees the flags that deserve a second look.
 */
@Named
@ViewScoped
public class CallbacksPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> DRAW_INPUTS = Map.of("percentage", "drawForm:percentage", "to", "drawForm:to");
    private static final Map<String, String> CALL_INPUTS = Map.of("result", "callForm:result", "note", "callForm:note");

    @Inject
    Campaigns campaigns;

    @Inject
    Callbacks callbacks;

    @Inject
    DialogSave dialogSave;

    private List<CampaignData> campaignList;
    private String campaign;
    private Integer percentage = 10;
    private Long seed;
    private LocalDate from;
    private LocalDate to;
    private List<CallbackSampleData> samples;
    private CallbackData call;
    private String result;
    private String note;
    private boolean manageable;

    @PostConstruct
    void init() {
        campaignList = CampaignChoices.assisting(campaigns);
        campaign = CampaignChoices.preferred(campaignList, null).map(CampaignData::code).orElse(null);
        refresh();
    }

    public void refresh() {
        try {
            samples = campaign == null ? List.of() : callbacks.samples(campaign);
            manageable = campaign != null;
        } catch (ForbiddenException e) {
            // A campaign of a wider region: its office calls back, not this one.
            samples = List.of();
            manageable = false;
        }
    }

    public boolean isManageable() {
        return manageable;
    }

    public void draw() {
        if (dialogSave.run(() -> callbacks.draw(campaign, new CallbackSampleData(null, percentage, seed, from, to, 0, null, null, null)),
                DRAW_INPUTS, "ledger.callback.drawn") != null) {
            refresh();
        }
    }

    public void open(CallbackData c) {
        call = c;
        result = c.result();
        note = c.note();
    }

    public void record() {
        if (dialogSave.run(() -> callbacks.record(campaign, call.id(), new CallbackInput(result, note, call.version())), CALL_INPUTS,
                "common.saved") != null) {
            refresh();
        }
    }

    public CallbackResult[] getResults() {
        return CallbackResult.values();
    }

    public List<CampaignData> getCampaignList() {
        return campaignList;
    }

    public List<CallbackSampleData> getSamples() {
        return samples;
    }

    public CallbackData getCall() {
        return call;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public Integer getPercentage() {
        return percentage;
    }

    public void setPercentage(Integer percentage) {
        this.percentage = percentage;
    }

    public Long getSeed() {
        return seed;
    }

    public void setSeed(Long seed) {
        this.seed = seed;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
