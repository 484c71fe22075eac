package cn.bangfu.web.ledger;

import cn.bangfu.ledger.boundary.CommonProblems;
import cn.bangfu.ledger.entity.CommonProblemData;
import cn.bangfu.ledger.entity.CommonProblemDraft;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.platform.entity.ForbiddenException;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 共性问题 on the ledger page: the office ticks problems of several enterprises and merges them into one common problem,
 * then answers it at policy level, which resolves every open member.
 */
@Named
@ViewScoped
public class CommonProblemsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("title", "commonForm:title", "category", "commonForm:category",
            "problems", "commonForm:members", "policyAnswer", "answerForm:answer");

    @Inject
    CommonProblems common;

    @Inject
    ProblemLedgerPage ledger;

    @Inject
    DialogSave dialogSave;

    @Inject
    Labels labels;

    private List<ProblemData> selected = new ArrayList<>();
    private String title;
    private String category;
    private List<CommonProblemData> list;
    private CommonProblemData answering;
    private String answer;
    private boolean manageable;

    public void prepare() {
        title = selected.isEmpty() ? null : selected.get(0).title();
        category = selected.isEmpty() ? null : selected.get(0).category();
    }

    public void merge() {
        CommonProblemData saved = dialogSave.run(() -> common.merge(ledger.getCampaign(), new CommonProblemDraft(title, category,
                selected.stream().map(ProblemData::id).toList()), labels.locale()), INPUTS, "ledger.common.merged");
        if (saved != null) {
            selected = new ArrayList<>();
            list = null;
        }
    }

    public void open(CommonProblemData c) {
        answering = c;
        answer = null;
    }

    public void resolve() {
        if (dialogSave.run(() -> common.resolve(ledger.getCampaign(), answering.id(), answer, answering.version(), labels.locale()), INPUTS,
                "ledger.common.answered") != null) {
            list = null;
        }
    }

    public List<CommonProblemData> getList() {
        if (list == null) {
            try {
                list = ledger.getCampaign() == null ? List.of() : common.list(ledger.getCampaign(), labels.locale());
                manageable = ledger.getCampaign() != null;
            } catch (ForbiddenException e) {
                // A campaign of a wider region: the office sees its problems but merges none of them.
                list = List.of();
                manageable = false;
            }
        }
        return list;
    }

    /** Whether the office manages the ledger's campaign (it lies in its region), so it may merge and answer. */
    public boolean isManageable() {
        getList();
        return manageable;
    }

    /** The ledger's campaign changed: read the common problems again. */
    public void changed() {
        list = null;
    }

    public List<ProblemData> getSelected() {
        return selected;
    }

    public void setSelected(List<ProblemData> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public CommonProblemData getAnswering() {
        return answering;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }
}
