package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.boundary.ScoringSchemes;
import cn.bangfu.appraisal.control.Metric;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.web.campaign.CampaignChoices;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.Labels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * 考评细则 (appraisal/schemes.xhtml): a campaign's scoring schemes, one shown as its tree of indicators with their kind,
 * points, formula or deductions and the rule units read, its vetoes, and the metrics a formula may use. The evaluation
 * officers publish a draft and draft the next version of a published scheme; units see the published ones only.
 */
@Named
@ViewScoped
public class SchemesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ScoringSchemes schemes;

    @Inject
    Campaigns campaigns;

    @Inject
    DialogSave dialogSave;

    @Inject
    Labels labels;

    private List<CampaignData> campaignList;
    private String campaign;
    private List<SchemeData> list = List.of();
    private SchemeData shown;
    private TreeNode<SchemeData.IndicatorData> tree;

    @PostConstruct
    void init() {
        campaignList = CampaignChoices.assisting(campaigns);
        String requested = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("campaign");
        campaign = CampaignChoices.preferred(campaignList, requested).map(CampaignData::code).orElse(null);
        refresh();
    }

    /** Reads the chosen campaign's schemes and shows the first, or the one shown before if it is still there. */
    public void refresh() {
        try {
            list = campaign == null ? List.of() : schemes.list(campaign);
        } catch (NotFoundException e) {
            list = List.of();
        }
        Long keep = shown == null ? null : shown.id();
        show(list.stream().filter(s -> s.id().equals(keep)).findFirst().orElse(list.isEmpty() ? null : list.get(0)));
    }

    public void show(SchemeData s) {
        shown = s;
        tree = new DefaultTreeNode<>(null, null);
        if (s != null) {
            add(tree, s.indicators());
        }
    }

    private static void add(TreeNode<SchemeData.IndicatorData> parent, List<SchemeData.IndicatorData> indicators) {
        for (SchemeData.IndicatorData i : indicators) {
            TreeNode<SchemeData.IndicatorData> node = new DefaultTreeNode<>(i, parent);
            node.setExpanded(true);
            add(node, i.children() == null ? List.of() : i.children());
        }
    }

    public void publish() {
        SchemeData done = dialogSave.run(() -> schemes.publish(shown.id(), shown.version()), Map.of(), "scheme.publishedDone");
        if (done != null) {
            shown = done;
            refresh();
        }
    }

    /** Drafts the next version of the scheme shown, a copy of it, and shows it. */
    public void nextVersion() {
        SchemeData copy = new SchemeData(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, shown.id());
        SchemeData draft = dialogSave.run(() -> schemes.create(campaign, copy), Map.of(), "scheme.drafted");
        if (draft != null) {
            shown = draft;
            refresh();
        }
    }

    /** "MINOR 1 / MAJOR 3 / SERIOUS 5" in the reader's words. */
    public String deductions(SchemeData.IndicatorData i) {
        if (i.deductions() == null) {
            return "";
        }
        return String.join(" / ", i.deductions().entrySet().stream()
                .map(e -> labels.get("inspection.severity." + e.getKey()) + " " + e.getValue().toPlainString()).toList());
    }

    /** The metrics a formula may use, each with what it counts, in the reader's language. */
    public List<String> getMetrics() {
        return Arrays.stream(Metric.values()).map(m -> m.label(labels.locale())).toList();
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

    public List<SchemeData> getList() {
        return list;
    }

    public SchemeData getShown() {
        return shown;
    }

    public TreeNode<SchemeData.IndicatorData> getTree() {
        return tree;
    }
}
