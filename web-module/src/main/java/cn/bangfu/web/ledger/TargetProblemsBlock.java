package cn.bangfu.web.ledger;

import cn.bangfu.campaign.entity.TimelineEntry;
import cn.bangfu.ledger.boundary.ProblemLedger;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemFilter;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.campaign.TargetTimelinePage;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The problems of a target on its team timeline (campaign/target.xhtml), newest first, and its registration from the
 * page: a unit of the team (or the office) registers a problem, from one of the team's visits if it came from one.
 */
@Named
@ViewScoped
public class TargetProblemsBlock implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int SHOWN = 50;

    @Inject
    TargetTimelinePage timeline;

    @Inject
    ProblemLedger ledger;

    @Inject
    ProblemRegistration registration;

    @Inject
    Labels labels;

    private List<ProblemData> problems;

    public List<ProblemData> getProblems() {
        if (problems == null) {
            ProblemFilter f = new ProblemFilter(null, null, null, null, null, timeline.getTarget(), null, null, null);
            problems = ledger.find(timeline.getCampaign(), f, new PageRequest(0, SHOWN, null, null), labels.locale()).items();
        }
        return problems;
    }

    /** The team's visits, for "the visit it came from". */
    public List<TimelineEntry> getVisits() {
        return timeline.getTimeline() == null ? List.of() : timeline.getTimeline().entries().stream().filter(TimelineEntry::visit).toList();
    }

    public void prepare() {
        registration.prepare(timeline.getCampaign(), timeline.getTarget());
    }
}
