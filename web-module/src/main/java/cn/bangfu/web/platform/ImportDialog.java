package cn.bangfu.web.platform;

import cn.bangfu.platform.entity.FieldError;
import cn.bangfu.platform.entity.ImportRejectedException;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.platform.entity.Xlsx;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.StreamedContent;

/**
 * A page's spreadsheet dialog, whatever records it holds: the import template, the all-or-nothing
 * import with every bad cell listed, and the export of what the page's table shows.
 */
public abstract class ImportDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FacesErrors messages;

    @Inject
    Labels labels;

    /** One bad cell of a rejected file, as the user reads it. */
    public record BadCell(Integer row, String column, String reason) implements Serializable {
    }

    private List<BadCell> badCells = List.of();
    private ImportResult result;

    /**
     * Starts the page's label keys: {@code unit} for unit.import.done, unit.import.templateFile and
     * unit.export.file. A method, not a constructor argument: CDI proxies and restores the page's bean
     * through a no-argument constructor.
     */
    protected abstract String records();

    /** Imports the file whole or throws with every bad cell. */
    protected abstract ImportResult importFile(byte[] xlsx) throws ImportRejectedException;

    protected abstract byte[] template();

    /** The records the page's table shows, in template layout. */
    protected abstract byte[] export();

    public void prepare() {
        badCells = List.of();
        result = null;
    }

    public void upload(FileUploadEvent event) {
        prepare();
        try {
            result = importFile(event.getFile().getContent());
            messages.info(records() + ".import.done", result.created(), result.updated());
        } catch (ImportRejectedException e) {
            badCells = e.errors().stream().map(this::badCell).toList();
            messages.error("import.rejected", badCells.size());
        }
    }

    private BadCell badCell(FieldError error) {
        return new BadCell(error.row(), error.column(), labels.error(error));
    }

    public StreamedContent getTemplate() {
        return download(labels.get(records() + ".import.templateFile"), template());
    }

    public StreamedContent getExport() {
        return download(labels.get(records() + ".export.file"), export());
    }

    private static StreamedContent download(String name, byte[] bytes) {
        return Downloads.of(name, Xlsx.MEDIA_TYPE, bytes);
    }

    public List<BadCell> getBadCells() {
        return badCells;
    }

    public ImportResult getResult() {
        return result;
    }
}
