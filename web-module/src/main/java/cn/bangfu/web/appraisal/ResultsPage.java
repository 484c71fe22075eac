package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.boundary.AppraisalDocuments;
import cn.bangfu.appraisal.boundary.AppraisalResults;
import cn.bangfu.appraisal.boundary.ScoringSchemes;
import cn.bangfu.appraisal.entity.ResultsData;
import cn.bangfu.campaign.boundary.Campaigns;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Xlsx;
import cn.bangfu.web.platform.Downloads;
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

    public SchemeChoice getChoice() {
        return choice;
    }

    public ResultsData getData() {
        return data;
    }
}
