package cn.bangfu.web.ledger;

import cn.bangfu.ledger.boundary.ProblemSpreadsheets;
import cn.bangfu.platform.entity.ImportResult;
import cn.bangfu.web.platform.ImportDialog;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The ledger page's spreadsheets: the office's Excel 问题台账 imported all or nothing, and the ledger exported as filtered. */
@Named
@ViewScoped
public class ProblemSheets extends ImportDialog {

    private static final long serialVersionUID = 1L;

    @Inject
    ProblemSpreadsheets sheets;

    @Inject
    ProblemLedgerPage ledger;

    @Override
    protected String records() {
        return "ledger";
    }

    @Override
    protected ImportResult importFile(byte[] xlsx) {
        return sheets.importProblems(ledger.getCampaign(), xlsx);
    }

    @Override
    protected byte[] template() {
        return sheets.template(ledger.getCampaign());
    }

    @Override
    protected byte[] export() {
        return sheets.export(ledger.getCampaign(), ledger.query(), ledger.getQ());
    }
}
