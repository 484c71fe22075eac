package cn.bangfu.web.appraisal;

import cn.bangfu.appraisal.boundary.SchemePreviews;
import cn.bangfu.appraisal.control.Metric;
import cn.bangfu.appraisal.entity.SchemePreview;
import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import cn.bangfu.web.platform.UnitNames;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * 试算 on appraisal/schemes.xhtml: the evaluator picks a unit and sees the scheme shown (a draft as last saved) scored for
 * it now, indicator by indicator, with the metric values behind each point and the vetoes that hold.
 */
@Named
@ViewScoped
public class SchemePreviewPanel implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 20;

    @Inject
    SchemePreviews previews;

    @Inject
    UnitDirectory units;

    @Inject
    FacesErrors errors;

    @Inject
    Labels labels;

    private final UnitNames unitNames = new UnitNames();
    private String unitCode;
    private SchemePreview result;

    public void run(Long schemeId) {
        if (schemeId == null) {
            return;
        }
        result = null;
        try {
            result = previews.preview(schemeId, unitCode, labels.locale());
        } catch (InvalidInputException e) {
            errors.show(e, Map.of("unitCode", SchemeEditor.FORM + ":previewUnit"));
        } catch (NotFoundException e) {
            errors.error("common.notFound");
        }
    }

    /** Whether the preview shown is of this scheme (another scheme's is stale once the evaluator opens a different one). */
    public boolean shows(Long schemeId) {
        return result != null && schemeId != null && schemeId.equals(result.schemeId());
    }

    public List<String> completeUnit(String text) {
        return unitNames.offer(units.find(UnitFilter.NONE, new PageRequest(0, SUGGESTIONS, null, text)).items());
    }

    public String unitLabel(String code) {
        return unitNames.label(code);
    }

    /** A metric value as shown: its key, the value ("0.9167（91.67%）": a rate also as a percentage) and what it counts. */
    public record Input(String key, String value, String description) implements Serializable {
    }

    public List<Input> inputs(Map<String, Double> values) {
        return values.entrySet().stream().map(e -> new Input(e.getKey(), value(Metric.byKey(e.getKey()), e.getValue()), describe(e.getKey())))
                .toList();
    }

    private static String value(Metric m, Double v) {
        if (v == null) {
            return "—";
        }
        String plain = BigDecimal.valueOf(v).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        if (m != null && m.kind() == Metric.Kind.RATE) {
            return plain + "（" + BigDecimal.valueOf(v * 100).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%）";
        }
        return plain;
    }

    /** What the metric counts, for the title of its value. */
    public String describe(String key) {
        Metric m = Metric.byKey(key);
        return m == null ? key : m.description(labels.locale());
    }

    /** The best grade the vetoes that hold allow, or that none holds. */
    public String capText() {
        return result.capGrade() == null ? labels.get("schemePreview.noCap")
                : labels.get("schemePreview.capped", labels.get("grade." + result.capGrade()));
    }

    /** What could not be computed, naming the indicator (or veto) when the reason is one formula's. */
    public String failureText() {
        SchemePreview.Failure f = result.failure();
        return f.indicator() == null ? labels.get("schemePreview.failedScheme", f.message())
                : labels.get("schemePreview.failure", f.indicator(), f.name() == null ? "" : f.name(), f.message());
    }

    /** Whether the evaluators score this indicator themselves: no points now. */
    public boolean byHand(SchemePreview.Item item) {
        return "MANUAL".equals(item.kind()) || "BONUS".equals(item.kind());
    }

    public String points(BigDecimal p) {
        return p == null ? "—" : SchemesPage.plain(p);
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public SchemePreview getResult() {
        return result;
    }
}
