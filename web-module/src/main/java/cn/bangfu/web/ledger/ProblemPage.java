package cn.bangfu.web.ledger;

import cn.bangfu.ledger.boundary.Problems;
import cn.bangfu.ledger.entity.ProblemAction;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemState;
import cn.bangfu.ledger.entity.ProblemEventData;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.StoredFile;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.Downloads;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * One problem (ledger/problem.xhtml?id=…): what it is, where it stands (light, working days left, deadlines), its
 * history newest first, its files, and the steps the user may take now ({@link ProblemSteps}); the office also sees
 * similar open problems of other enterprises. Outside the user's scope it is "not found", as on the API.
 */
@Named
@ViewScoped
public class ProblemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Problems problems;

    @Inject
    Labels labels;

    @Inject
    DialogSave dialogSave;

    private Long id;
    private ProblemData problem;
    private List<ProblemData> similar;
    private boolean missing;

    /** Reads the problem of the view parameter {@code id}. */
    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            problem = problems.get(id, labels.locale());
            similar = null;
        } catch (NotFoundException e) {
            missing = true;
        }
    }

    /** Takes a step through the boundary; the page shows the problem as it now is, or the reasons it was refused. */
    boolean act(Supplier<ProblemData> step, Map<String, String> inputs, String doneLabel) {
        ProblemData after = dialogSave.run(step, inputs, doneLabel);
        if (after != null) {
            problem = after;
            similar = null;
        }
        return after != null;
    }

    public void upload(FileUploadEvent event) {
        String name = event.getFile().getFileName();
        byte[] content = event.getFile().getContent();
        act(() -> problems.attach(id, null, name, content, labels.locale()), Map.of(), "ledger.attached");
    }

    public StreamedContent download(long fileId) {
        StoredFile f = problems.attachment(id, fileId);
        return Downloads.of(f.getFileName(), f.getContentType(), f.getContent());
    }

    /** The history newest first, as a timeline reads. */
    public List<ProblemEventData> getHistory() {
        List<ProblemEventData> events = new ArrayList<>(problem.events() == null ? List.of() : problem.events());
        Collections.reverse(events);
        return events;
    }

    /** Open problems of other enterprises like this one (the page shows them to the office): read when first shown. */
    public List<ProblemData> getSimilar() {
        if (similar == null) {
            similar = problems.similarTo(id, labels.locale());
        }
        return similar;
    }

    /** Whether the user may attach files: the office, the responsible unit, the enterprise. */
    public boolean isAttachable() {
        return problem != null && problem.attachable();
    }

    /** Whether the problem is open, so similar open problems of other enterprises are worth showing. */
    public boolean isOpen() {
        return problem != null && ProblemState.valueOf(problem.state()).open();
    }

    /** What an event says beyond its reason: a rating in the reader's words with its comment; the rest as recorded (a resumption nothing). */
    public String noteOf(ProblemEventData e) {
        if (ProblemAction.RESUME.name().equals(e.action())) {
            return null;
        }
        if (ProblemAction.RATE.name().equals(e.action()) && e.note() != null) {
            int colon = e.note().indexOf(": ");
            String code = colon < 0 ? e.note() : e.note().substring(0, colon);
            return labels.get("ledger.rating." + code) + (colon < 0 ? "" : "：" + e.note().substring(colon + 2));
        }
        return e.note();
    }

    public boolean may(String action) {
        return problem != null && problem.may(action);
    }

    public ProblemData getProblem() {
        return problem;
    }

    public boolean isMissing() {
        return missing;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
