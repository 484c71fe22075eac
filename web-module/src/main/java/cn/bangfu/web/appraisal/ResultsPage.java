package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.boundary.AppraisalDocuments;
import cn.bangfu.appraisal.boundary.AppraisalResults;
import cn.bangfu.appraisal.boundary.ScoringSchemes;
import cn.bangfu.appraisal.control.Quota;
import cn.bangfu.appraisal.entity.ResultsData;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Xlsx;
import cn.bangfu.web.platform.Downloads;
import cn.bangfu.web.platform.Labels;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * 考评结果 (appraisal/results.xhtml): a scheme's ranking within each unit type, the grades and the quota use, with the
 * rules they follow in words; provisional until every form is finalised. A unit sees the published results.
 */
@Named
@ViewScoped
public class ResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AppraisalResults results;

    @Inject
    ScoringSchemes schemes;

    @Inject
    AppraisalDocuments documents;

    @Inject
    Campaigns campaigns;

    @Inject
    Labels labels;

    private final SchemeChoice choice = new SchemeChoice(true);
    private ResultsData data;

    @PostConstruct
    void init() {
        choice.init(campaigns, schemes);
        refresh();
    }

    public void changeCampaign() {
        choice.reload(schemes);
        refresh();
    }

    public void refresh() {
        try {
            data = choice.getSchemeId() == null ? null : results.of(choice.getCampaign(), choice.getSchemeId());
        } catch (NotFoundException | InvalidInputException e) {
            data = null;
        }
    }

    public StreamedContent getSheet() {
        return Downloads.of("考评结果汇总表.xlsx", Xlsx.MEDIA_TYPE, documents.resultsSheet(choice.getCampaign(), choice.getSchemeId()));
    }

    public StreamedContent getPdf() {
        return Downloads.of("考评结果.pdf", "application/pdf", documents.resultsPdf(choice.getCampaign(), choice.getSchemeId()));
    }

    /** The scheme's quotas in the reader's words ({@link #quotaRule}). */
    public String getQuotaRule() {
        return quotaRule(labels, data.rules().excellentQuotaPercent(), data.rules().goodQuotaPercent());
    }

    /**
     * Quotas in the reader's words, as GradingRulesText words them for the documents: a grade not limited (100%), not given
     * (0%) or limited to a share, with the rounding only where a share applies.
     */
    static String quotaRule(Labels labels, int excellentPercent, int goodPercent) {
        return labels.get("appraisal.results.quotaRule", quota(labels, "EXCELLENT", excellentPercent), quota(labels, "GOOD", goodPercent))
                + (Quota.anyShare(excellentPercent, goodPercent) ? labels.get("appraisal.results.quotaRounding") : "");
    }

    private static String quota(Labels labels, String grade, int percent) {
        String name = labels.get("grade." + grade);
        return switch (Quota.of(percent)) {
            case FREE -> labels.get("appraisal.results.quotaFree", name);
            case NONE -> labels.get("appraisal.results.quotaNone", name);
            case SHARE -> labels.get("appraisal.results.quotaLimited", name, percent);
        };
    }

    public SchemeChoice getChoice() {
        return choice;
    }

    public ResultsData getData() {
        return data;
    }
}
