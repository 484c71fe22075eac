package cn.bangfu.web.campaign;

import java.time.Clock;
import java.time.LocalDate;
import cn.bangfu.campaign.boundary.Assignments;
import cn.bangfu.campaign.entity.Assigned;
import cn.bangfu.campaign.entity.AssignmentData;
import cn.bangfu.campaign.entity.AssignmentUnitData;
import cn.bangfu.campaign.entity.CadreRef;
import cn.bangfu.campaign.entity.MatrixRow;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.UnitNames;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign office's assign/reassign dialog on the {@link AssignmentMatrix}: autocompletes for the
 * campaign region's county leaders and units, the rules' errors beside the fields, and the warnings (a
 * unit above the per-unit limit) after saving.
 */
@Named
@ViewScoped
public class AssignmentEditor implements Serializable {

    @Inject
    Clock clock;

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of(
            "target", "assignmentForm:target", "contactLeader", "assignmentForm:leader", "leadingUnit", "assignmentForm:leadingUnit",
            "coUnits", "assignmentForm:coUnits", "validFrom", "assignmentForm:validFrom", "version", "assignmentForm:target",
            "id", "assignmentForm:target", "campaign", "assignmentForm:target");

    @Inject
    AssignmentMatrix matrix;

    @Inject
    Assignments assignments;

    @Inject
    DialogSave dialogSave;

    @Inject
    Labels labels;

    /** Names of the units and leaders the dialog has shown or suggested, for the autocompletes' labels. */
    private final UnitNames unitNames = new UnitNames();
    private final Map<String, String> leaderNames = new HashMap<>();
    private AssignmentForm form;
    private List<String> warnings = List.of();

    public void edit(MatrixRow row) {
        form = AssignmentForm.of(row, LocalDate.now(clock));
        warnings = List.of();
        if (row.current() != null) {
            remember(row.current());
        }
    }

    public void save() {
        warnings = List.of();
        String campaign = matrix.getCampaign().code();
        Assigned saved = dialogSave.attempt(() -> form.isReassigning() ? assignments.reassign(campaign, form.getAssignmentId(), form.data())
                : assignments.assign(campaign, form.data()), INPUTS);
        if (saved == null) {
            return;
        }
        warnings = saved.warnings().stream().map(labels::error).toList();
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                labels.get(saved.changed() ? "assignment.saved" : "assignment.unchanged", saved.assignment().target().name()), null));
        for (String w : warnings) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, w, null));
        }
        matrix.search();
    }

    /** County leaders of the campaign's region whose name contains the text, as cadre ids. */
    public List<String> completeLeader(String text) {
        List<String> ids = new ArrayList<>();
        for (CadreRef c : assignments.leaders(matrix.getCampaign().code(), text)) {
            leaderNames.put(String.valueOf(c.id()), c.name() + (c.position() == null ? "" : "（" + c.position() + "）"));
            ids.add(String.valueOf(c.id()));
        }
        return ids;
    }

    /** Units of the campaign's region whose name or code contains the text, as unit codes. */
    public List<String> completeUnit(String text) {
        return unitNames.offer(assignments.units(matrix.getCampaign().code(), text));
    }

    private void remember(AssignmentData a) {
        if (a.leader() != null) {
            leaderNames.put(String.valueOf(a.leader().id()),
                    a.leader().name() + (a.leader().position() == null ? "" : "（" + a.leader().position() + "）"));
        }
        for (AssignmentUnitData u : a.units()) {
            unitNames.remember(u.code(), u.name());
        }
    }

    public String leaderLabel(String id) {
        return id == null ? null : leaderNames.getOrDefault(id, id);
    }

    public String unitLabel(String code) {
        return unitNames.label(code);
    }

    public String getCoUnitsHint() {
        return matrix.getCampaign() == null ? null : labels.get("assignment.coUnitsHint", matrix.getCampaign().coUnitCount());
    }

    public AssignmentForm getForm() {
        return form;
    }

    public List<String> getWarnings() {
        return warnings;
    }
}
