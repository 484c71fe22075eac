package cn.bangfu.web.campaign;

import java.time.LocalDate;
import java.time.Clock;
import cn.bangfu.campaign.boundary.Workspace;
import cn.bangfu.campaign.entity.AssignmentUnitData;
import cn.bangfu.campaign.entity.MyTarget;
import cn.bangfu.web.platform.Statuses;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The "我的帮扶对象" block of a unit user's home page: his targets with their teams, plan status, visits and next deadline. */
@Named
@RequestScoped
public class MyTargetsBlock {

    @Inject
    Clock clock;

    @Inject
    Workspace workspace;

    @Inject
    Statuses statuses;

    private List<MyTarget> targets;

    public List<MyTarget> getTargets() {
        if (targets == null) {
            targets = workspace.mine();
        }
        return targets;
    }

    /** The other units of the team: the partners the user's unit works with. */
    public List<AssignmentUnitData> partners(MyTarget t, String myUnit) {
        return t.team().units().stream().filter(u -> !u.code().equals(myUnit)).toList();
    }

    /** The severity of a plan status tag (the home page's; other pages use bf:statusTag). */
    public String planSeverity(String status) {
        return statuses.severity("plan", status);
    }

    /** Days from today to the deadline: negative when it has passed. */
    public long daysTo(java.time.LocalDate day) {
        return daysBetween(LocalDate.now(clock), day);
    }

    /** Days from {@code today} to {@code day} (negative when it is past), 0 for no day. */
    static long daysBetween(LocalDate today, LocalDate day) {
        return day == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(today, day);
    }
}
