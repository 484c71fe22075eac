package cn.bangfu.web.report;

import cn.bangfu.platform.entity.NotFoundException;
import cn.bangfu.platform.entity.Xlsx;
import cn.bangfu.report.boundary.Circulars;
import cn.bangfu.report.entity.CircularData;
import cn.bangfu.report.entity.CircularText;
import cn.bangfu.web.platform.DialogSave;
import cn.bangfu.web.platform.Downloads;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.primefaces.model.StreamedContent;

/**
 * One circular (report/circular.xhtml?id=…): the office edits a draft's title, 文号, issuer and its four paragraphs beside
 * the figures and the table generated from the round, downloads it as PDF to proofread, and publishes it; everyone else
 * reads it and downloads the PDF or the table. Outside the caller's scope it is "not found", as on the API.
 */
@Named
@ViewScoped
public class CircularPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "circularForm:";

    @Inject
    Circulars circulars;

    @Inject
    DialogSave dialogSave;

    private Long id;
    private CircularData data;
    private boolean missing;
    private String title;
    private String docNumber;
    private String issuer;
    private String summary;
    private String praise;
    private String criticism;
    private String requirements;

    public void load() {
        if (id == null) {
            missing = true;
            return;
        }
        try {
            fill(circulars.get(id));
        } catch (NotFoundException e) {
            missing = true;
        }
    }

    private void fill(CircularData c) {
        data = c;
        title = c.title();
        docNumber = c.docNumber();
        issuer = c.issuer();
        summary = c.summary();
        praise = c.praise();
        criticism = c.criticism();
        requirements = c.requirements();
    }

    public void save() {
        CircularData saved = dialogSave.run(() -> circulars.update(id, text()), inputs());
        if (saved != null) {
            fill(saved);
        }
    }

    /** Saves what is typed, then publishes: the office does not lose an edit by publishing straight away. */
    public void publish() {
        CircularData published = dialogSave.run(() -> {
            CircularData saved = circulars.update(id, text());
            return circulars.publish(id, saved.version());
        }, inputs(), "circular.publishedDone");
        if (published != null) {
            fill(published);
        }
    }

    private CircularText text() {
        return new CircularText(title, docNumber, issuer, summary, praise, criticism, requirements, data.version());
    }

    private static Map<String, String> inputs() {
        return Map.of("title", FORM + "title", "docNumber", FORM + "docNumber", "issuer", FORM + "issuer", "summary", FORM + "summary",
                "praise", FORM + "praise", "criticism", FORM + "criticism", "requirements", FORM + "requirements");
    }

    public StreamedContent getPdf() {
        return Downloads.of(data.title() + ".pdf", "application/pdf", circulars.pdf(id));
    }

    public StreamedContent getSheet() {
        return Downloads.of("督查发现问题情况表.xlsx", Xlsx.MEDIA_TYPE, circulars.sheet(id));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public CircularData getData() {
        return data;
    }

    public boolean isMissing() {
        return missing;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDocNumber() {
        return docNumber;
    }

    public void setDocNumber(String docNumber) {
        this.docNumber = docNumber;
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getPraise() {
        return praise;
    }

    public void setPraise(String praise) {
        this.praise = praise;
    }

    public String getCriticism() {
        return criticism;
    }

    public void setCriticism(String criticism) {
        this.criticism = criticism;
    }

    public String getRequirements() {
        return requirements;
    }

    public void setRequirements(String requirements) {
        this.requirements = requirements;
    }
}
