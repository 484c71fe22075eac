package cn.bangfu.web.org;

import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.Role;
import cn.bangfu.org.entity.UnitData;
import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** What the administrator types into the new-account and row dialogs of the accounts page. */
public class AccountDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    private String login;
    private String displayName;
    private String regionCode;
    private UnitData unit;
    private Role[] roles = {};
    private String password;

    void clear() {
        login = null;
        displayName = null;
        regionCode = null;
        unit = null;
        roles = new Role[0];
        password = null;
    }

    Set<Role> roleSet() {
        return roles == null || roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(Arrays.asList(roles));
    }

    AccountData data() {
        return new AccountData(login, displayName, regionCode, unit == null ? null : unit.code(), roleSet(), true, null, 0, null, 0, null, null, null);
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public UnitData getUnit() {
        return unit;
    }

    public void setUnit(UnitData unit) {
        this.unit = unit;
    }

    /** An array, not a list: Faces converts the checked values to the array's element type, Role. */
    public Role[] getRoles() {
        return roles;
    }

    public void setRoles(Role[] roles) {
        this.roles = roles;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
