package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.Rectifications;
import cn.bangfu.inspection.entity.RectificationData;
import cn.bangfu.inspection.entity.RectificationEventData;
import cn.bangfu.inspection.entity.RectificationStep;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.web.platform.DialogSave;
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

/**
 * One rectification (inspection/rectification.xhtml?id=…): the finding with its photos, the deadline and light, the
 * history; the responsible unit adds evidence photos and submits what it did, an inspector of the round accepts it or
 * sends it back with a reason. Outside the caller's scope it is "not found", as on the API.
 */
@Named
@ViewScoped
public class RectificationPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "act:";

    @Inject
    Rectifications rectifications;

    @Inject
    DialogSave dialogSave;

    private Long id;
    private RectificationData data;
    private boolean missing;
    private String note;
    private String reason;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            data = rectifications.get(id);
        } catch (NotFoundException e) {
            missing = true;
        }
    }

    public void submit() {
        if (act(() -> rectifications.act(id, new RectificationStep("SUBMIT", note, null, data.version())), Map.of("note", FORM + "note"),
                "inspection.rectification.submitted")) {
            note = null;
        }
    }

    public void accept() {
        act(() -> rectifications.act(id, new RectificationStep("ACCEPT", null, null, data.version())), Map.of(), "inspection.rectification.accepted");
    }

    public void reject() {
        if (act(() -> rectifications.act(id, new RectificationStep("REJECT", null, reason, data.version())), Map.of("reason", FORM + "reason"),
                "inspection.rectification.rejected")) {
            reason = null;
        }
    }

    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        act(() -> rectifications.addEvidence(id, content), Map.of(), "inspection.photo.added");
    }

    private boolean act(Supplier<RectificationData> step, Map<String, String> inputs, String done) {
        RectificationData after = dialogSave.run(step, inputs, done);
        if (after != null) {
            data = after;
        }
        return after != null;
    }

    public boolean may(String action) {
        return data != null && data.actions().contains(action);
    }

    /** The history newest first, as a timeline reads. */
    public List<RectificationEventData> getHistory() {
        List<RectificationEventData> events = new ArrayList<>(data.events());
        Collections.reverse(events);
        return events;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public RectificationData getData() {
        return data;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
