package cn.bangfu.web.registry;

import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.registry.boundary.EnterpriseSpreadsheets;
import cn.bangfu.web.platform.ImportDialog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The enterprises page's spreadsheets. */
@Named
@ViewScoped
public class EnterpriseSheets extends ImportDialog {

    private static final long serialVersionUID = 1L;

    @Inject
    EnterpriseSpreadsheets sheets;

    @Inject
    EnterpriseList list;

    @Override
    protected String records() {
        return "enterprise";
    }

    @Override
    protected ImportResult importFile(byte[] xlsx) {
        return sheets.importEnterprises(xlsx);
    }

    @Override
    protected byte[] template() {
        return sheets.template();
    }

    @Override
    protected byte[] export() {
        return sheets.export(list.filter(), list.getQ());
    }
}
