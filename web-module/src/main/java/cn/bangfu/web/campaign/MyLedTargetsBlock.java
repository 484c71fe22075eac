package cn.bangfu.web.campaign;

import cn.bangfu.campaign.boundary.LedTargets;
import cn.bangfu.campaign.entity.AssignmentUnitData;
import cn.bangfu.campaign.entity.CadreRef;
import cn.bangfu.campaign.entity.MyTarget;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The "我联系的企业" block of a contact leader's home page: the targets his cadre is contact leader for, each with
 * its leading unit, plan status, the team's last visit and next deadline; or, while his account names no cadre,
 * why the list is empty. The first {@link #SHOWN} are shown; the matrix has the rest.
 */
@Named
@RequestScoped
public class MyLedTargetsBlock {

    @Inject
    java.time.Clock clock;

    @Inject
    cn.bangfu.web.platform.Statuses statuses;

    static final int SHOWN = 50;

    @Inject
    LedTargets ledTargets;

    private CadreRef leader;
    private boolean loaded;
    private Page<MyTarget> page;

    /** The cadre the account names; null: not linked yet. */
    public CadreRef getLeader() {
        if (!loaded) {
            leader = ledTargets.leader();
            loaded = true;
        }
        return leader;
    }

    public boolean isLinked() {
        return getLeader() != null;
    }

    public List<MyTarget> getTargets() {
        return page().items();
    }

    public long getTotal() {
        return page().total();
    }

    public int getShown() {
        return SHOWN;
    }

    private Page<MyTarget> page() {
        if (page == null) {
            page = isLinked() ? ledTargets.mine(null, new PageRequest(0, SHOWN, null, null)) : new Page<>(List.of(), 0);
        }
        return page;
    }

    /** The leading unit of the target's team. */
    public AssignmentUnitData leading(MyTarget t) {
        return t.team().units().stream().filter(u -> "LEADING".equals(u.role())).findFirst().orElse(null);
    }

    public String planSeverity(String status) {
        return statuses.severity("plan", status);
    }

    public long daysTo(java.time.LocalDate day) {
        return MyTargetsBlock.daysBetween(java.time.LocalDate.now(clock), day);
    }
}
