package cn.bangfu.web.org;

import cn.bangfu.org.entity.AccountData;
import cn.bangfu.org.entity.Role;
import cn.bangfu.registry.boundary.EnterpriseAccounts;
import cn.bangfu.web.platform.DialogSave;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.primefaces.PrimeFaces;

/**
 * The "关联企业" dialog of the accounts page: the system administrator names the enterprise an enterprise contact's
 * account (ENTERPRISE) acts for, picked by name or credit code as he types, or clears it; the table shows each
 * account's enterprise, the names of a page read in one query.
 */
@Named
@ViewScoped
public class AccountEnterpriseDialog implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EnterpriseAccounts enterprises;

    @Inject
    AccountList list;

    @Inject
    DialogSave dialogSave;

    private AccountData account;
    private String creditCode;
    private final Map<String, String> suggested = new HashMap<>();
    private transient Map<Long, String> names;

    public boolean offered(AccountData a) {
        return a.roles().contains(Role.ENTERPRISE) || a.enterpriseId() != null;
    }

    public void prepare(AccountData a) {
        account = a;
        creditCode = null;
    }

    public List<String> complete(String text) {
        return enterprises.choices(account.login(), text).stream().map(e -> {
            suggested.put(e.creditCode(), e.name());
            return e.creditCode();
        }).toList();
    }

    public String label(String code) {
        return code == null ? "" : suggested.getOrDefault(code, code);
    }

    public void save() {
        AccountData saved = dialogSave.run(() -> enterprises.link(account.login(), creditCode), Map.of("enterprise", "enterpriseForm:enterprise"),
                "account.done.enterprise");
        if (saved != null) {
            names = null;
            PrimeFaces.current().ajax().update("accounts");
            PrimeFaces.current().executeScript("PF('enterpriseDialog').hide()");
        }
    }

    /** The name of the row's enterprise; the names of the page's accounts are read together on first use. */
    public String enterpriseName(AccountData a) {
        if (a.enterpriseId() == null) {
            return null;
        }
        if (names == null || !names.containsKey(a.enterpriseId())) {
            List<AccountData> rows = list.getModel().getWrappedData();
            names = enterprises.names((rows == null ? List.of(a) : rows).stream().map(AccountData::enterpriseId).filter(Objects::nonNull).toList());
        }
        return names.get(a.enterpriseId());
    }

    public AccountData getAccount() {
        return account;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }
}
