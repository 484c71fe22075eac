package cn.bangfu.web.report;

import cn.bangfu.report.boundary.Circulars;
import cn.bangfu.report.entity.CircularData;
import cn.bangfu.web.inspection.InspectionRoundPage;
import cn.bangfu.web.platform.DialogSave;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The circulars of the round on its page: listed, and for the office a new draft, opened for editing at once. */
@Named
@ViewScoped
public class RoundCircularsBlock implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    InspectionRoundPage page;

    @Inject
    Circulars circulars;

    @Inject
    DialogSave dialogSave;

    private List<CircularData> list;

    public List<CircularData> getList() {
        if (list == null) {
            list = circulars.ofRound(page.getCampaign(), page.getRound());
        }
        return list;
    }

    /** Drafts a circular and opens it; stays here with the reason when refused. */
    public String draft() {
        CircularData c = dialogSave.run(() -> circulars.draft(page.getCampaign(), page.getRound(), null), Map.of(), "circular.drafted");
        return c == null ? null : "/report/circular?faces-redirect=true&id=" + c.id();
    }
}
