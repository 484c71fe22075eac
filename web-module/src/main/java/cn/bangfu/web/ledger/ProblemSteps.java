package cn.bangfu.web.ledger;

import cn.bangfu.campaign.boundary.Assignments;
import cn.bangfu.ledger.boundary.Problems;
import cn.bangfu.ledger.entity.ProblemAction;
import cn.bangfu.ledger.entity.ProblemStep;
import cn.bangfu.ledger.entity.Rating;
import cn.bangfu.ledger.entity.RoutingProposal;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.UnitNames;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The steps of a problem's life on its page: one dialog that asks what the chosen step needs (the units to route to,
 * a reason, an answer, a new deadline, a rating) and takes it through the boundary, which refuses what is not
 * allowed now and says why beside the field. Steps that need nothing are confirmed and taken at once.
 */
@Named
@ViewScoped
public class ProblemSteps implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Set<ProblemAction> NEED_REASON = Set.of(ProblemAction.SEND_BACK, ProblemAction.REOPEN, ProblemAction.PAUSE,
            ProblemAction.ESCALATE, ProblemAction.WITHDRAW, ProblemAction.REJECT_EXTENSION, ProblemAction.REQUEST_EXTENSION);
    static final Set<ProblemAction> AT_ONCE = Set.of(ProblemAction.ACCEPT, ProblemAction.CLOSE, ProblemAction.RESUME,
            ProblemAction.APPROVE_EXTENSION);
    private static final Map<String, String> INPUTS = Map.of("reason", "stepForm:reason", "answer", "stepForm:answer", "unitCode", "stepForm:unit",
            "newDeadline", "stepForm:newDeadline", "rating", "stepForm:rating", "comment", "stepForm:comment");

    @Inject
    ProblemPage page;

    @Inject
    Problems problems;

    @Inject
    Assignments assignments;

    @Inject
    Labels labels;

    private ProblemAction action;
    private String reason;
    private String answer;
    private String unitCode;
    private List<String> assisting = new ArrayList<>();
    private LocalDate newDeadline;
    private String rating;
    private String comment;
    private final UnitNames unitNames = new UnitNames();

    /** Opens the dialog for a step; ROUTE starts from the target's leading unit and co-units. */
    public void open(String name) {
        action = ProblemAction.of(name);
        if (action == null) {
            return;
        }
        reason = null;
        answer = null;
        newDeadline = null;
        rating = null;
        comment = null;
        assisting = new ArrayList<>();
        unitCode = null;
        if (action == ProblemAction.ROUTE) {
            RoutingProposal p = problems.proposal(page.getId());
            unitCode = p.unitCode();
            unitNames.remember(p.unitCode(), p.unitName());
            for (int i = 0; i < p.assistingUnits().size(); i++) {
                unitNames.remember(p.assistingUnits().get(i), p.assistingUnitNames().get(i));
            }
            assisting = new ArrayList<>(p.assistingUnits());
        }
    }

    /** Takes the step the dialog was opened for; true when taken (the dialog closes). */
    public void take() {
        boolean done = page.act(() -> problems.act(page.getId(), new ProblemStep(action.name(), unitCode,
                action == ProblemAction.ROUTE ? assisting : null, reason, answer, newDeadline, rating, comment, page.getProblem().version()),
                labels.locale()), INPUTS, "ledger.step.done");
        if (done) {
            action = null;
        }
    }

    /** Takes a step that needs nothing but the user's word. */
    public void takeAtOnce(String name) {
        page.act(() -> problems.act(page.getId(), new ProblemStep(name, null, null, null, null, null, null, null, page.getProblem().version()),
                labels.locale()), Map.of(), "ledger.step.done");
    }

    public List<String> completeUnit(String text) {
        return unitNames.offer(assignments.units(page.getProblem().campaignCode(), text));
    }

    public String unitLabel(String code) {
        return unitNames.label(code);
    }

    /** The steps the user may take now, in the order of their life, split as the page shows them. */
    public List<String> getAtOnce() {
        return page.getProblem().actions().stream().filter(AT_ONCE::contains).map(Enum::name).toList();
    }

    public List<String> getWithDialog() {
        return page.getProblem().actions().stream().filter(a -> !AT_ONCE.contains(a)).map(Enum::name).toList();
    }

    public boolean isNeedsReason() {
        return action != null && NEED_REASON.contains(action);
    }

    public String getAction() {
        return action == null ? null : action.name();
    }

    public Rating[] getRatings() {
        return Rating.values();
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public List<String> getAssisting() {
        return assisting;
    }

    public void setAssisting(List<String> assisting) {
        this.assisting = assisting == null ? new ArrayList<>() : new ArrayList<>(assisting);
    }

    public LocalDate getNewDeadline() {
        return newDeadline;
    }

    public void setNewDeadline(LocalDate newDeadline) {
        this.newDeadline = newDeadline;
    }

    public String getRating() {
        return rating;
    }

    public void setRating(String rating) {
        this.rating = rating;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
