package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.boundary.ScoringSchemes;
import cn.bangfu.appraisal.control.Metric;
import cn.bangfu.appraisal.entity.AppliesTo;
import cn.bangfu.appraisal.entity.Grade;
import cn.bangfu.appraisal.entity.PeriodType;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.campaign.entity.CampaignData;
import cn.bangfu.org.entity.UnitType;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.web.campaign.CampaignChoices;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.Labels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * 考评细则 (appraisal/schemes.xhtml): a campaign's scoring schemes, one shown as its tree of indicators with their kind,
 * points, formula or deductions and the rule units read, its vetoes, and the metrics a formula may use. The evaluation
 * officers start a scheme from nothing, edit a draft ({@link SchemeEditor}), try it on a unit ({@link SchemePreviewPanel}),
 * publish it and draft the next version of a published one; units see the published ones only.
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

    @Inject
    SchemeEditor editor;

    @Inject
    Clock clock;

    private List<CampaignData> campaignList;
    private String campaign;
    private List<SchemeData> list = List.of();
    private SchemeData shown;
    private TreeNode<SchemeData.IndicatorData> tree;

    @PostConstruct
    void init() {
        campaignList = CampaignChoices.assisting(campaigns);
        campaign = CampaignChoices.requested(campaignList);
        refresh();
    }

    /** Another campaign: its schemes, and whatever was being edited is dropped. */
    public void changeCampaign() {
        editor.stop();
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

    /** Opens a scheme of the list, leaving the editor. */
    public void open(SchemeData s) {
        editor.stop();
        show(s);
    }

    private void show(SchemeData s) {
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
        SchemeData copy = new SchemeData(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, shown.id());
        SchemeData draft = dialogSave.run(() -> schemes.create(campaign, copy), Map.of(), "scheme.drafted");
        if (draft != null) {
            shown = draft;
            refresh();
        }
    }

    /** Edits the draft shown. */
    public void edit() {
        editor.start(shown);
    }

    /**
     * Starts a scheme from nothing: the smallest one that saves, for the campaign's year, named after the campaign so that
     * it does not become the next version of a scheme of the same name by accident.
     */
    public void newScheme() {
        CampaignData c = campaignList.stream().filter(x -> x.code().equals(campaign)).findFirst().orElse(null);
        if (c == null) {
            return;
        }
        int year = c.year() != null ? c.year() : c.startDate() != null ? c.startDate().getYear() : LocalDate.now(clock).getYear();
        Set<String> taken = list.stream().map(SchemeData::name).collect(Collectors.toSet());
        String name = labels.get("schemeEdit.newName", c.name());
        for (int n = 2; taken.contains(name); n++) {
            name = labels.get("schemeEdit.newName", c.name()) + "（" + n + "）";
        }
        editor.startNew(campaign, SchemeTree.skeleton(name, year, labels.get("schemeEdit.newIndicator")));
    }

    /** The editor saved a draft: the list shows it as saved, and it is the scheme shown. */
    public void saved(SchemeData s) {
        shown = s;
        refresh();
    }

    /** The scheme a preview tries: the one edited once it is saved, else the one shown. */
    public Long getPreviewId() {
        if (editor.isEditing()) {
            return editor.getTree().getId();
        }
        return shown == null ? null : shown.id();
    }

    /** "MINOR 1 / MAJOR 3 / SERIOUS 5" in the reader's words. */
    public String deductions(SchemeData.IndicatorData i) {
        if (i.deductions() == null) {
            return "";
        }
        return String.join(" / ", i.deductions().entrySet().stream()
                .map(e -> labels.get("inspection.severity." + e.getKey()) + " " + e.getValue().toPlainString()).toList());
    }

    /** A scheme's grade rules in the reader's words: the thresholds, then the quotas. */
    public String grading(SchemeData s) {
        SchemeData.GradingData g = s.grading();
        return labels.get("scheme.gradingShown", plain(g.excellentFrom()), plain(g.goodFrom()), plain(g.passFrom()),
                ResultsPage.quotaRule(labels, g.excellentQuotaPercent(), g.goodQuotaPercent()));
    }

    /** The metrics a formula may use, each with what it counts, in the reader's language. */
    public List<String> getMetrics() {
        return Arrays.stream(Metric.values()).map(m -> m.label(labels.locale())).toList();
    }

    /** Points as people write them: 30, 2.5. */
    static String plain(BigDecimal p) {
        BigDecimal s = p.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    public List<String> getPeriodTypes() {
        return names(PeriodType.values());
    }

    public List<String> getAppliesToChoices() {
        return names(AppliesTo.values());
    }

    public List<String> getUnitTypeChoices() {
        return names(UnitType.values());
    }

    public List<String> getGrades() {
        return names(Grade.values());
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
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
