package cn.bangfu.web.inspection;

import cn.bangfu.inspection.boundary.Findings;
import cn.bangfu.inspection.entity.FindingData;
import cn.bangfu.inspection.entity.FindingDraft;
import cn.bangfu.inspection.entity.RectificationOrder;
import cn.bangfu.inspection.entity.Severity;
import cn.bangfu.inspection.entity.VisitSheet;
import cn.bangfu.ledger.boundary.Categories;
import cn.bangfu.ledger.entity.ProblemCategoryData;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.event.FileUploadEvent;

/**
 * One inspection on site (inspection/visit.xhtml?visit=…), sized for the inspector's phone: what is inspected, the
 * findings filed so far with their photos, and for the team a form to file one (checklist item, severity, responsible
 * unit, what was found), the phone's camera for photos, and per finding the steps 登记为问题 and 下达整改.
 */
@Named
@ViewScoped
public class VisitPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "findingForm:";
    private static final int DEFAULT_WORKING_DAYS = 10;

    @Inject
    Findings findings;

    @Inject
    Categories categories;

    @Inject
    DialogSave dialogSave;

    @Inject
    Labels labels;

    private Long visit;
    private VisitSheet sheet;
    private boolean missing;
    private List<ProblemCategoryData> categoryList;
    private String item;
    private String severity = Severity.MINOR.name();
    private String unitCode;
    private String description;
    private final Map<Long, String> categoryOf = new HashMap<>();
    private final Map<Long, Integer> workingDaysOf = new HashMap<>();

    /** Reads the visit of the view parameter {@code visit}. */
    public void load() {
        if (visit == null) {
            missing = true;
            return;
        }
        try {
            sheet = findings.visit(visit);
        } catch (NotFoundException e) {
            missing = true;
            return;
        }
        if (unitCode == null && !sheet.units().isEmpty()) {
            unitCode = sheet.units().get(0).code();
        }
    }

    public void file() {
        FindingData saved = act(() -> findings.file(sheet.visit().campaign(), sheet.visit().round(),
                new FindingDraft(visit, item, severity, description, unitCode)), Map.of("item", FORM + "item", "severity", FORM + "severity",
                "description", FORM + "description", "unitCode", FORM + "unit"), "inspection.finding.filed");
        if (saved != null) {
            item = null;
            description = null;
            severity = Severity.MINOR.name();
        }
    }

    /** A photo from the phone's camera or album, for the finding the upload button belongs to. */
    public void upload(FileUploadEvent event) {
        Long finding = (Long) event.getComponent().getAttributes().get("finding");
        byte[] content = event.getFile().getContent();
        act(() -> findings.addPhoto(finding, content), Map.of(), "inspection.photo.added");
    }

    public void register(long finding) {
        act(() -> findings.registerProblem(finding, categoryOf.get(finding)), Map.of(), "inspection.finding.registeredDone");
    }

    public void rectify(long finding) {
        // An empty spinner submits its entry as null: the proposed days stand then.
        Integer days = workingDaysOf.get(finding);
        act(() -> findings.rectify(finding, new RectificationOrder(null, days == null ? DEFAULT_WORKING_DAYS : days)),
                Map.of(), "inspection.rectification.issued");
    }

    private <T> T act(Supplier<T> step, Map<String, String> inputs, String done) {
        T result = dialogSave.run(step, inputs, done);
        if (result != null) {
            load();
        }
        return result;
    }

    public List<ProblemCategoryData> getCategories() {
        if (categoryList == null) {
            categoryList = categories.list(labels.locale());
        }
        return categoryList;
    }

    public List<String> getSeverities() {
        return Severity.codes();
    }

    /** Whether the team may still add to the visit (the round is out and not closed). */
    public boolean isOpen() {
        return sheet != null && sheet.fileable() && !"CLOSED".equals(sheet.roundStatus()) && !"PLANNING".equals(sheet.roundStatus());
    }

    public Long getVisit() {
        return visit;
    }

    public void setVisit(Long visit) {
        this.visit = visit;
    }

    public VisitSheet getSheet() {
        return sheet;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getSeverity() {
        return severity;
    }

    public void setSeverity(String severity) {
        this.severity = severity;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Map<Long, String> getCategoryOf() {
        return categoryOf;
    }

    public Map<Long, Integer> getWorkingDaysOf() {
        return workingDaysOf;
    }

    public int getDefaultWorkingDays() {
        return DEFAULT_WORKING_DAYS;
    }
}
