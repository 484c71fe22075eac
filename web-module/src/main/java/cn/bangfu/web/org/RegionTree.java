package cn.bangfu.web.org;

import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.entity.RegionData;
import cn.bangfu.platform.entity.InvalidInputException;
import cn.bangfu.web.platform.FacesErrors;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/** The regions page: the caller's region and everything below it as a tree, and adding a region under one. */
@Named
@ViewScoped
public class RegionTree implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> INPUTS = Map.of("code", "regionForm:code", "name", "regionForm:name", "parentCode", "regionForm:parent");

    @Inject
    RegionDirectory regions;

    @Inject
    FacesErrors errors;

    private TreeNode<RegionData> root;
    private List<RegionData> all;
    private String code;
    private String name;
    private String parentCode;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        all = regions.all();
        root = new DefaultTreeNode<>(null, null);
        Map<String, TreeNode<RegionData>> nodes = new HashMap<>();
        for (RegionData r : all) {
            // Codes sort parents before children, and the top is the caller's own region.
            TreeNode<RegionData> parent = nodes.getOrDefault(r.parentCode(), root);
            TreeNode<RegionData> node = new DefaultTreeNode<>(r, parent);
            node.setExpanded(r.level() != cn.bangfu.org.entity.RegionLevel.COUNTY || parent == root);
            nodes.put(r.code(), node);
        }
    }

    public void prepare() {
        code = null;
        name = null;
        parentCode = null;
    }

    public void save() {
        try {
            regions.create(new RegionData(code, name, null, parentCode));
            errors.info("common.saved");
            load();
        } catch (InvalidInputException e) {
            errors.show(e, INPUTS);
        }
    }

    public TreeNode<RegionData> getRoot() {
        return root;
    }

    public List<RegionData> getAll() {
        return all;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }
}
