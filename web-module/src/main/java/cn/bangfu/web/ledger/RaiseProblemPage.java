package cn.bangfu.web.ledger;

import cn.bangfu.ledger.boundary.Problems;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * 我要反映问题 (ledger/raise.xhtml), the enterprise's own form on a phone: the problem goes into the campaign its
 * enterprise is helped in, for the enterprise itself; the office is told. Without such a campaign the page says so.
 */
@Named
@ViewScoped
public class RaiseProblemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Problems problems;

    @Inject
    ProblemRegistration registration;

    private String campaign;

    public void load() {
        campaign = problems.campaignOfMine();
        if (campaign != null) {
            registration.prepare(campaign, null);
        }
    }

    public String getCampaign() {
        return campaign;
    }
}
