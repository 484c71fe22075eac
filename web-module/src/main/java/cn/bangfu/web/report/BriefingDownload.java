package cn.bangfu.web.report;

import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.report.boundary.Briefings;
import cn.bangfu.web.platform.Downloads;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * 下载简报 on the ledger dashboard (ledger/dashboard.xhtml): a month, this one unless another is picked, and the
 * campaign's briefing of that month as PDF. Kept apart from the dashboard's bean, which shows figures, not documents.
 */
@Named
@ViewScoped
public class BriefingDownload implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The month picker's client id, where a month the boundary refuses is explained. */
    static final String MONTH_INPUT = "dashboard:briefingMonth";

    @Inject
    Clock clock;

    @Inject
    Briefings briefings;

    @Inject
    FacesErrors errors;

    @Inject
    Labels labels;

    private YearMonth month;

    /**
     * The briefing of the chosen month of {@code campaign} for p:fileDownload; null (nothing downloaded) when the month
     * is refused, with the reason next to the picker.
     */
    public StreamedContent file(String campaign) {
        YearMonth m = getMonth();
        try {
            return Downloads.of(labels.get("briefing.file", m.toString()), "application/pdf", briefings.pdf(campaign, m));
        } catch (InvalidInputException e) {
            errors.show(e, Map.of("month", MONTH_INPUT));
            return null;
        }
    }

    /** The latest month a briefing exists for: this one. */
    public LocalDate getLatest() {
        return LocalDate.now(clock);
    }

    public YearMonth getMonth() {
        if (month == null) {
            month = YearMonth.now(clock);
        }
        return month;
    }

    public void setMonth(YearMonth month) {
        this.month = month;
    }
}
