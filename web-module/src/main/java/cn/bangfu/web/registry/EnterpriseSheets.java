package cn.bangfu.web.registry;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.registry.boundary.EnterpriseSpreadsheets;
import cn.bangfu.registry.entity.ImportResult;
import cn.bangfu.web.platform.FacesErrors;
import cn.bangfu.web.platform.Labels;
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
 * The enterprises page's spreadsheets: the import template, the all-or-nothing import with every
 * bad cell listed, and the export of what the table shows.
 */
@Named
@ViewScoped
public class EnterpriseSheets implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnterpriseSpreadsheets sheets;

    @Inject
    EnterpriseList list;

    @Inject
    FacesErrors messages;

    @Inject
    Labels labels;

    /** One bad cell of a rejected file, as the user reads it. */
    public record BadCell(Integer row, String column, String reason) implements Serializable {
    }

    private List<BadCell> badCells = List.of();
    private ImportResult result;

    public void prepare() {
        badCells = List.of();
        result = null;
    }

    public void upload(FileUploadEvent event) {
        prepare();
        try {
            result = sheets.importEnterprises(event.getFile().getContent());
            messages.info("enterprise.import.done", result.created(), result.updated());
        } catch (ImportRejectedException e) {
            badCells = e.errors().stream().map(this::badCell).toList();
            messages.error("unit.import.rejected", badCells.size());
        }
    }

    private BadCell badCell(FieldError error) {
        return new BadCell(error.row(), error.column(), labels.error(error));
    }

    public StreamedContent getTemplate() {
        return download(labels.get("enterprise.import.templateFile"), sheets.template());
    }

    public StreamedContent getExport() {
        return download(labels.get("enterprise.export.file"), sheets.export(list.filter(), list.getQ()));
    }

    private static StreamedContent download(String name, byte[] bytes) {
        return DefaultStreamedContent.builder().name(name).contentType(EnterpriseSpreadsheets.MEDIA_TYPE)
                .contentLength((long) bytes.length).stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    public List<BadCell> getBadCells() {
        return badCells;
    }

    public ImportResult getResult() {
        return result;
    }
}
