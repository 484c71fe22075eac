package cn.bangfu.campaign.boundary;

import cn.bangfu.campaign.control.LedTargetSearch;
import cn.bangfu.campaign.entity.CadreRef;
import cn.bangfu.campaign.entity.MyTarget;
import cn.bangfu.org.control.CallerScope;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.org.entity.UserAccount;
import cn.bangfu.platform.entity.Page;
import cn.bangfu.platform.entity.PageRequest;
import cn.bangfu.platform.entity.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A contact leader's enterprises (我联系的企业): the targets of running campaigns whose contact leader is the
 * cadre his account names, with their teams, plan status and last visit. Only his own: the cadre comes from
 * the caller's account, never from the request. An account that names no cadre leads nothing until the
 * system administrator links it.
 */
@Stateless
public class LedTargets {

    @Inject
    Clock clock;

    @Inject
    CallerScope caller;

    @Inject
    LedTargetSearch search;

    /** One page of the caller's led targets, of one campaign (its code) or, with null, of all running ones. */
    @RolesAllowed(Roles.LEADER)
    public Page<MyTarget> mine(String campaign, PageRequest page) {
        UserAccount me = caller.account();
        if (me.getCadre() == null) {
            return new Page<>(List.of(), 0);
        }
        return search.find(Scope.of(me), new LedTargetSearch.Filter(me.getCadre().getId(), campaign), page, LocalDate.now(clock));
    }

    /** The cadre the caller's account names, or null: then he leads nothing yet and should ask the system administrator. */
    @RolesAllowed(Roles.LEADER)
    public CadreRef leader() {
        return CadreRef.of(caller.account().getCadre());
    }
}
