package cn.bangfu.web.registry;

import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.registry.boundary.KeyProjectSpreadsheets;
import cn.bangfu.registry.entity.KeyProjectFilter;
import cn.bangfu.web.platform.ImportDialog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The key projects page's spreadsheets. */
@Named
@ViewScoped
public class KeyProjectSheets extends ImportDialog {

    private static final long serialVersionUID = 1L;

    @Inject
    KeyProjectSpreadsheets sheets;

    @Inject
    KeyProjectList list;

    @Override
    protected String records() {
        return "keyProject";
    }

    @Override
    protected ImportResult importFile(byte[] xlsx) {
        return sheets.importKeyProjects(xlsx);
    }

    @Override
    protected byte[] template() {
        return sheets.template();
    }

    @Override
    protected byte[] export() {
        return sheets.export(new KeyProjectFilter(list.getRegionCode(), list.getCategory()), list.getQ());
    }
}
