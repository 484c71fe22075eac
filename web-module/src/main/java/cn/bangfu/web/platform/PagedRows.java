package cn.bangfu.web.platform;

import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A lazy table's rows, one database page at a time, from the page bean that holds the filters: the
 * table's sort becomes the boundary's "field" or "-field", its free text the page's {@code q}.
 */
public class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** What a list page offers its table; the page bean implements it. */
    public interface Source<T> extends Serializable {

        /** One page with the page's current filters. */
        Page<T> find(PageRequest request);

        /** The free text the page's search field holds. */
        String q();

        /** The row's key, and the row for a key (for selection). */
        String key(T row);

        T get(String key);
    }

    private final Source<T> source;

    public PagedRows(Source<T> source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) source.find(new PageRequest(0, 1, null, source.q())).total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sort = sortBy.values().stream().findFirst()
                .map(s -> (s.getOrder() == SortOrder.DESCENDING ? "-" : "") + s.getField()).orElse(null);
        return source.find(new PageRequest(first / Math.max(pageSize, 1), pageSize, sort, source.q())).items();
    }

    @Override
    public String getRowKey(T row) {
        return source.key(row);
    }

    @Override
    public T getRowData(String rowKey) {
        return source.get(rowKey);
    }
}
