package cn.bangfu.web.platform;

import cn.bangfu.org.boundary.AccountAdministration;
import cn.bangfu.org.boundary.MyAccount;
import cn.bangfu.org.boundary.RegionDirectory;
import cn.bangfu.org.boundary.UnitDirectory;
import cn.bangfu.org.entity.UnitFilter;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.Scope;
import cn.bangfu.platform.entity.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The home page: where the user stands (area, unit) and what he can do next, with the numbers behind it. */
@Named
@RequestScoped
public class HomePage {

    @Inject
    MyAccount myAccount;

    @Inject
    UnitDirectory units;

    @Inject
    RegionDirectory regions;

    @Inject
    AccountAdministration accounts;

    private Scope scope;
    private String regionName;

    @PostConstruct
    void init() {
        scope = myAccount.scope();
        regionName = regions.find(new PageRequest(0, 1, null, scope.regionCode())).items().stream()
                .filter(r -> r.code().equals(scope.regionCode())).map(r -> r.name()).findFirst().orElse(scope.regionCode());
    }

    public Scope getScope() {
        return scope;
    }

    public String getRegionName() {
        return regionName;
    }

    public boolean isOffice() {
        return scope.has(Role.OFFICE);
    }

    public boolean isSeesUnits() {
        return !scope.roles().isEmpty() && !(scope.roles().size() == 1 && scope.has(Role.ENTERPRISE));
    }

    /** The "N 个责任单位" card: a unit user sees only his own unit, so for him the count says nothing. */
    public boolean isCountsUnits() {
        return isSeesUnits() && !scope.unitOnly();
    }

    /** Those who oversee the county's assignments without managing them: the matrix is their way to each target's timeline. */
    public boolean isOversees() {
        return !isOffice() && scope.hasAny(Role.LEADER, Role.INSPECTOR, Role.EVALUATOR);
    }

    public long getUnitCount() {
        return isCountsUnits() ? units.find(UnitFilter.NONE, PageRequest.first(1)).total() : 0;
    }

    public long getRegionCount() {
        return regions.find(PageRequest.first(1)).total();
    }

    public long getAccountCount() {
        return scope.hasAny(Role.SYSADMIN, Role.SECADMIN) ? accounts.find(PageRequest.first(1)).total() : 0;
    }

    public long getLockedCount() {
        return scope.hasAny(Role.SYSADMIN, Role.SECADMIN) ? accounts.countLocked() : 0;
    }
}
