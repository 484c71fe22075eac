package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.boundary.ScoringSchemes;
import cn.bangfu.appraisal.control.Formula;
import cn.bangfu.appraisal.control.FormulaProblem;
import cn.bangfu.appraisal.control.SchemeCheck;
import cn.bangfu.appraisal.entity.SchemeData;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.Messages;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The draft editor of 考评细则 (appraisal/schemes.xhtml): the header, the indicator tree and the vetoes of one draft as a
 * {@link SchemeTree}, changed in place and saved whole through the boundary, which checks everything and refuses the draft
 * with every problem on its field; the editor puts each beside its input. While the evaluator types, a formula is checked
 * as the boundary will check it ({@link Formula#check}, against the row's maximum), so are the grade rules
 * ({@link SchemeCheck#gradingProblems}, against the total), and the running sums are shown, so that most problems are seen
 * before saving.
 */
@Named
@ViewScoped
public class SchemeEditor implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The client ids the boundary's fields are mapped to: the page's form and its two tables. */
    static final String FORM = "schemes";
    static final String ROWS = "rows";
    static final String VETOES = "vetoes";

    @Inject
    ScoringSchemes schemes;

    @Inject
    DialogSave dialogSave;

    @Inject
    Labels labels;

    @Inject
    FacesErrors errors;

    @Inject
    SchemesPage page;

    private SchemeTree tree;
    private String campaign;

    /** Edits a saved draft. */
    public void start(SchemeData draft) {
        tree = SchemeTree.of(draft);
        campaign = draft.campaign();
    }

    /** Edits a new scheme of the campaign, not saved until the evaluator saves it. */
    public void startNew(String campaignCode, SchemeTree skeleton) {
        tree = skeleton;
        campaign = campaignCode;
    }

    /** Leaves the editor; what was not saved is dropped. */
    public void stop() {
        tree = null;
    }

    public boolean isEditing() {
        return tree != null;
    }

    /** Saves the whole draft (creates it when new) and goes on editing what was saved, with its new version. */
    public void save() {
        SchemeTree t = tree;
        SchemeData sent = t.data();
        SchemeData saved = dialogSave.run(() -> t.isNew() ? schemes.create(campaign, sent) : schemes.update(t.getId(), sent),
                t.inputs(FORM, ROWS, VETOES));
        if (saved != null) {
            tree = SchemeTree.of(saved);
            page.saved(saved);
        }
    }

    // --- the shape of the tree ---

    public void addTop() {
        tree.addTop();
    }

    public void addAfter(SchemeTree.Row row) {
        tree.addAfter(row);
    }

    public void addChild(SchemeTree.Row row) {
        tree.addChild(row);
    }

    public void remove(SchemeTree.Row row) {
        tree.remove(row);
    }

    public void moveUp(SchemeTree.Row row) {
        tree.moveUp(row);
    }

    public void moveDown(SchemeTree.Row row) {
        tree.moveDown(row);
    }

    public void addVeto() {
        tree.addVeto();
    }

    public void removeVeto(SchemeTree.VetoRow veto) {
        tree.removeVeto(veto);
    }

    // --- the checks while typing ---

    /**
     * What the boundary will say of an AUTO row's formula, in the reader's language: nothing for a blank one (saving says it
     * is required), and without the range while the maximum is not a number of points yet.
     */
    public List<String> formulaProblems(SchemeTree.Row row) {
        if (!"AUTO".equals(row.getKind()) || row.getFormula() == null || row.getFormula().isBlank()) {
            return List.of();
        }
        BigDecimal max = row.getMax();
        return texts(max == null || max.signum() < 0 ? Formula.checkCondition(row.getFormula()) : Formula.check(row.getFormula(), max.doubleValue()));
    }

    /**
     * Puts what the boundary will say of the grade rules beside their inputs, after one of them or the total changed: a
     * threshold above the total, the thresholds out of order, a quota outside 0..100.
     */
    public void checkGrading() {
        List<FieldError> problems = SchemeCheck.gradingProblems(tree.gradingData(), tree.getTotal());
        if (!problems.isEmpty()) {
            errors.show(new InvalidInputException(problems), tree.inputs(FORM, ROWS, VETOES));
        }
    }

    /** What the boundary will say of a veto's condition. */
    public List<String> conditionProblems(SchemeTree.VetoRow veto) {
        if (veto.getCondition() == null || veto.getCondition().isBlank()) {
            return List.of();
        }
        return texts(Formula.checkCondition(veto.getCondition()));
    }

    private List<String> texts(List<FormulaProblem> problems) {
        Locale locale = labels.locale();
        return problems.stream().map(p -> Messages.get(locale, p.key(), p.args().toArray())).toList();
    }

    /** Whether a group's children add up to its maximum (bonuses aside), as saving requires. */
    public boolean groupBalanced(SchemeTree.Row group) {
        return group.getMax() != null && tree.childSum(group).compareTo(group.getMax()) == 0;
    }

    public String points(BigDecimal p) {
        return p == null ? "—" : SchemesPage.plain(p);
    }

    /**
     * The indicators and vetoes this response has messages beside ("A1 化解率、V1 严重问题"), whether the boundary refused
     * them or an input did not convert, or null when there are none.
     */
    public String getTroubled() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (tree == null || faces == null) {
            return null;
        }
        List<String> withMessages = new ArrayList<>();
        faces.getClientIdsWithMessages().forEachRemaining(withMessages::add);
        List<String> troubled = tree.troubled(withMessages, FORM, ROWS, VETOES);
        return troubled.isEmpty() ? null : String.join(Messages.CHINESE.equals(labels.locale()) ? "、" : ", ", troubled);
    }

    public SchemeTree getTree() {
        return tree;
    }

    public List<SchemeTree.Row> getRows() {
        return tree == null ? List.of() : tree.rows();
    }

    public List<String> getKinds() {
        return SchemeTree.KINDS;
    }
}
