package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.Findings;
import cn.bangfu.inspection.entity.FindingData;
import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The 督查发现 section of a round: its findings newest first, paged in the database, filtered by severity. */
@Named
@ViewScoped
public class RoundFindingsTab implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionRoundPage page;

    @Inject
    Findings findings;

    private String severity;
    private PagedModel<FindingData> list;

    @PostConstruct
    void init() {
        list = new PagedModel<>((p, size, sort) -> findings.list(page.getCampaign(), page.getRound(),
                new Findings.Filter(null, null, null, severity), new PageRequest(p, size, null, null)), f -> String.valueOf(f.id()), 20);
    }

    public List<String> getSeverities() {
        return Severity.codes();
    }

    public PagedModel<FindingData> getList() {
        return list;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }
}
