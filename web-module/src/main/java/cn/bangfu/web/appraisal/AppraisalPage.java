package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.boundary.AppraisalDocuments;
import cn.bangfu.appraisal.boundary.Appraisals;
import cn.bangfu.appraisal.control.Metric;
import cn.bangfu.appraisal.entity.AppealData;
import cn.bangfu.appraisal.entity.AppraisalData;
import cn.bangfu.appraisal.entity.AppraisalState;
import cn.bangfu.platform.entity.AttachmentInfo;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.StoredFile;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.Downloads;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * 考评表 (appraisal/form.xhtml?id=…): one unit's form as the indicator tree with its maximum, self score, evaluator's score
 * and note, the frozen inputs and the records behind each point. The unit fills its self-assessment; the evaluator
 * computes the automatic points and scores the others; each cell is saved as soon as it is left (Tab or Enter), checked by
 * the server with the message beside it, and the totals follow. The steps the reader may take are buttons; appeals are
 * filed and answered below. Outside the reader's scope it is "not found", as on the API.
 */
@Named
@ViewScoped
public class AppraisalPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "form:";

    /** A line of the tree: the item and how deep it sits. */
    public record Line(AppraisalData.Item item, int depth, int index) implements Serializable {
    }

    @Inject
    Appraisals appraisals;

    @Inject
    AppraisalDocuments documents;

    @Inject
    DialogSave dialogSave;

    @Inject
    Labels labels;

    private Long id;
    private AppraisalData data;
    private boolean missing;
    private List<Line> lines = List.of();
    private final Map<String, BigDecimal> selfs = new HashMap<>();
    private final Map<String, String> selfNotes = new HashMap<>();
    private final Map<String, BigDecimal> scores = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private AppraisalData.Item sourcesOf;
    private String reason;
    private String appealIndicator;
    private String appealReason;
    private Long answering;
    private Boolean upheld = Boolean.TRUE;
    private BigDecimal answerScore;
    private String answerReason;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            show(appraisals.get(id));
        } catch (NotFoundException e) {
            missing = true;
        }
    }

    private void show(AppraisalData d) {
        data = d;
        Map<String, Integer> depth = new HashMap<>();
        List<Line> shown = new ArrayList<>();
        for (AppraisalData.Item i : d.items()) {
            int level = i.parent() == null ? 0 : depth.getOrDefault(i.parent(), 0) + 1;
            depth.put(i.indicator(), level);
            shown.add(new Line(i, level, shown.size()));
            selfs.put(i.indicator(), i.self());
            selfNotes.put(i.indicator(), i.selfNote());
            scores.put(i.indicator(), i.score());
            notes.put(i.indicator(), i.note());
        }
        lines = shown;
    }

    // --- the cells: saved one at a time, as they are left ---

    public void saveSelf(Line line) {
        String code = line.item().indicator();
        save(() -> appraisals.cell(id, code, new Appraisals.Cell(selfs.get(code), selfNotes.get(code), null, null, data.version())),
                Map.of("self", cell(line, "self"), "selfNote", cell(line, "selfNote")));
    }

    public void saveScore(Line line) {
        String code = line.item().indicator();
        save(() -> appraisals.cell(id, code, new Appraisals.Cell(null, null, scores.get(code), notes.get(code), data.version())),
                Map.of("score", cell(line, "score"), "note", cell(line, "note")));
    }

    private static String cell(Line line, String input) {
        return FORM + "items:" + line.index() + ":" + input;
    }

    private void save(Supplier<AppraisalData> change, Map<String, String> inputs) {
        AppraisalData saved = dialogSave.attempt(change, inputs);
        if (saved != null) {
            show(saved);
        }
    }

    public void compute() {
        step(() -> appraisals.compute(id), "appraisal.page.computed");
    }

    public void act(String action) {
        if (step(() -> appraisals.act(id, new Appraisals.Step(action, reason, data.version())), "appraisal.page.done." + action)) {
            reason = null;
        }
    }

    private boolean step(Supplier<AppraisalData> change, String done) {
        AppraisalData after = dialogSave.run(change, Map.of("reason", FORM + "reason"), done);
        if (after != null) {
            show(after);
        }
        return after != null;
    }

    // --- appeals ---

    public void appeal() {
        AppealData filed = dialogSave.run(() -> appraisals.appeal(id, new Appraisals.AppealFiling(appealIndicator, appealReason)),
                Map.of("indicator", "appeals:appealIndicator", "reason", "appeals:appealReason"), "appraisal.page.appealed");
        if (filed != null) {
            appealReason = null;
            load();
        }
    }

    public void startAnswer(AppealData appeal) {
        answering = appeal.id();
        upheld = Boolean.TRUE;
        answerScore = scores.get(appeal.indicator());
        answerReason = null;
    }

    public void answer() {
        AppealData appeal = data.appeals().stream().filter(a -> a.id().equals(answering)).findFirst().orElse(null);
        if (appeal == null) {
            return;
        }
        AppealData done = dialogSave.run(() -> appraisals.answer(answering, new Appraisals.AppealAnswer(upheld, answerReason,
                Boolean.TRUE.equals(upheld) ? answerScore : null, appeal.version())), Map.of("reason", "appeals:answerReason", "score",
                "appeals:answerScore"), "appraisal.page.answered");
        if (done != null) {
            answering = null;
            load();
        }
    }

    // --- what the page shows ---

    /** The unit fills its self-assessment now. */
    public boolean isSelfAssessing() {
        return data != null && data.allowed().contains("SELF_ASSESS");
    }

    /** The evaluator may set scores now (before the form is scored). */
    public boolean isScoring() {
        return data != null && FacesContext.getCurrentInstance().getExternalContext().isUserInRole("EVALUATOR")
                && AppraisalState.valueOf(data.state()).scoring();
    }

    /** A cell the evaluator types: every scored kind but AUTO (computed) and GROUP (a sum). */
    public boolean typed(AppraisalData.Item i) {
        return !"AUTO".equals(i.kind()) && !"GROUP".equals(i.kind());
    }

    public boolean may(String action) {
        return data != null && data.allowed().contains(action);
    }

    public void showSources(AppraisalData.Item item) {
        sourcesOf = item;
    }

    /** Where a source record opens, or null for a record without a page of its own. */
    public String link(AppraisalData.Source s) {
        return switch (s.type()) {
            case "problem" -> "/ledger/problem.xhtml?id=" + s.id();
            case "rectification" -> "/inspection/rectification.xhtml?id=" + s.id();
            default -> null;
        };
    }

    /** The inputs as officials read them: the metric's name and its value, rates in percent, days to one decimal. */
    public List<String> inputs(AppraisalData.Item item) {
        if (item.inputs() == null) {
            return List.of();
        }
        List<String> shown = new ArrayList<>();
        item.inputs().forEach((k, v) -> {
            Metric m = Metric.byKey(k);
            String name = m == null ? k : m.description(labels.locale()).split("[：:]")[0];
            shown.add(name + " " + (m == null ? String.valueOf(v) : switch (m.kind()) {
                case RATE -> BigDecimal.valueOf(v * 100).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
                case DAYS -> BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
                case COUNT -> String.valueOf(Math.round(v));
            }));
        });
        return shown;
    }

    // --- evidence and the printable form ---

    /** Evidence uploaded on a row: the row's indicator comes with the upload component. */
    public void upload(FileUploadEvent event) {
        String indicator = (String) event.getComponent().getAttributes().get("indicator");
        String name = event.getFile().getFileName();
        byte[] content = event.getFile().getContent();
        save(() -> appraisals.attach(id, indicator, name, content), Map.of("file", "form:messages"));
    }

    public List<AttachmentInfo> evidence(String indicator) {
        return data == null || data.evidence() == null ? List.of() : data.evidence().getOrDefault(indicator, List.of());
    }

    public StreamedContent evidenceFile(AttachmentInfo file) {
        StoredFile f = appraisals.evidence(id, file.id());
        return Downloads.of(f.getFileName(), f.getContentType(), f.getContent());
    }

    public StreamedContent getPdf() {
        return Downloads.of("考评表-" + data.unitCode() + ".pdf", "application/pdf", documents.formPdf(id));
    }

    public List<AppraisalData.Item> getScoredItems() {
        return data == null ? List.of() : data.items().stream().filter(i -> !"GROUP".equals(i.kind())).toList();
    }

    public List<AppraisalData.Event> getHistory() {
        List<AppraisalData.Event> events = new ArrayList<>(data.events());
        Collections.reverse(events);
        return events;
    }

    public String indicatorName(String code) {
        return data.items().stream().filter(i -> i.indicator().equals(code)).map(i -> code + " " + i.name()).findFirst().orElse(code);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AppraisalData getData() {
        return data;
    }

    public boolean isMissing() {
        return missing;
    }

    public List<Line> getLines() {
        return lines;
    }

    public Map<String, BigDecimal> getSelfs() {
        return selfs;
    }

    public Map<String, String> getSelfNotes() {
        return selfNotes;
    }

    public Map<String, BigDecimal> getScores() {
        return scores;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public AppraisalData.Item getSourcesOf() {
        return sourcesOf;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAppealIndicator() {
        return appealIndicator;
    }

    public void setAppealIndicator(String appealIndicator) {
        this.appealIndicator = appealIndicator;
    }

    public String getAppealReason() {
        return appealReason;
    }

    public void setAppealReason(String appealReason) {
        this.appealReason = appealReason;
    }

    public Long getAnswering() {
        return answering;
    }

    public Boolean getUpheld() {
        return upheld;
    }

    public void setUpheld(Boolean upheld) {
        this.upheld = upheld;
    }

    public BigDecimal getAnswerScore() {
        return answerScore;
    }

    public void setAnswerScore(BigDecimal answerScore) {
        this.answerScore = answerScore;
    }

    public String getAnswerReason() {
        return answerReason;
    }

    public void setAnswerReason(String answerReason) {
        this.answerReason = answerReason;
    }
}
