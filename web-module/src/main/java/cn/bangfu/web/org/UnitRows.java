package cn.bangfu.web.org;

import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.PageRequest;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The units table's rows, one database page at a time, with the page's current filters. */
public class UnitRows extends LazyDataModel<UnitData> {

    private static final long serialVersionUID = 1L;

    private final UnitList page;

    UnitRows(UnitList page) {
        this.page = page;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) page.find(new PageRequest(0, 1, null, page.getQ())).total();
    }

    @Override
    public List<UnitData> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String sort = sortBy.values().stream().findFirst()
                .map(s -> (s.getOrder() == SortOrder.DESCENDING ? "-" : "") + s.getField()).orElse(null);
        return page.find(new PageRequest(first / Math.max(pageSize, 1), pageSize, sort, page.getQ())).items();
    }

    @Override
    public String getRowKey(UnitData unit) {
        return unit.code();
    }

    @Override
    public UnitData getRowData(String rowKey) {
        return page.get(rowKey);
    }
}
