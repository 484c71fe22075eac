package cn.bangfu.web.registry;

import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.registry.boundary.KeyProjectRegistry;
import cn.bangfu.registry.entity.KeyProjectFilter;
import cn.bangfu.registry.entity.CategoryData;
import cn.bangfu.registry.entity.KeyProjectData;
import cn.bangfu.web.platform.EditableList;
import cn.bangfu.web.platform.PagedModel;
import cn.bangfu.web.platform.UserSession;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The key projects page: a lazy table filtered by text, region and category, and the create/edit dialog for the campaign office. */
@Named
@ViewScoped
public class KeyProjectList extends EditableList<KeyProjectData, KeyProjectForm> {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> INPUTS = Map.of(
            "name", "projectForm:name", "category", "projectForm:category", "totalInvestment", "projectForm:investment",
            "regionCode", "projectForm:region", "owner", "projectForm:owner", "version", "projectForm:name");

    @Inject
    KeyProjectRegistry projects;

    @Inject
    RegionDirectory regions;

    @Inject
    UserSession session;

    private String q;
    private String regionCode;
    private String category;
    private List<RegionData> regionList;
    private Map<String, String> regionNames;
    private List<CategoryData> categoryList;
    private Map<String, CategoryData> categories;
    private PagedModel<KeyProjectData> rows;

    @Override
    protected Map<String, String> inputs() {
        return INPUTS;
    }

    @Override
    protected KeyProjectForm newForm() {
        return new KeyProjectForm();
    }

    @Override
    protected KeyProjectForm formOf(KeyProjectData record) {
        return KeyProjectForm.of(record);
    }

    @Override
    protected KeyProjectData reload(KeyProjectData row) {
        return projects.get(row.id());
    }

    @Override
    protected KeyProjectData create(KeyProjectForm form) {
        return projects.create(form.data());
    }

    @Override
    protected KeyProjectData update(KeyProjectForm form) {
        return projects.update(form.getId(), form.data());
    }

    @PostConstruct
    void init() {
        regionList = regions.all();
        regionNames = regionList.stream().collect(Collectors.toMap(RegionData::code, RegionData::name));
        categoryList = projects.categories();
        categories = categoryList.stream().collect(Collectors.toMap(CategoryData::code, Function.identity()));
        rows = new PagedModel<>((page, size, sort) -> projects.find(new KeyProjectFilter(regionCode, category),
                new PageRequest(page, size, sort, q)), p -> String.valueOf(p.id()), 20);
    }

    public void reset() {
        q = null;
        regionCode = null;
        category = null;
    }

    public String regionName(String code) {
        return regionNames.getOrDefault(code, code);
    }

    /** A category's name in the user's language. */
    public String categoryName(String code) {
        CategoryData c = code == null ? null : categories.get(code);
        return c == null ? code : session.isEnglish() ? c.nameEn() : c.name();
    }

    public List<CategoryData> getCategories() {
        return categoryList;
    }

    public List<RegionData> getRegions() {
        return regionList;
    }

    public PagedModel<KeyProjectData> getRows() {
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

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
