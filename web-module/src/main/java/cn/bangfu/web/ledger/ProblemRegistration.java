package cn.bangfu.web.ledger;

import cn.bangfu.campaign.entity.TargetRef;
import cn.bangfu.ledger.boundary.Categories;
import cn.bangfu.ledger.boundary.Problems;
import cn.bangfu.ledger.entity.Difficulty;
import cn.bangfu.ledger.entity.ProblemCategoryData;
import cn.bangfu.ledger.entity.ProblemData;
import cn.bangfu.ledger.entity.ProblemDraft;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registration (挂号) form, on the ledger page (the office picks the target), on a target's timeline (a unit, from a
 * visit) and as 我要反映问题 (the enterprise, for itself): what the problem is; the boundary decides who may and checks
 * every field, each error shown beside its input. After registering, the user is taken to the problem's page.
 */
@Named
@ViewScoped
public class ProblemRegistration implements Serializable {

    private static final long serialVersionUID = 1L;

    /** JSON field → input id of the form (the same ids on every page that shows it). */
    private static final Map<String, String> INPUTS = Map.of("target", "registerForm:target", "title", "registerForm:title",
            "category", "registerForm:category", "description", "registerForm:description", "difficulty", "registerForm:difficulty",
            "raisedOn", "registerForm:raisedOn", "visitId", "registerForm:visit", "source", "registerForm:title");

    @Inject
    Problems problems;

    @Inject
    Categories categories;

    @Inject
    DialogSave dialogSave;

    @Inject
    Labels labels;

    private String campaign;
    private String target;
    private Long targetId;
    private Long visitId;
    private String title;
    private String category;
    private String description;
    private String difficulty = Difficulty.ORDINARY.name();
    private LocalDate raisedOn;
    private final Map<String, String> targetNames = new HashMap<>();
    private ProblemData registered;

    /** A fresh form for a campaign, its target picked in the form (null) or fixed (a timeline's target). */
    public void prepare(String campaignCode, Long fixedTargetId) {
        campaign = campaignCode;
        targetId = fixedTargetId;
        target = null;
        visitId = null;
        title = null;
        category = null;
        description = null;
        difficulty = Difficulty.ORDINARY.name();
        raisedOn = null;
        registered = null;
    }

    /** Registers the problem; on success the page opens it. */
    public String register() {
        TargetRef ref = ref(target);
        registered = dialogSave.run(() -> problems.register(campaign, new ProblemDraft(ref, targetId, title, description, category, null,
                difficulty, raisedOn, visitId), labels.locale()), INPUTS, "ledger.registered");
        return registered == null ? null : "/ledger/problem?faces-redirect=true&id=" + registered.id();
    }

    /** The target a picker's key names ("c:creditCode" or "p:projectId"); none for anything else (the boundary asks for one). */
    static TargetRef ref(String key) {
        if (key == null || key.length() < 3) {
            return null;
        }
        if (key.startsWith("p:") && key.substring(2).matches("[0-9]{1,18}")) {
            return TargetRef.project(Long.parseLong(key.substring(2)));
        }
        return key.startsWith("c:") ? TargetRef.enterprise(key.substring(2)) : null;
    }

    /** Targets of the campaign's region for the office's picker, as "c:creditCode" or "p:projectId". */
    public List<String> completeTarget(String text) {
        return problems.targets(campaign, text).stream().map(t -> {
            String key = t.creditCode() != null ? "c:" + t.creditCode() : "p:" + t.projectId();
            targetNames.put(key, t.name());
            return key;
        }).toList();
    }

    public String targetLabel(String key) {
        return key == null ? null : targetNames.getOrDefault(key, key);
    }

    public List<ProblemCategoryData> getCategories() {
        return categories.list(labels.locale());
    }

    public Difficulty[] getDifficulties() {
        return Difficulty.values();
    }

    public ProblemData getRegistered() {
        return registered;
    }

    public String getCampaign() {
        return campaign;
    }

    public void setCampaign(String campaign) {
        this.campaign = campaign;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public Long getVisitId() {
        return visitId;
    }

    public void setVisitId(Long visitId) {
        this.visitId = visitId;
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

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(String difficulty) {
        this.difficulty = difficulty;
    }

    public LocalDate getRaisedOn() {
        return raisedOn;
    }

    public void setRaisedOn(LocalDate raisedOn) {
        this.raisedOn = raisedOn;
    }
}
