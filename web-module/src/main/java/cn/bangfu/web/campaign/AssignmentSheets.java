package cn.bangfu.web.campaign;

import cn.bangfu.campaign.boundary.AssignmentSpreadsheets;
import cn.bangfu.campaign.entity.AssignmentImportResult;
import cn.bangfu.platform.entity.ConflictException;
import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The matrix page's spreadsheets: the campaign's 对口联系企业安排表 template, the all-or-nothing import
 * with every bad cell listed (and the warnings that did not stop it), and the export of what the
 * matrix shows.
 */
@Named
@ViewScoped
public class AssignmentSheets implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssignmentSpreadsheets sheets;

    @Inject
    AssignmentMatrix matrix;

    @Inject
    FacesErrors messages;

    @Inject
    Labels labels;

    /** One bad cell of a rejected file, as the user reads it. */
    public record BadCell(Integer row, String column, String reason) implements Serializable {
    }

    private List<BadCell> badCells = List.of();

    public void prepare() {
        badCells = List.of();
    }

    public void upload(FileUploadEvent event) {
        prepare();
        try {
            AssignmentImportResult result = sheets.importAssignments(matrix.getCampaign().code(), event.getFile().getContent());
            messages.info("assignment.import.done", result.created(), result.reassigned(), result.unchanged());
            FacesContext faces = FacesContext.getCurrentInstance();
            for (FieldError w : result.warnings()) {
                faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                        labels.get("assignment.import.warning", w.row(), labels.error(w)), null));
            }
            matrix.search();
        } catch (ImportRejectedException e) {
            badCells = e.errors().stream().map(this::badCell).toList();
            messages.error("unit.import.rejected", badCells.size());
        } catch (ConflictException e) {
            badCells = e.errors().stream().map(this::badCell).toList();
            messages.error("unit.import.rejected", badCells.size());
        }
    }

    private BadCell badCell(FieldError error) {
        return new BadCell(error.row(), error.column(), labels.error(error));
    }

    public StreamedContent getTemplate() {
        return download(labels.get("assignment.import.templateFile"), sheets.template(matrix.getCampaign().code()));
    }

    public StreamedContent getExport() {
        return download(labels.get("assignment.export.file", matrix.getCampaign().code()),
                sheets.export(matrix.getCampaign().code(), matrix.filter(), matrix.getQuery().getQ()));
    }

    private static StreamedContent download(String name, byte[] bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(AssignmentSpreadsheets.MEDIA_TYPE)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<BadCell> getBadCells() {
        return badCells;
    }
}
