package cn.bangfu.web.org;

import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.org.entity.UnitData;
import cn.bangfu.org.entity.UnitType;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.platform.entity.NotFoundException;
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
 * The units page: a lazy table filtered by text, type and region, and the create/edit dialog for
 * the campaign office. Field errors from the boundary appear next to their inputs.
 */
@Named
@ViewScoped
public class UnitList extends EditableList<UnitData, UnitForm> {

    private static final long serialVersionUID = 1L;

    /** JSON field → input id in the dialog, so each error lands beside its field. */
    private static final Map<String, String> INPUTS = Map.of(
            "code", "unitForm:code", "name", "unitForm:name", "type", "unitForm:type", "regionCode", "unitForm:region",
            "headName", "unitForm:head", "contactName", "unitForm:contact", "contactPhone", "unitForm:phone", "contactEmail", "unitForm:email", "version", "unitForm:code");

    @Inject
    UnitDirectory units;

    @Inject
    RegionDirectory regions;

    private String q;
    private UnitType type;
    private String regionCode;
    private List<RegionData> regionList;
    private Map<String, String> regionNames;
    private PagedModel<UnitData> rows;

    @Override
    protected Map<String, String> inputs() {
        return INPUTS;
    }

    @Override
    protected UnitForm newForm() {
        return new UnitForm();
    }

    @Override
    protected UnitForm formOf(UnitData record) {
        return UnitForm.of(record);
    }

    @Override
    protected UnitData reload(UnitData row) {
        return units.get(row.code());
    }

    @Override
    protected UnitData create(UnitForm form) {
        return units.create(form.data());
    }

    @Override
    protected UnitData update(UnitForm form) {
        return units.update(form.getCode(), form.data());
    }

    @PostConstruct
    void init() {
        regionList = regions.all();
        regionNames = regionList.stream().collect(Collectors.toMap(RegionData::code, RegionData::name));
        rows = new PagedModel<>((page, size, sort) -> units.find(filter(), new PageRequest(page, size, sort, q)), UnitData::code, 20);
    }

    /** The filter as the page's inputs set it; the export uses the same one. */
    UnitFilter filter() {
        return new UnitFilter(type, regionCode == null ? null : units.regionPath(regionCode));
    }

    public void reset() {
        q = null;
        type = null;
        regionCode = null;
    }

    public void delete(UnitData unit) {
        try {
            units.delete(unit.code());
            errors.info("common.deleted");
        } catch (InvalidInputException e) {
            errors.show(e, Map.of());
        } catch (NotFoundException e) {
            errors.error("common.notFound");
        }
    }

    public String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    public UnitType[] getTypes() {
        return UnitType.values();
    }

    public List<RegionData> getRegions() {
        return regionList;
    }

    public PagedModel<UnitData> getRows() {
        return rows;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public UnitType getType() {
        return type;
    }

    public void setType(UnitType type) {
        this.type = type;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

}
