package cn.bangfu.web.org;

import cn.bangfu.org.boundary.UnitSpreadsheets;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.web.platform.ImportDialog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The units page's spreadsheets. */
@Named
@ViewScoped
public class UnitSheets extends ImportDialog {

    private static final long serialVersionUID = 1L;

    @Inject
    UnitSpreadsheets sheets;

    @Inject
    UnitList list;

    @Override
    protected String records() {
        return "unit";
    }

    @Override
    protected ImportResult importFile(byte[] xlsx) {
        return sheets.importUnits(xlsx);
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
