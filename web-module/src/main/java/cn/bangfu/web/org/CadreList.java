package cn.bangfu.web.org;

import cn.bangfu.org.boundary.CadreDirectory;
import cn.bangfu.org.entity.CadreFilter;
import cn.bangfu.org.entity.CadreData;
import cn.bangfu.org.entity.CadreRank;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.web.platform.EditableList;
import cn.bangfu.web.platform.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cadres page: a lazy table filtered by text (name or position), unit and rank, and the
 * create/edit dialog for the campaign office. County leaders are the cadres of rank COUNTY_LEADER.
 */
@Named
@ViewScoped
public class CadreList extends EditableList<CadreData, CadreForm> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of(
            "name", "cadreForm:name", "unitCode", "cadreForm:unit", "position", "cadreForm:position", "rank", "cadreForm:rank",
            "phone", "cadreForm:phone", "version", "cadreForm:name");

    @Inject
    CadreDirectory cadres;

    private String q;
    private String unitCode;
    private CadreRank rank;
    private List<UnitData> unitList;
    private Map<String, String> unitNames;
    private PagedModel<CadreData> rows;

    @Override
    protected Map<String, String> inputs() {
        return INPUTS;
    }

    @Override
    protected CadreForm newForm() {
        return new CadreForm();
    }

    @Override
    protected CadreForm formOf(CadreData record) {
        return CadreForm.of(record);
    }

    @Override
    protected CadreData reload(CadreData row) {
        return cadres.get(row.id());
    }

    @Override
    protected CadreData create(CadreForm form) {
        return cadres.create(form.data());
    }

    @Override
    protected CadreData update(CadreForm form) {
        return cadres.update(form.getId(), form.data());
    }

    @PostConstruct
    void init() {
        unitList = cadres.units();
        unitNames = unitList.stream().collect(Collectors.toMap(UnitData::code, UnitData::name));
        rows = new PagedModel<>((page, size, sort) -> cadres.find(new CadreFilter(unitCode, rank, null),
                new PageRequest(page, size, sort, q)), c -> String.valueOf(c.id()), 20);
    }

    public void reset() {
        q = null;
        unitCode = null;
        rank = null;
    }

    public String unitName(String code) {
        return unitNames.getOrDefault(code, code);
    }

    public List<UnitData> getUnits() {
        return unitList;
    }

    public CadreRank[] getRanks() {
        return CadreRank.values();
    }

    public PagedModel<CadreData> getRows() {
        return rows;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public void setUnitCode(String unitCode) {
        this.unitCode = unitCode;
    }

    public CadreRank getRank() {
        return rank;
    }

    public void setRank(CadreRank rank) {
        this.rank = rank;
    }
}
