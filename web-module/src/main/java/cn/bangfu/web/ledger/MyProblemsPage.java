package cn.bangfu.web.ledger;

import cn.bangfu.ledger.boundary.ProblemLedger;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.Light;
import cn.bangfu.ledger.entity.ProblemQuery;
import cn.bangfu.ledger.entity.ProblemState;
import java.util.EnumSet;
import java.util.Set;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The user's own problems (ledger/mine.xhtml), by what he has to do. A unit's 待办: to accept, in progress by deadline,
 * extensions waiting for the office, resolved. A contact leader's: his targets' RED and escalated problems. An
 * enterprise's: its problems and how far each has come. Each list is paged in the database.
 */
@Named
@ViewScoped
public class MyProblemsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ProblemLedger ledger;

    @Inject
    Labels labels;

    private PagedModel<ProblemData> toAccept;
    private PagedModel<ProblemData> inProgress;
    private PagedModel<ProblemData> extensions;
    private PagedModel<ProblemData> resolved;
    private PagedModel<ProblemData> red;
    private PagedModel<ProblemData> escalated;
    private PagedModel<ProblemData> all;

    @PostConstruct
    void init() {
        Set<ProblemState> working = EnumSet.copyOf(ProblemState.RUNNING);
        working.remove(ProblemState.ROUTED);
        toAccept = list(new ProblemQuery(ProblemState.ROUTED.name(), null, null, null, null, null, null), false, null);
        inProgress = list(new ProblemQuery(ProblemState.names(working), null, null, null, null, null, null), false, null);
        extensions = list(ProblemQuery.NONE, true, null);
        resolved = list(new ProblemQuery(ProblemState.names(ProblemState.RESOLVED_OR_CLOSED), null, null, null, null, null, null), false, "-number");
        red = list(new ProblemQuery(null, Light.RED.name(), null, null, null, null, null), false, null);
        escalated = list(new ProblemQuery(ProblemState.names(ProblemState.RUNNING), null, null, null, null, null, Boolean.TRUE), false, null);
        all = list(ProblemQuery.NONE, false, "-number");
    }

    /** One of the lists: by deadline unless {@code order} says otherwise. */
    private PagedModel<ProblemData> list(ProblemQuery query, boolean extensionPending, String order) {
        return new PagedModel<>((page, size, sort) -> ledger.mine(query, extensionPending,
                new PageRequest(page, size, sort == null ? order : sort, null), labels.locale()), r -> String.valueOf(r.id()), 20);
    }

    public PagedModel<ProblemData> getToAccept() {
        return toAccept;
    }

    public PagedModel<ProblemData> getInProgress() {
        return inProgress;
    }

    public PagedModel<ProblemData> getExtensions() {
        return extensions;
    }

    public PagedModel<ProblemData> getResolved() {
        return resolved;
    }

    public PagedModel<ProblemData> getRed() {
        return red;
    }

    public PagedModel<ProblemData> getEscalated() {
        return escalated;
    }

    public PagedModel<ProblemData> getAll() {
        return all;
    }
}
