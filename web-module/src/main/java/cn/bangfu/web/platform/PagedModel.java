package cn.bangfu.web.platform;

import cn.bangfu.platform.entity.Page;
import jakarta.faces.component.UIData;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy PrimeFaces table over a boundary's paged find: the database pages and counts, the page
 * holds one page of rows. PrimeFaces asks for the count before the rows, while a boundary answers
 * both in one call; the first page fetched for the count is kept for the rows, so the usual case
 * (first page after opening, searching or changing a record) costs one boundary call.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /**
     * One page of the list, 0-based, sorted by {@code sort} ("field", "-field" descending, or null
     * for the list's own order); serializable because the model lives in a view-scoped bean.
     */
    @FunctionalInterface
    public interface Finder<T> extends Serializable {
        Page<T> find(int page, int size, String sort);
    }

    /** The row key PrimeFaces puts on each row. */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        String of(T row);
    }

    private final Finder<T> finder;
    private final Key<T> key;
    private int size;
    private String sort;
    private transient Page<T> firstPage;
    private boolean capped;

    public PagedModel(Finder<T> finder, Key<T> key, int size) {
        this.finder = finder;
        this.key = key;
        this.size = size;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        size = getPageSize() > 0 ? getPageSize() : size;
        firstPage = finder.find(0, size, sort);
        capped = firstPage.capped();
        return rowCount(firstPage);
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String requested = sortBy.values().stream().findFirst()
                .map(s -> (s.getOrder() == SortOrder.DESCENDING ? "-" : "") + s.getField()).orElse(null);
        boolean reuse = first == 0 && pageSize == size && firstPage != null && Objects.equals(requested, sort);
        sort = requested;
        Page<T> page = reuse ? firstPage : finder.find(first / pageSize, pageSize, sort);
        firstPage = null;
        size = pageSize;
        setRowCount(rowCount(page));
        capped = page.capped();
        // The rows stay in the view-scoped model, which a cluster replicates: keep them in a list that serializes.
        return new ArrayList<>(page.items());
    }

    /** Whether the list counted only up to its limit and has more rows than its row count says ({@link Page#capped}). */
    public boolean isCapped() {
        return capped;
    }

    @Override
    public String getRowKey(T row) {
        return key.of(row);
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> Objects.equals(key.of(r), rowKey)).findFirst().orElse(null);
    }

    /** Sends the table with this client id back to its first page, as a new search should. */
    public static void toFirstPage(String tableClientId) {
        ((UIData) FacesContext.getCurrentInstance().getViewRoot().findComponent(tableClientId)).setFirst(0);
    }

    private static int rowCount(Page<?> page) {
        return (int) Math.min(page.total(), Integer.MAX_VALUE);
    }
}
