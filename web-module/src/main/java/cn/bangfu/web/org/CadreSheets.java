package cn.bangfu.web.org;

import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.org.boundary.CadreSpreadsheets;
import cn.bangfu.org.entity.CadreFilter;
import cn.bangfu.web.platform.ImportDialog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The cadres page's spreadsheets. */
@Named
@ViewScoped
public class CadreSheets extends ImportDialog {

    private static final long serialVersionUID = 1L;

    @Inject
    CadreSpreadsheets sheets;

    @Inject
    CadreList list;

    @Override
    protected String records() {
        return "cadre";
    }

    @Override
    protected ImportResult importFile(byte[] xlsx) {
        return sheets.importCadres(xlsx);
    }

    @Override
    protected byte[] template() {
        return sheets.template();
    }

    @Override
    protected byte[] export() {
        return sheets.export(new CadreFilter(list.getUnitCode(), list.getRank(), null), list.getQ());
    }
}
