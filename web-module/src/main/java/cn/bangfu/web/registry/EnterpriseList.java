package cn.bangfu.web.registry;

import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.registry.boundary.EnterpriseRegistry;
import cn.bangfu.registry.entity.EnterpriseFilter;
import cn.bangfu.registry.entity.EnterpriseData;
import cn.bangfu.registry.entity.Industry;
import cn.bangfu.registry.entity.ScaleFlag;
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
 * The enterprises page: a lazy table filtered by text (name or credit code), region, industry,
 * scale and tag, and the create/edit dialog for the campaign office with each error beside its field.
 */
@Named
@ViewScoped
public class EnterpriseList extends EditableList<EnterpriseData, EnterpriseForm> {

    private static final long serialVersionUID = 1L;

    /** The scale filter's choices besides the four flags. */
    public static final String FOUR_ABOVE = "FOUR_ABOVE";
    public static final String NOT_FOUR_ABOVE = "NOT_FOUR_ABOVE";

    /** JSON field → input id in the dialog, so each error lands beside its field. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("creditCode", "enterpriseForm:creditCode"), Map.entry("name", "enterpriseForm:name"),
            Map.entry("regionCode", "enterpriseForm:region"), Map.entry("industry", "enterpriseForm:industry"),
            Map.entry("scaleFlags", "enterpriseForm:scaleFlags"), Map.entry("park", "enterpriseForm:park"),
            Map.entry("address", "enterpriseForm:address"), Map.entry("legalRepresentative", "enterpriseForm:legalRepresentative"),
            Map.entry("contactName", "enterpriseForm:contactName"), Map.entry("contactPhone", "enterpriseForm:contactPhone"),
            Map.entry("tags", "enterpriseForm:tags"), Map.entry("version", "enterpriseForm:creditCode"));

    @Inject
    EnterpriseRegistry enterprises;

    @Inject
    RegionDirectory regions;

    private String q;
    private String regionCode;
    private Industry industry;
    private String scale;
    private String tag;
    private List<RegionData> regionList;
    private Map<String, String> regionNames;
    private PagedModel<EnterpriseData> rows;

    @Override
    protected Map<String, String> inputs() {
        return INPUTS;
    }

    @Override
    protected EnterpriseForm newForm() {
        return new EnterpriseForm();
    }

    @Override
    protected EnterpriseForm formOf(EnterpriseData record) {
        return EnterpriseForm.of(record);
    }

    @Override
    protected EnterpriseData reload(EnterpriseData row) {
        return enterprises.get(row.creditCode());
    }

    @Override
    protected EnterpriseData create(EnterpriseForm form) {
        return enterprises.create(form.data());
    }

    @Override
    protected EnterpriseData update(EnterpriseForm form) {
        return enterprises.update(form.getCreditCode(), form.data());
    }

    @PostConstruct
    void init() {
        regionList = regions.all();
        regionNames = regionList.stream().collect(Collectors.toMap(RegionData::code, RegionData::name));
        rows = new PagedModel<>((page, size, sort) -> enterprises.find(filter(), new PageRequest(page, size, sort, q)),
                EnterpriseData::creditCode, 20);
    }

    /** The filter as the page's inputs set it; the export uses the same one. */
    EnterpriseFilter filter() {
        ScaleFlag flag = scale == null ? null : ScaleFlag.of(scale);
        Boolean fourAbove = FOUR_ABOVE.equals(scale) ? Boolean.TRUE : NOT_FOUR_ABOVE.equals(scale) ? Boolean.FALSE : null;
        return new EnterpriseFilter(regionCode, industry, flag, fourAbove, null, tag);
    }

    public void reset() {
        q = null;
        regionCode = null;
        industry = null;
        scale = null;
        tag = null;
    }

    public String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    public Industry[] getIndustries() {
        return Industry.values();
    }

    public ScaleFlag[] getScaleFlags() {
        return ScaleFlag.values();
    }

    public List<RegionData> getRegions() {
        return regionList;
    }

    public PagedModel<EnterpriseData> getRows() {
        return rows;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public String getScale() {
        return scale;
    }

    public void setScale(String scale) {
        this.scale = scale;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }
}
