package cn.bangfu.web.org;

import cn.bangfu.org.boundary.AccountAdministration;
import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;

/** The system administrator's row dialogs on the accounts page: a new password for one account, or its roles. */
@Named
@ViewScoped
public class AccountChange implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountList list;

    @Inject
    AccountAdministration accounts;

    /** The account a row dialog works on. */
    private AccountData selected;
    private final AccountDraft draft = new AccountDraft();

    public void prepareRow(AccountData a) {
        selected = a;
        draft.clear();
        draft.setRoles(a.roles().toArray(Role[]::new));
    }

    public void resetPassword() {
        list.change("passwordDialog", "account.done.passwordReset", () -> accounts.resetPassword(selected.login(), draft.getPassword()),
                Map.of("password", "passwordForm:password"));
    }

    public void saveRoles() {
        // The unit rule (UNIT needs a unit) is about the roles chosen here: the unit cannot be changed in this dialog.
        list.change("rolesDialog", "account.done.roles", () -> accounts.setRoles(selected.login(), draft.roleSet()),
                Map.of("roles", "rolesForm:roles", "unitCode", "rolesForm:roles"));
    }

    public AccountData getSelected() {
        return selected;
    }

    public AccountDraft getDraft() {
        return draft;
    }
}
